/**
 * Opening the database: the versioned schema upgraded step by step (the steps are in
 * `./migrations`), tabs that block an upgrade, the fall-back to memory when IndexedDB cannot be
 * used or does not answer in time (then moved into IndexedDB once it does, see `./fallback`),
 * and `transact`, which runs one transaction and turns every failure into a Result.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { IdbBackend, MemoryBackend, type Backend, type Tx } from './backend';
import { toStorageError } from './errors';
import { FallbackBackend } from './fallback';
import { migrate, type UpgradeTx } from './migrations';
import { fail, ok, type Result } from '$lib/domain/result';
import { DB_NAME, DB_VERSION, type StoreName } from './schema';
import {
	BLOCKED_MESSAGE,
	CLEARED_MESSAGE,
	OUTDATED_MESSAGE,
	resetStatus,
	storageStatus,
	updateStatus,
	type StorageStatus
} from './status';

export { DB_NAME, DB_VERSION } from './schema';

let backend: Backend | null = null;
let opening: Promise<Backend> | null = null;
let generation = 0;
/** Why this tab stopped using the database: a newer tab upgraded it, or it was cleared. */
let stopped: string | null = null;
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

function stop(why: 'outdated' | 'cleared'): void {
	backend = null;
	stopped = why === 'cleared' ? CLEARED_MESSAGE : OUTDATED_MESSAGE;
	updateStatus({ [why]: true, persistent: false });
}

/** How long the first open may take before the portal carries on in memory (see fallback.ts). */
export const FIRST_OPEN_MS = 4000;
/** While IndexedDB does not answer, another open is started this often: a wedged one may never. */
export const RETRY_OPEN_MS = 3000;
let firstOpenMs = FIRST_OPEN_MS;
let retryOpenMs = RETRY_OPEN_MS;

/** Tests: shorter waits than a person's few seconds. */
export function setOpenTimingsForTests(first: number, retry: number): void {
	firstOpenMs = first;
	retryOpenMs = retry;
}

type Answer = { db: IDBPDatabase<unknown> } | { error: string };

const after = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms));

/** One `indexedDB.open`, resolving to the database or the error's name (never rejecting). */
function attempt(gen: number, onBlocked: () => void): Promise<Answer> {
	const failed = (e: unknown): Answer => ({ error: e instanceof Error ? e.name : 'Error' });
	try {
		return openWith(gen, onBlocked).then((db) => ({ db }), failed);
	} catch (e) {
		// Some browsers throw from open() itself when storage is disabled.
		return Promise.resolve(failed(e));
	}
}

function openWith(gen: number, onBlocked: () => void) {
	return openDB(DB_NAME, DB_VERSION, {
		upgrade(db, oldVersion, newVersion, tx) {
			migrate(db, tx as unknown as UpgradeTx, oldVersion, newVersion ?? DB_VERSION);
		},
		// An older tab holds a connection without closing it on versionchange: the open waits.
		blocked() {
			if (gen !== generation) return;
			onBlocked();
			updateStatus({ blocked: true });
			blocked.resolve();
		},
		// A newer tab wants to upgrade (or delete) the database: let it, and stop using ours.
		blocking(_current, next, event) {
			(event.target as IDBDatabase).close();
			if (gen !== generation) return;
			stop(next === null ? 'cleared' : 'outdated');
		},
		// The browser closed the connection: its data was cleared (or the disk failed). Opening
		// it again would make an empty database, where this page's account or draft is gone:
		// stop, keep what is on the page, and say so.
		terminated() {
			if (gen !== generation) return;
			stop('cleared');
		}
	});
}

async function open(gen: number): Promise<Backend> {
	if (!indexedDbFactory()) return useMemory('IndexedDB is not available in this browser.');
	let waitsForOlderTab = false;
	const first = attempt(gen, () => (waitsForOlderTab = true));
	const answer = await Promise.race([first, after(firstOpenMs)]);
	if (answer) return opened(gen, answer);
	// An open blocked by an older tab keeps waiting (the banner asks to close that tab).
	if (waitsForOlderTab) return opened(gen, await first);
	const fallback = new FallbackBackend();
	updateStatus({
		mode: 'memory',
		persistent: false,
		waiting: true,
		reason: `IndexedDB did not answer within ${firstOpenMs} ms.`
	});
	void keepTrying(gen, first, fallback);
	return fallback;
}

function opened(gen: number, answer: Answer): Backend {
	if ('error' in answer) return useMemory(`IndexedDB could not be opened (${answer.error}).`);
	if (gen !== generation) {
		answer.db.close();
		return new MemoryBackend();
	}
	updateStatus({ mode: 'indexeddb', persistent: true, blocked: false, reason: null });
	return new IdbBackend(answer.db);
}

/**
 * While the memory fall-back is in use: waits for the first open, starting another one every
 * `retryOpenMs`, and moves what was written in memory into the first database that answers.
 */
async function keepTrying(gen: number, first: Promise<Answer>, fallback: FallbackBackend) {
	const pending = [first];
	let answer: Answer | null = null;
	while (!answer && gen === generation) {
		answer = await Promise.race([...pending, after(retryOpenMs)]);
		if (!answer && gen === generation) pending.push(attempt(gen, () => {}));
	}
	const winner = answer;
	// The other opens may still answer: their connections are not needed.
	for (const p of pending) void p.then((a) => a !== winner && 'db' in a && a.db.close());
	if (!winner) return;
	if (gen !== generation || 'error' in winner) {
		if ('db' in winner) winner.db.close();
		else
			updateStatus({ waiting: false, reason: `IndexedDB could not be opened (${winner.error}).` });
		return;
	}
	const moved = await fallback.moveTo(new IdbBackend(winner.db));
	if (gen !== generation) return;
	if (moved.ok) {
		updateStatus({ mode: 'indexeddb', persistent: true, waiting: false, reason: null });
	} else {
		winner.db.close();
		updateStatus({ waiting: false, reason: moved.error.message });
	}
}

/**
 * The open backend, opening it on first use. Resolves to a 'blocked' error while an older tab
 * prevents the upgrade (the open keeps waiting and later calls succeed once that tab closes),
 * and after a newer tab took over the database or the database was cleared under this page.
 */
export async function getBackend(): Promise<Result<Backend>> {
	if (stopped) return fail('blocked', stopped);
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
	stopped = null;
	blocked = deferred();
}

/** Tests: forget the connection, the memory store and the status. */
export function resetStorageForTests(): void {
	closeDb();
	resetStatus();
	setOpenTimingsForTests(FIRST_OPEN_MS, RETRY_OPEN_MS);
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
