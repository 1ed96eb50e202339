/** The account records' typed details: organization and user. */
export * from './organization';
export * from './user';
