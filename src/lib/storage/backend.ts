/**
 * The two places records can live: IndexedDB (through idb) and, when IndexedDB is unavailable,
 * a Map in memory. Both implement the same tiny transactional interface, so every store module is
 * written once. Keys are always strings in this database.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { STORES, STORE_NAMES, type StoreName } from './schema';

/** Operations inside one transaction. Await only these inside `run`: other awaits would let an
 * IndexedDB transaction commit early. */
export interface Tx {
	get(store: StoreName, key: string): Promise<unknown>;
	getAll(store: StoreName): Promise<unknown[]>;
	getAllByIndex(store: StoreName, index: string, key: string): Promise<unknown[]>;
	put(store: StoreName, value: unknown): Promise<void>;
	delete(store: StoreName, key: string): Promise<void>;
	clear(store: StoreName): Promise<void>;
}

export interface Backend {
	readonly kind: 'indexeddb' | 'memory';
	/**
	 * Runs `fn` in one transaction. If `fn` throws, nothing it wrote is kept (the transaction is
	 * aborted) and the error is rethrown; a failed commit (e.g. quota) rejects as well.
	 */
	run<T>(stores: StoreName[], mode: IDBTransactionMode, fn: (tx: Tx) => Promise<T>): Promise<T>;
	close(): void;
}

type AnyTx = IDBPTransaction<unknown, StoreName[], IDBTransactionMode>;

export class IdbBackend implements Backend {
	readonly kind = 'indexeddb';
	constructor(readonly db: IDBPDatabase<unknown>) {}

	async run<T>(
		stores: StoreName[],
		mode: IDBTransactionMode,
		fn: (tx: Tx) => Promise<T>
	): Promise<T> {
		const tx = this.db.transaction(stores, mode) as unknown as AnyTx;
		const done = tx.done;
		done.catch(() => {}); // observed below; avoids an unhandled rejection when fn throws first
		const store = (name: StoreName) => tx.objectStore(name);
		const api: Tx = {
			get: (s, key) => store(s).get(key),
			getAll: (s) => store(s).getAll(),
			getAllByIndex: (s, index, key) => store(s).index(index).getAll(key),
			put: async (s, value) => {
				await store(s).put!(value);
			},
			delete: (s, key) => store(s).delete!(key),
			clear: (s) => store(s).clear!()
		};
		try {
			const result = await fn(api);
			await done;
			return result;
		} catch (e) {
			try {
				tx.abort();
			} catch {
				// Already finished or aborted by the browser.
			}
			// A failed commit (quota) is reported on the transaction; an abort we asked for is not.
			throw tx.error ?? e;
		}
	}

	close(): void {
		this.db.close();
	}
}

/**
 * Records in memory, for browsers without usable IndexedDB. Lost on reload (the layout shows a
 * banner saying so). Writes are serialized and staged, so a failed transaction changes nothing,
 * like IndexedDB; unique indexes are enforced from STORES.
 */
export class MemoryBackend implements Backend {
	readonly kind = 'memory';
	private data = new Map<StoreName, Map<string, unknown>>(
		STORE_NAMES.map((name) => [name, new Map<string, unknown>()])
	);
	private writeLock: Promise<unknown> = Promise.resolve();

	async run<T>(
		stores: StoreName[],
		mode: IDBTransactionMode,
		fn: (tx: Tx) => Promise<T>
	): Promise<T> {
		if (mode === 'readonly') return fn(this.tx(new Map(), false));
		const work = this.writeLock.then(async () => {
			const staged = new Map(stores.map((s) => [s, new Map(this.table(s))]));
			const result = await fn(this.tx(staged, true));
			for (const [name, table] of staged) this.data.set(name, table);
			return result;
		});
		this.writeLock = work.catch(() => {});
		return work;
	}

	close(): void {}

	private table(name: StoreName): Map<string, unknown> {
		const table = this.data.get(name);
		if (!table) throw new DOMException(`No store ${name}`, 'NotFoundError');
		return table;
	}

	private tx(staged: Map<StoreName, Map<string, unknown>>, writable: boolean): Tx {
		const table = (name: StoreName) => staged.get(name) ?? this.table(name);
		const sorted = (t: Map<string, unknown>) =>
			[...t.entries()]
				.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
				.map(([, v]) => structuredClone(v));
		const write = (name: StoreName) => {
			if (!writable || !staged.has(name)) {
				throw new DOMException(`${name} is not writable here`, 'ReadOnlyError');
			}
			return table(name);
		};
		const field = (value: unknown, path: string): unknown =>
			value && typeof value === 'object' ? (value as Record<string, unknown>)[path] : undefined;
		return {
			get: async (s, key) => structuredClone(table(s).get(key)),
			getAll: async (s) => sorted(table(s)),
			getAllByIndex: async (s, index, key) => {
				const spec = STORES[s].indexes.find((i) => i.name === index);
				if (!spec) throw new DOMException(`No index ${index}`, 'NotFoundError');
				const hits = new Map(
					[...table(s)].filter(([, value]) => field(value, spec.keyPath) === key)
				);
				return sorted(hits);
			},
			put: async (s, value) => {
				const t = write(s);
				const key = field(value, STORES[s].keyPath);
				if (typeof key !== 'string') throw new DOMException('Missing key', 'DataError');
				for (const index of STORES[s].indexes.filter((i) => i.unique)) {
					const indexed = field(value, index.keyPath);
					if (indexed === undefined || indexed === null) continue;
					for (const [otherKey, other] of t) {
						if (otherKey !== key && field(other, index.keyPath) === indexed) {
							throw new DOMException(`${index.name} must be unique`, 'ConstraintError');
						}
					}
				}
				t.set(key, structuredClone(value));
			},
			delete: async (s, key) => {
				write(s).delete(key);
			},
			clear: async (s) => {
				write(s).clear();
			}
		};
	}
}
