/** The registration wizard's rules: one module per step, the steps as data. */
export * from './address';
export * from './codes';
export * from './contact';
export * from './fields';
export * from './instructions';
export * from './options';
export * from './organization';
export * from './schemas';
export * from './steps';
