/**
 * Additional Required Attributes for "State of Connecticut" (guide: Contract Award Supplier
 * Requirements): the sections' fields as the guide labels them, and the rules of each section,
 * one module per section. Values are kept as typed (strings); each section is saved on its own.
 */
export * from './economic-impact';
export * from './company-info';
export * from './elections';
export * from './eo13g';
export { formatIso } from './dates';
