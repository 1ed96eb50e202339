/**
 * The database's migrations: the step-by-step upgrades from each past version to the next, and
 * `migrate`, which runs them inside the upgrade transaction (`db.ts` opens the database).
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { stripSecrets } from './secrets';

export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
type Migration = (db: IDBPDatabase<unknown>, tx: UpgradeTx) => void | Promise<void>;
type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null;
const textOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * MIGRATIONS[n] upgrades a database from version n to n + 1. A browser that last ran version 1
 * runs step 1 only; a new browser runs them all. Steps are frozen history: never edit one that
 * has shipped, add a step instead (and raise DB_VERSION).
 */
export const MIGRATIONS: Migration[] = [
	// 0 → 1: the first prototype. Drafts kept {id, values, step, savedAt} (passwords included),
	// organizations {id, legalName, tin as typed, duns}, users {id, organizationId, username,
	// email as typed, firstName, lastName, password}, meta {key, value}. No indexes.
	(db) => {
		db.createObjectStore('drafts', { keyPath: 'id' });
		db.createObjectStore('organizations', { keyPath: 'id' });
		db.createObjectStore('users', { keyPath: 'id' });
		db.createObjectStore('meta', { keyPath: 'key' });
	},

	// 1 → 2: the remaining stores and the indexes; every record gains schemaVersion and
	// updatedAt; e-mails are lower-cased; usernames get a unique case-insensitive index; secrets
	// that version 1 wrote into drafts are removed.
	async (db, tx) => {
		const at = new Date().toISOString();
		db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('userId', 'userId');
		const attachments = db.createObjectStore('attachments', { keyPath: 'id' });
		attachments.createIndex('organizationId', 'organizationId');
		attachments.createIndex('draftId', 'draftId');
		db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
		const events = db.createObjectStore('events', { keyPath: 'id' });
		events.createIndex('createdAt', 'createdAt');
		events.createIndex('type', 'type');

		const drafts = tx.objectStore('drafts');
		const orgs = tx.objectStore('organizations');
		const users = tx.objectStore('users');
		const meta = tx.objectStore('meta');
		drafts.createIndex('updatedAt', 'updatedAt');
		orgs.createIndex('tin', 'tin');
		orgs.createIndex('duns', 'duns');
		users.createIndex('email', 'email');
		users.createIndex('organizationId', 'organizationId');

		const [oldDrafts, oldOrgs, oldUsers, oldMeta] = await Promise.all([
			drafts.getAll(),
			orgs.getAll(),
			users.getAll(),
			meta.getAll()
		]);
		const writes: Promise<unknown>[] = [];
		const stamp = (r: Raw, updatedAt = at) => ({ ...r, schemaVersion: 2, updatedAt });
		const digits = (v: unknown) => textOf(v)?.replace(/\D/g, '') || null;

		for (const d of oldDrafts.filter(isObject)) {
			const { step, savedAt, ...rest } = d;
			const updatedAt = textOf(savedAt) ?? at;
			writes.push(
				drafts.put({
					...stamp(rest, updatedAt),
					values: stripSecrets(isObject(d.values) ? d.values : {}),
					stepReached: typeof step === 'number' ? step : 0,
					revision: 1,
					createdAt: updatedAt
				})
			);
		}
		for (const o of oldOrgs.filter(isObject)) {
			writes.push(
				orgs.put({
					...stamp(o),
					tin: digits(o.tin),
					duns: digits(o.duns),
					details: isObject(o.details) ? o.details : {},
					createdAt: at
				})
			);
		}
		// Version 1 did not stop "Alice" and "alice" from both registering. The unique index below
		// would abort the whole upgrade, so later duplicates get a numbered username (they can still
		// log in by e-mail) and a note in meta says who was renamed.
		const taken = new Set<string>();
		const renamed: { id: unknown; from: string; to: string }[] = [];
		for (const u of oldUsers.filter(isObject)) {
			const username = textOf(u.username) ?? String(u.id);
			let candidate = username;
			for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${username}-${n}`;
			taken.add(candidate.toLowerCase());
			if (candidate !== username) renamed.push({ id: u.id, from: username, to: candidate });
			writes.push(
				users.put({
					...stamp(u),
					username: candidate,
					usernameLower: candidate.toLowerCase(),
					email: (textOf(u.email) ?? '').trim().toLowerCase(),
					roles: Array.isArray(u.roles) ? u.roles : [],
					details: isObject(u.details) ? u.details : {},
					createdAt: at
				})
			);
		}
		for (const m of oldMeta.filter(isObject)) writes.push(meta.put(stamp(m)));
		if (renamed.length) {
			writes.push(meta.put(stamp({ key: 'migration-2-renamed-users', value: renamed })));
		}
		await Promise.all(writes);
		users.createIndex('usernameLower', 'usernameLower', { unique: true });
	},

	// 2 → 3: the boards. Solicitations (sample and published in the demo), statewide contracts, and
	// contractor performance reviews (one per reviewer per contract). Nothing existing changes.
	(db) => {
		const solicitations = db.createObjectStore('solicitations', { keyPath: 'id' });
		solicitations.createIndex('status', 'status');
		solicitations.createIndex('publishedAt', 'publishedAt');
		db.createObjectStore('contracts', { keyPath: 'id' });
		const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
		reviews.createIndex('contractId', 'contractId');
		reviews.createIndex('reviewerId', 'reviewerId');
	},

	(db) => {
		const responses = db.createObjectStore('responses', { keyPath: 'id' });
		responses.createIndex('solicitationId', 'solicitationId');
		responses.createIndex('organizationId', 'organizationId');
	}
];

/** Runs the steps from `oldVersion` to `newVersion` in order, inside the upgrade transaction. */
export function migrate(
	db: IDBPDatabase<unknown>,
	tx: UpgradeTx,
	oldVersion: number,
	newVersion: number
) {
	// An aborted upgrade is reported by openDB's rejection; this copy of it needs no handler.
	tx.done.catch(() => {});
	const run = async () => {
		for (let v = oldVersion; v < newVersion; v++) {
			const step = MIGRATIONS[v];
			if (!step) throw new Error(`No migration from version ${v}`);
			// Sync steps run without an await, so the upgrade transaction never goes idle between
			// steps; async steps only await IndexedDB requests.
			const pending = step(db, tx);
			if (pending) await pending;
		}
	};
	run().catch(() => {
		// Abort: the database stays at its old version with its data intact, and open() fails
		// over to memory with a banner.
		try {
			tx.abort();
		} catch {
			// Already aborted.
		}
	});
}
