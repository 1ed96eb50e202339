import { deleteDB, openDB } from 'idb';
import {
	BLOCKED_MESSAGE,
	CLEARED_MESSAGE,
	DB_NAME,
	DB_VERSION,
	NOT_SAVED_MESSAGE,
	OUTDATED_MESSAGE,
	initStorage,
	listDraftIds,
	newDraftKey,
	loadDraft,
	saveDraft,
	storageStatus,
	type StorageStatus
} from '$lib/storage';
import {
	createVersion1,
	expectCurrentSchema,
	freshStorage,
	globals,
	must
} from '../../support/storage';

beforeEach(() => {
	freshStorage();
});

const key = newDraftKey();

describe('schema', () => {
	it('a new browser gets every store and index of the current version', async () => {
		const status = await initStorage();
		expect(status).toMatchObject({ mode: 'indexeddb', persistent: true, banner: null });
		await expectCurrentSchema();
	});
});

describe('IndexedDB unavailable', () => {
	it('runs on memory and raises the banner when indexedDB is missing', async () => {
		delete globals.indexedDB;
		const seen: StorageStatus[] = [];
		const unsubscribe = storageStatus.subscribe((s) => seen.push(s));
		must(
			await saveDraft({ id: 'd', key, values: { a: { x: 1 } }, stepReached: 0, baseRevision: 0 })
		);
		unsubscribe();
		expect(storageStatus.get()).toMatchObject({
			mode: 'memory',
			persistent: false,
			banner: 'Your progress is not being saved in this browser'
		});
		expect(seen.at(-1)?.banner).toBe(NOT_SAVED_MESSAGE);
		// Still usable for this visit.
		expect(must(await loadDraft('d', key)).values).toEqual({ a: { x: 1 } });
		expect(must(await listDraftIds())).toHaveLength(1);
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
		const result = await loadDraft('x', key);
		expect(result).toMatchObject({
			ok: false,
			error: { kind: 'blocked', message: BLOCKED_MESSAGE }
		});
		expect(storageStatus.get()).toMatchObject({ blocked: true, banner: BLOCKED_MESSAGE });
		expect(BLOCKED_MESSAGE).toBe('Close the other CTsource tabs to finish updating storage');

		oldTab.close();
		await vi.waitFor(() => expect(storageStatus.get().mode).toBe('indexeddb'));
		expect(storageStatus.get()).toMatchObject({ blocked: false, banner: null });
		expect(await loadDraft('x', key)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});

	it('closes its connection when a newer tab upgrades, and says to reload', async () => {
		await initStorage();
		must(await saveDraft({ id: 'd', key, values: {}, stepReached: 0, baseRevision: 0 }));
		// A newer tab opens version DB_VERSION + 1: not blocked, because we close.
		const newer = await openDB(DB_NAME, DB_VERSION + 1, { upgrade() {} });
		expect(storageStatus.get()).toMatchObject({ outdated: true, banner: OUTDATED_MESSAGE });
		expect(await loadDraft('d', key)).toMatchObject({
			ok: false,
			error: { kind: 'blocked', message: OUTDATED_MESSAGE }
		});
		newer.close();
	});

	it('stops using a database deleted under it (another tab, the browser), and says what is kept', async () => {
		await initStorage();
		must(await saveDraft({ id: 'd', key, values: {}, stepReached: 0, baseRevision: 0 }));
		// Not blocked: this tab closes its connection when asked.
		await deleteDB(DB_NAME);
		expect(storageStatus.get()).toMatchObject({ cleared: true, banner: CLEARED_MESSAGE });
		expect(CLEARED_MESSAGE).toMatch(/What you typed is still on this page/);
		// Not opened again empty: the page's account or draft would seem gone.
		expect(await loadDraft('d', key)).toMatchObject({
			ok: false,
			error: { kind: 'blocked', message: CLEARED_MESSAGE }
		});
	});
});
