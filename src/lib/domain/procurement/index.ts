/** The procurement loop's rules: registration status, responses and their sealing, addenda. */
export * from './registration-status';
export * from './responses';
export * from './eastern-time';
export * from './requirements-tab';
export * from './authoring';
