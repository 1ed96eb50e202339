/**
 * Carrying on while IndexedDB does not answer. Some engines leave the first `indexedDB.open` of
 * a page pending for a long time or for ever (reported in WebKitGTK right after a fresh session
 * starts; Safari 14 had the same kind of hang). `safari-14-idb-fix` does not cure that one: it
 * waits, with no time limit, until `indexedDB.databases()` settles, which it did at once while
 * the open hung. After a few seconds db.ts hands out a `FallbackBackend`: every
 * transaction runs on a `MemoryBackend` (the wizard also keeps its Web Storage copy, which survives
 * a reload of the tab), while db.ts keeps trying to open the database. When it answers,
 * `moveTo` copies what was written in memory into IndexedDB in one transaction — deletes and
 * clears included — and from then on every transaction runs there. Transactions started while the
 * copy runs wait for it, so nothing written in between is lost.
 */
import { ok, type Result } from '$lib/domain/result';
import { MemoryBackend, type Backend, type Tx } from './backend';
import { toStorageError } from './errors';
import { STORES, STORE_NAMES, type StoreName } from './schema';

/** Changes made in memory that IndexedDB does not have yet: cleared stores, deleted keys. */
interface Removals {
	cleared: Set<StoreName>;
	deleted: Map<StoreName, Set<string>>;
}

const field = (value: unknown, name: string): unknown =>
	value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;

function removals(): Removals {
	return { cleared: new Set(), deleted: new Map() };
}

export class FallbackBackend implements Backend {
	readonly memory = new MemoryBackend();
	#inner: Backend = this.memory;
	#moving: Promise<unknown> | null = null;
	#running = new Set<Promise<unknown>>();
	#removed = removals();

	get kind(): 'indexeddb' | 'memory' {
		return this.#inner.kind;
	}

	async run<T>(stores: StoreName[], mode: IDBTransactionMode, fn: (tx: Tx) => Promise<T>) {
		// Checked again after every wait, then the transaction starts in the same task: a move
		// begun meanwhile either sees it running or makes it wait.
		while (this.#moving) await this.#moving.catch(() => {});
		const inner = this.#inner;
		const work =
			inner === this.memory && mode === 'readwrite'
				? this.#runLogged(stores, fn)
				: inner.run(stores, mode, fn);
		this.#running.add(work);
		void work.catch(() => {}).finally(() => this.#running.delete(work));
		return work;
	}

	/** A memory transaction whose deletes and clears are remembered once it has committed. */
	async #runLogged<T>(stores: StoreName[], fn: (tx: Tx) => Promise<T>): Promise<T> {
		const local = removals();
		const result = await this.memory.run(stores, 'readwrite', (tx) =>
			fn({
				...tx,
				delete: async (store, key) => {
					await tx.delete(store, key);
					let keys = local.deleted.get(store);
					if (!keys) local.deleted.set(store, (keys = new Set()));
					keys.add(key);
				},
				clear: async (store) => {
					await tx.clear(store);
					local.cleared.add(store);
					local.deleted.delete(store);
				}
			})
		);
		for (const store of local.cleared) {
			this.#removed.cleared.add(store);
			this.#removed.deleted.delete(store);
		}
		for (const [store, keys] of local.deleted) {
			const all = this.#removed.deleted.get(store) ?? new Set<string>();
			for (const key of keys) all.add(key);
			this.#removed.deleted.set(store, all);
		}
		return result;
	}

	/**
	 * Copies everything written in memory into `target` (one transaction: all or nothing), then
	 * runs every later transaction there. Resolves to the number of records copied; on failure
	 * the memory store stays in use and nothing is lost.
	 */
	moveTo(target: Backend): Promise<Result<number>> {
		const move = (async (): Promise<Result<number>> => {
			await Promise.allSettled([...this.#running]);
			try {
				const records = await this.memory.run(
					STORE_NAMES as unknown as StoreName[],
					'readonly',
					(tx) => Promise.all(STORE_NAMES.map(async (s) => [s, await tx.getAll(s)] as const))
				);
				const { cleared, deleted } = this.#removed;
				let copied = 0;
				await target.run([...STORE_NAMES], 'readwrite', async (tx) => {
					for (const store of cleared) await tx.clear(store);
					for (const [store, keys] of deleted) for (const key of keys) await tx.delete(store, key);
					for (const [store, values] of records) {
						for (const value of values) {
							const key = field(value, STORES[store].keyPath);
							const there = typeof key === 'string' ? await tx.get(store, key) : undefined;
							// A record another visit saved since (a draft's later revision) is kept:
							// the tab's next save is refused as a conflict and the person chooses.
							const theirs = field(there, 'revision');
							const ours = field(value, 'revision');
							if (typeof theirs === 'number' && typeof ours === 'number' && theirs >= ours) {
								continue;
							}
							await tx.put(store, value);
							copied++;
						}
					}
				});
				this.#inner = target;
				this.#removed = removals();
				return ok(copied);
			} catch (e) {
				return { ok: false, error: toStorageError(e, 'What you entered was not moved to storage') };
			}
		})();
		this.#moving = move;
		void move.finally(() => {
			if (this.#moving === move) this.#moving = null;
		});
		return move;
	}

	close(): void {
		this.#inner.close();
	}
}
