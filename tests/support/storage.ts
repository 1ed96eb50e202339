/**
 * Shared set-up for tests that touch storage (unit tests in node, component tests in jsdom): a
 * fresh fake IndexedDB per test, Web Storage stubs, raw access to what is really stored.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB, type IDBPDatabase } from 'idb';
import {
	DB_NAME,
	DB_VERSION,
	initStorage,
	resetStorageForTests,
	setPasswordIterationsForTests
} from '$lib/storage';
import { STORES, STORE_NAMES } from '$lib/storage/schema';

/** Node 20 has no localStorage: a small in-memory Storage. */
export class MemoryStorage implements Storage {
	private items = new Map<string, string>();
	get length() {
		return this.items.size;
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, String(value));
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
	clear() {
		this.items.clear();
	}
}

type Globals = { indexedDB?: IDBFactory; localStorage?: Storage; sessionStorage?: Storage };
export const globals = globalThis as unknown as Globals;

/**
 * Call in beforeEach: a new empty fake IndexedDB and no cached connection. Web Storage is left
 * as it is (component tests keep jsdom's localStorage and sessionStorage).
 */
export function freshDatabase(): void {
	resetStorageForTests();
	globals.indexedDB = new IDBFactory();
}

/** Call in beforeEach: a new empty database, no cached connection, fast hashing. */
export function freshStorage(): { local: MemoryStorage; session: MemoryStorage } {
	freshDatabase();
	const local = new MemoryStorage();
	const session = new MemoryStorage();
	globals.localStorage = local;
	globals.sessionStorage = session;
	setPasswordIterationsForTests(1_000);
	return { local, session };
}

/** A second, raw connection (after the app has created the database). */
async function rawDb() {
	await initStorage();
	return openDB(DB_NAME);
}

/** Raw access to what is really stored, bypassing the storage layer. */
export async function rawRecord(store: string, key: string): Promise<unknown> {
	const db = await rawDb();
	try {
		return await db.get(store, key);
	} finally {
		db.close();
	}
}

export async function rawAll(store: string): Promise<unknown[]> {
	const db = await rawDb();
	try {
		return await db.getAll(store);
	} finally {
		db.close();
	}
}

export async function rawPut(store: string, value: unknown): Promise<void> {
	const db = await rawDb();
	try {
		await db.put(store, value);
	} finally {
		db.close();
	}
}

/** Unwraps a Result in a test, failing with its message. */
export function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
	if (!r.ok) throw new Error(`expected ok, got: ${r.error.message}`);
	return r.value;
}

/** Version 1 exactly as the first prototype created it (kept here, frozen, on purpose). */
export async function createVersion1(fill: (db: IDBPDatabase<unknown>) => Promise<void>) {
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

export async function expectCurrentSchema() {
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
