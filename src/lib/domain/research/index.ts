/**
 * The usability-study rules: questionnaires and their scores, small-sample statistics,
 * counterbalancing, and what recorded interactions mean.
 */
export * from './questionnaires';
export * from './stats';
export * from './counterbalance';
export * from './interaction';
export * from './end-states';
