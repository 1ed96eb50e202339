import { openDB, type IDBPDatabase } from 'idb';
import {
	BLOCKED_MESSAGE,
	DB_NAME,
	DB_VERSION,
	NOT_SAVED_MESSAGE,
	OUTDATED_MESSAGE,
	createAccount,
	findUserByLogin,
	initStorage,
	listDrafts,
	loadDraft,
	saveDraft,
	storageStatus,
	type StorageStatus
} from '$lib/storage';
import { MIGRATIONS } from '$lib/storage/db';
import { STORES, STORE_NAMES } from '$lib/storage/schema';
import { freshStorage, globals, must, rawAll, rawRecord } from './helpers';

beforeEach(() => {
	freshStorage();
});

/** Version 1 exactly as the first prototype created it (kept here, frozen, on purpose). */
async function createVersion1(fill: (db: IDBPDatabase<unknown>) => Promise<void>) {
	const db = await openDB(DB_NAME, 1, {
		upgrade(db) {
			db.createObjectStore('drafts', { keyPath: 'id' });
			db.createObjectStore('organizations', { keyPath: 'id' });
			db.createObjectStore('users', { keyPath: 'id' });
			db.createObjectStore('meta', { keyPath: 'key' });
		}
	});
	await fill(db);
	db.close();
}

async function expectCurrentSchema() {
	const db = await openDB(DB_NAME);
	try {
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
		const tx = db.transaction([...STORE_NAMES]);
		for (const name of STORE_NAMES) {
			const store = tx.objectStore(name);
			expect(store.keyPath, name).toBe(STORES[name].keyPath);
			const indexes = [...store.indexNames].sort().map((i) => {
				const index = store.index(i);
				return { name: i, keyPath: index.keyPath, unique: index.unique };
			});
			const expected = STORES[name].indexes
				.map((i) => ({ name: i.name, keyPath: i.keyPath, unique: i.unique ?? false }))
				.sort((a, b) => a.name.localeCompare(b.name));
			expect(indexes, name).toEqual(expected);
		}
	} finally {
		db.close();
	}
}

describe('schema', () => {
	it('a new browser gets every store and index of the current version', async () => {
		const status = await initStorage();
		expect(status).toMatchObject({ mode: 'indexeddb', persistent: true, banner: null });
		await expectCurrentSchema();
	});

	it('has one migration step per version', () => {
		expect(MIGRATIONS).toHaveLength(DB_VERSION);
	});
});

describe('migration from version 1', () => {
	beforeEach(async () => {
		await createVersion1(async (db) => {
			await db.put('drafts', {
				id: 'd1',
				values: { account: { username: 'Alice', password: 'hunter2', confirmPassword: 'hunter2' } },
				step: 3,
				savedAt: '2024-05-01T10:00:00.000Z'
			});
			await db.put('organizations', {
				id: 'o1',
				legalName: 'Acme LLC',
				tin: '12-3456789',
				duns: ''
			});
			const password = {
				algorithm: 'PBKDF2-SHA-256',
				iterations: 1000,
				salt: 'AAAA',
				hash: 'AAAA'
			};
			await db.put('users', {
				id: 'u1',
				organizationId: 'o1',
				username: 'Alice',
				email: 'Alice@Example.COM',
				firstName: 'Alice',
				lastName: 'Smith',
				password
			});
			// Version 1 let a case-variant of a username through.
			await db.put('users', {
				id: 'u2',
				organizationId: 'o1',
				username: 'alice',
				email: 'other@example.com',
				firstName: 'A',
				lastName: 'Jones',
				password
			});
			await db.put('meta', { key: 'flow', value: { skipNigp: true } });
		});
	});

	it('upgrades to the current schema and keeps and transforms the data', async () => {
		await initStorage();
		await expectCurrentSchema();

		const draft = must(await loadDraft('d1'));
		expect(draft).toMatchObject({
			schemaVersion: 2,
			revision: 1,
			stepReached: 3,
			updatedAt: '2024-05-01T10:00:00.000Z',
			values: { account: { username: 'Alice' } }
		});
		// Version 1 stored passwords in drafts; the migration removed them from disk.
		expect(JSON.stringify(await rawRecord('drafts', 'd1'))).not.toMatch(/hunter2|password/i);

		const org = (await rawRecord('organizations', 'o1')) as Record<string, unknown>;
		expect(org).toMatchObject({ tin: '123456789', duns: null, schemaVersion: 2, details: {} });
		expect(typeof org.updatedAt).toBe('string');

		const [alice] = must(await findUserByLogin('alice@example.com'));
		expect(alice).toMatchObject({ id: 'u1', email: 'alice@example.com', usernameLower: 'alice' });
		const users = (await rawAll('users')) as { id: string; username: string }[];
		expect(users.map((u) => u.username)).toEqual(['Alice', 'alice-2']);
		expect(await rawRecord('meta', 'migration-2-renamed-users')).toMatchObject({
			value: [{ id: 'u2', from: 'alice', to: 'alice-2' }]
		});
		expect(await rawRecord('meta', 'flow')).toMatchObject({
			value: { skipNigp: true },
			schemaVersion: 2
		});

		// The unique index now holds: a third "ALICE" is refused.
		const dup = await createAccount({
			organization: { legalName: 'Other' },
			user: { username: 'ALICE', email: 'x@example.com' },
			password: 'pw'
		});
		expect(dup).toMatchObject({ ok: false, error: { kind: 'duplicate' } });
	});

	it('a failing migration changes nothing and falls back to memory with the banner', async () => {
		const step = MIGRATIONS[1]!;
		MIGRATIONS[1] = async (db, tx) => {
			await step(db, tx);
			throw new Error('bug in a migration');
		};
		try {
			const status = await initStorage();
			expect(status).toMatchObject({ mode: 'memory', banner: NOT_SAVED_MESSAGE });
		} finally {
			MIGRATIONS[1] = step;
		}
		const db = await openDB(DB_NAME);
		expect(db.version).toBe(1);
		expect(await db.get('users', 'u1')).toMatchObject({ email: 'Alice@Example.COM' });
		db.close();
	});
});

describe('IndexedDB unavailable', () => {
	it('runs on memory and raises the banner when indexedDB is missing', async () => {
		delete globals.indexedDB;
		const seen: StorageStatus[] = [];
		const unsubscribe = storageStatus.subscribe((s) => seen.push(s));
		must(await saveDraft({ id: 'd', values: { a: { x: 1 } }, stepReached: 0, baseRevision: 0 }));
		unsubscribe();
		expect(storageStatus.get()).toMatchObject({
			mode: 'memory',
			persistent: false,
			banner: 'Your progress is not being saved in this browser'
		});
		expect(seen.at(-1)?.banner).toBe(NOT_SAVED_MESSAGE);
		// Still usable for this visit.
		expect(must(await loadDraft('d')).values).toEqual({ a: { x: 1 } });
		expect(must(await listDrafts())).toHaveLength(1);
	});

	it('runs on memory when open() throws (storage disabled)', async () => {
		globals.indexedDB = {
			open() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		} as unknown as IDBFactory;
		expect(await initStorage()).toMatchObject({ mode: 'memory', banner: NOT_SAVED_MESSAGE });
		expect(storageStatus.get().reason).toContain('SecurityError');
	});

	it('runs on memory when the open request fails (private mode)', async () => {
		globals.indexedDB = {
			open() {
				const request = new EventTarget() as EventTarget & Record<string, unknown>;
				request.error = new DOMException('A mutation operation was attempted', 'InvalidStateError');
				setTimeout(() => request.dispatchEvent(new Event('error')));
				return request;
			}
		} as unknown as IDBFactory;
		expect(await initStorage()).toMatchObject({ mode: 'memory', banner: NOT_SAVED_MESSAGE });
	});
});

describe('other tabs', () => {
	it('an old tab blocking the upgrade: "close the other tabs", then storage works', async () => {
		await createVersion1(async () => {});
		// An old tab's connection that ignores versionchange.
		const oldTab = await openDB(DB_NAME, 1);
		const result = await loadDraft('x');
		expect(result).toMatchObject({
			ok: false,
			error: { kind: 'blocked', message: BLOCKED_MESSAGE }
		});
		expect(storageStatus.get()).toMatchObject({ blocked: true, banner: BLOCKED_MESSAGE });
		expect(BLOCKED_MESSAGE).toBe('Close the other CTsource tabs to finish updating storage');

		oldTab.close();
		await vi.waitFor(() => expect(storageStatus.get().mode).toBe('indexeddb'));
		expect(storageStatus.get()).toMatchObject({ blocked: false, banner: null });
		expect(await loadDraft('x')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});

	it('closes its connection when a newer tab upgrades, and says to reload', async () => {
		await initStorage();
		must(await saveDraft({ id: 'd', values: {}, stepReached: 0, baseRevision: 0 }));
		// A newer tab opens version DB_VERSION + 1: not blocked, because we close.
		const newer = await openDB(DB_NAME, DB_VERSION + 1, { upgrade() {} });
		expect(storageStatus.get()).toMatchObject({ outdated: true, banner: OUTDATED_MESSAGE });
		expect(await loadDraft('d')).toMatchObject({
			ok: false,
			error: { kind: 'blocked', message: OUTDATED_MESSAGE }
		});
		newer.close();
	});
});
