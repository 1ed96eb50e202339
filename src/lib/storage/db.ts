/**
 * Opening the database: versioned schema, step-by-step migrations, tabs that block an upgrade,
 * and the fall-back to memory when IndexedDB cannot be used.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { IdbBackend, MemoryBackend, type Backend, type Tx } from './backend';
import { toStorageError } from './errors';
import { fail, ok, type Result } from './result';
import { DB_NAME, DB_VERSION, type StoreName } from './schema';
import { stripSecrets } from './secrets';
import {
	BLOCKED_MESSAGE,
	OUTDATED_MESSAGE,
	resetStatus,
	storageStatus,
	updateStatus,
	type StorageStatus
} from './status';

export { DB_NAME, DB_VERSION } from './schema';

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
type Migration = (db: IDBPDatabase<unknown>, tx: UpgradeTx) => void | Promise<void>;
type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

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
		const digits = (v: unknown) => str(v)?.replace(/\D/g, '') || null;

		for (const d of oldDrafts.filter(isObject)) {
			const { step, savedAt, ...rest } = d;
			const updatedAt = str(savedAt) ?? at;
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
			const username = str(u.username) ?? String(u.id);
			let candidate = username;
			for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${username}-${n}`;
			taken.add(candidate.toLowerCase());
			if (candidate !== username) renamed.push({ id: u.id, from: username, to: candidate });
			writes.push(
				users.put({
					...stamp(u),
					username: candidate,
					usernameLower: candidate.toLowerCase(),
					email: (str(u.email) ?? '').trim().toLowerCase(),
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
	}
];

/** Runs the steps from `oldVersion` to `newVersion` in order, inside the upgrade transaction. */
function migrate(db: IDBPDatabase<unknown>, tx: UpgradeTx, oldVersion: number, newVersion: number) {
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

// ---- connection -----------------------------------------------------------------------------

let backend: Backend | null = null;
let opening: Promise<Backend> | null = null;
let generation = 0;
let outdated = false;
let blocked: { promise: Promise<void>; resolve: () => void } = deferred();

function deferred() {
	let resolve = () => {};
	const promise = new Promise<void>((r) => (resolve = r));
	return { promise, resolve };
}

function indexedDbFactory(): IDBFactory | undefined {
	try {
		return globalThis.indexedDB ?? undefined;
	} catch {
		// Some browsers throw SecurityError on access when storage is disabled.
		return undefined;
	}
}

function useMemory(reason: string): Backend {
	updateStatus({ mode: 'memory', persistent: false, blocked: false, reason });
	return new MemoryBackend();
}

async function open(gen: number): Promise<Backend> {
	if (!indexedDbFactory()) return useMemory('IndexedDB is not available in this browser.');
	try {
		const db = await openDB(DB_NAME, DB_VERSION, {
			upgrade(db, oldVersion, newVersion, tx) {
				migrate(db, tx as unknown as UpgradeTx, oldVersion, newVersion ?? DB_VERSION);
			},
			// An older tab holds a connection without closing it on versionchange: the open waits.
			blocked() {
				if (gen !== generation) return;
				updateStatus({ blocked: true });
				blocked.resolve();
			},
			// A newer tab wants to upgrade (or delete) the database: let it, and stop using ours.
			blocking(_current, _next, event) {
				(event.target as IDBDatabase).close();
				if (gen !== generation) return;
				backend = null;
				outdated = true;
				updateStatus({ outdated: true, persistent: false });
			},
			// The browser closed the connection (storage cleared, disk error): reopen on next use.
			terminated() {
				if (gen !== generation) return;
				backend = null;
				opening = null;
			}
		});
		if (gen !== generation) {
			db.close();
			return new MemoryBackend();
		}
		updateStatus({ mode: 'indexeddb', persistent: true, blocked: false, reason: null });
		return new IdbBackend(db);
	} catch (e) {
		const name = e instanceof Error ? e.name : 'Error';
		return useMemory(`IndexedDB could not be opened (${name}).`);
	}
}

/**
 * The open backend, opening it on first use. Resolves to a 'blocked' error while an older tab
 * prevents the upgrade (the open keeps waiting and later calls succeed once that tab closes),
 * and after a newer tab took over the database.
 */
export async function getBackend(): Promise<Result<Backend>> {
	if (outdated) return fail('blocked', OUTDATED_MESSAGE);
	if (backend) return ok(backend);
	if (!opening) {
		const gen = generation;
		opening = open(gen).then((b) => {
			if (gen === generation) backend = b;
			return b;
		});
	}
	const wasBlocked = blocked.promise.then(() => fail<Backend>('blocked', BLOCKED_MESSAGE));
	// `opening` comes first: once both have settled, an open database wins.
	return Promise.race([opening.then((b) => ok(b)), wasBlocked]);
}

/** Opens storage now (call once from the root layout) and returns the status for the banner. */
export async function initStorage(): Promise<StorageStatus> {
	await getBackend();
	return storageStatus.get();
}

/** Closes the connection; the next call opens it again. */
export function closeDb(): void {
	generation++;
	backend?.close();
	backend = null;
	opening = null;
	outdated = false;
	blocked = deferred();
}

/** Tests: forget the connection, the memory store and the status. */
export function resetStorageForTests(): void {
	closeDb();
	resetStatus();
}

/** Aborts the transaction and hands the failure back as the result. */
class Rollback<T> {
	constructor(readonly result: Result<T>) {}
}

/**
 * Runs `fn` in one transaction and turns every failure into a Result. A failed Result returned by
 * `fn` in a readwrite transaction rolls back whatever it had written. `what` names what was not
 * saved or read, e.g. "Your draft was not saved".
 */
export async function transact<T>(
	what: string,
	stores: StoreName[],
	mode: IDBTransactionMode,
	fn: (tx: Tx) => Promise<Result<T>>
): Promise<Result<T>> {
	const b = await getBackend();
	if (!b.ok) return b;
	try {
		return await b.value.run(stores, mode, async (tx) => {
			const result = await fn(tx);
			if (!result.ok && mode === 'readwrite') throw new Rollback(result);
			return result;
		});
	} catch (e) {
		if (e instanceof Rollback) return e.result as Result<T>;
		return { ok: false, error: toStorageError(e, what) };
	}
}
