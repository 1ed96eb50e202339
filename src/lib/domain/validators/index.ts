/** Pure field validators for the supplier registration wizard (messages live with the schemas). */
export * from './dates';
export * from './duns';
export * from './money';
export * from './password';
export * from './phone';
export * from './postal';
export * from './text';
export * from './tin';
export * from './username';
