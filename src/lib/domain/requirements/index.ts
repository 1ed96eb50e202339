/** State of Connecticut contract award requirements (Additional Required Attributes, files). */
export * from './attributes';
export * from './files';
export * from './readiness';
