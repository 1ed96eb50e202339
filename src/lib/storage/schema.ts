/**
 * The current shape of the database: store names, keys and indexes. The IndexedDB migrations in
 * db.ts build exactly this (a test compares them); the memory store reads it to enforce the same
 * keys and unique indexes.
 */

/** Name of the one IndexedDB database. */
export const DB_NAME = 'ctsource';

/**
 * Current database version. Raise it with a new step in MIGRATIONS (db.ts) whenever stores,
 * indexes or record shapes change.
 */
export const DB_VERSION = 4;

/** Version of record shapes; every record carries it as `schemaVersion`. */
export const RECORD_SCHEMA_VERSION = 2;

export const STORE_NAMES = [
	'drafts',
	'organizations',
	'users',
	'sessions',
	'attachments',
	'outbox',
	'events',
	'meta',
	'solicitations',
	'contracts',
	'reviews',
	'responses'
] as const;

export type StoreName = (typeof STORE_NAMES)[number];

export interface IndexSpec {
	name: string;
	keyPath: string;
	unique?: boolean;
}

export interface StoreSpec {
	keyPath: string;
	indexes: IndexSpec[];
}

const byField = (...names: string[]): IndexSpec[] => names.map((name) => ({ name, keyPath: name }));

export const STORES: Record<StoreName, StoreSpec> = {
	drafts: { keyPath: 'id', indexes: byField('updatedAt') },
	organizations: { keyPath: 'id', indexes: byField('tin', 'duns') },
	users: {
		keyPath: 'id',
		indexes: [
			// Unique across all organizations: the database itself refuses "Alice" next to "alice".
			{ name: 'usernameLower', keyPath: 'usernameLower', unique: true },
			...byField('email', 'organizationId')
		]
	},
	sessions: { keyPath: 'id', indexes: byField('userId') },
	attachments: { keyPath: 'id', indexes: byField('organizationId', 'draftId') },
	outbox: { keyPath: 'id', indexes: byField('createdAt') },
	events: { keyPath: 'id', indexes: byField('createdAt', 'type') },
	meta: { keyPath: 'key', indexes: [] },
	solicitations: { keyPath: 'id', indexes: byField('status', 'publishedAt') },
	contracts: { keyPath: 'id', indexes: [] },
	reviews: { keyPath: 'id', indexes: byField('contractId', 'reviewerId') },
	responses: { keyPath: 'id', indexes: byField('solicitationId', 'organizationId') }
};
