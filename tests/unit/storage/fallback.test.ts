/**
 * IndexedDB that does not answer (WebKitGTK's first open in a fresh session can hang): the portal
 * carries on in memory after a few seconds and says so, keeps trying, and moves what was written
 * into IndexedDB once it answers, without losing a write made meanwhile.
 */
import { IDBOpenDBRequest } from 'fake-indexeddb';
import {
	DraftAutosave,
	FIRST_OPEN_MS,
	WAITING_MESSAGE,
	deleteDraft,
	draftCopyKey,
	initStorage,
	listDraftIds,
	loadDraft,
	newDraftKey,
	resetStorageForTests,
	saveDraft,
	setOpenTimingsForTests,
	storageStatus
} from '$lib/storage';
import { storageAnswered } from '$lib/storage/draft-autosave.svelte';
import { freshStorage, globals, must, rawAll, type MemoryStorage } from '../../support/storage';

let session: MemoryStorage;
const key = newDraftKey();

/**
 * Replaces indexedDB with one whose opens are left pending for ever (as a wedged engine's are)
 * until `release()`; opens after that reach the real (fake) database.
 */
function wedge() {
	const real = globals.indexedDB as unknown as IDBFactory;
	let wedged = true;
	let opens = 0;
	globals.indexedDB = new Proxy(real, {
		get(target, prop) {
			if (prop === 'open') {
				return (name: string, version?: number) => {
					opens++;
					return wedged ? new IDBOpenDBRequest() : target.open(name, version);
				};
			}
			const value = Reflect.get(target, prop, target) as unknown;
			return typeof value === 'function' ? value.bind(target) : value;
		}
	}) as unknown as typeof globals.indexedDB;
	return { release: () => (wedged = false), opens: () => opens };
}

const save = (id: string, name: string, baseRevision = 0) =>
	saveDraft({
		id,
		key,
		values: { organization: { legalName: name } },
		stepReached: 1,
		baseRevision
	});

beforeEach(() => {
	({ session } = freshStorage());
	setOpenTimingsForTests(40, 40);
});
afterEach(() => resetStorageForTests());

it('waits only a few seconds for the first open', () => {
	expect(FIRST_OPEN_MS).toBeGreaterThanOrEqual(2000);
	expect(FIRST_OPEN_MS).toBeLessThanOrEqual(5000);
});

it('carries on in memory when the first open does not answer, and says so', async () => {
	wedge();
	must(await save('d', 'Acme'));
	expect(storageStatus.get()).toMatchObject({
		mode: 'memory',
		waiting: true,
		persistent: false,
		banner: WAITING_MESSAGE
	});
	expect(must(await loadDraft('d', key)).values).toEqual({ organization: { legalName: 'Acme' } });
});

it('keeps trying, and moves every change made in memory into IndexedDB once it answers', async () => {
	// A draft already stored from an earlier visit, then a visit where IndexedDB hangs at first.
	must(await save('old', 'Old Co'));
	resetStorageForTests();
	setOpenTimingsForTests(40, 40);
	const idb = wedge();
	must(await save('new', 'New Co'));
	must(await deleteDraft('old'));
	expect(storageStatus.get().waiting).toBe(true);
	await vi.waitFor(() => expect(idb.opens()).toBeGreaterThan(1)); // tried again meanwhile

	idb.release();
	// Changes keep coming while the move runs: none is lost.
	const during = save('during', 'Typed meanwhile');
	await vi.waitFor(() => expect(storageStatus.get().mode).toBe('indexeddb'), { timeout: 2000 });
	must(await during);
	expect(storageStatus.get()).toMatchObject({ waiting: false, persistent: true, banner: null });

	const stored = (await rawAll('drafts')).map((d) => (d as { id: string }).id).sort();
	expect(stored).toEqual(['during', 'new']); // the delete made in memory reached IndexedDB too
	expect(must(await loadDraft('new', key)).values).toEqual({
		organization: { legalName: 'New Co' }
	});
	// Later saves go straight to IndexedDB, revisions continuing.
	must(await save('new', 'New Co Inc', 1));
	expect(must(await listDraftIds()).sort()).toEqual(['during', 'new']);
	expect(must(await loadDraft('new', key)).revision).toBe(2);
});

it('an open that answers in time is used as before (no memory, no banner)', async () => {
	expect(await initStorage()).toMatchObject({ mode: 'indexeddb', waiting: false, banner: null });
});

it('a reload while storage does not answer reopens the draft from the tab copy and saves it', async () => {
	// The tab's copy of a draft saved (revision 3) in a visit whose IndexedDB this visit cannot see.
	wedge();
	const id = 'copy';
	const tab = new DraftAutosave({
		storage: session,
		window: null,
		document: null,
		channelName: null
	});
	session.setItem(
		draftCopyKey(id),
		JSON.stringify({
			id,
			schemaVersion: 2,
			revision: 3,
			values: { organization: { legalName: 'Typed before reload' } },
			stepReached: 2,
			currentStep: 'organization',
			savedAt: new Date().toISOString(),
			tabId: 'earlier'
		})
	);
	const opened = must(await tab.load(id, key));
	expect(opened.source).toBe('web-storage');
	expect(tab.values).toEqual({ organization: { legalName: 'Typed before reload' } });
	const saved = await tab.flush();
	expect(saved.ok).toBe(true); // not refused as another tab's change
	expect(tab.conflict).toBeNull();
	expect(tab.revision).toBe(4); // going on from the copy's revision
	expect(session.getItem(draftCopyKey(id))).not.toBeNull(); // kept until IndexedDB has it
	tab.destroy();
});

it('a later revision IndexedDB holds is not overwritten by the move: the tab is told instead', async () => {
	must(await save('d', 'Saved by another visit'));
	must(await save('d', 'Saved by another visit, again', 1));
	resetStorageForTests();
	setOpenTimingsForTests(40, 40);
	const idb = wedge();
	const tab = new DraftAutosave({
		storage: session,
		window: null,
		document: null,
		channelName: null
	});
	tab.startNew('d', key); // the same draft, typed from scratch while storage does not answer
	tab.updateStep('organization', { legalName: 'Typed here' });
	must(await tab.flush());
	idb.release();
	await vi.waitFor(() => expect(storageStatus.get().mode).toBe('indexeddb'), { timeout: 2000 });
	expect(must(await loadDraft('d', key))).toMatchObject({
		revision: 2,
		values: { organization: { legalName: 'Saved by another visit, again' } }
	});
	tab.updateStep('organization', { legalName: 'Typed here, more' });
	const next = await tab.flush();
	expect(next.ok).toBe(false);
	expect(tab.conflict).toEqual({ theirRevision: 2 }); // "changed in another tab": the person chooses
	tab.destroy();
});

it('a draft this tab holds no copy of is opened once IndexedDB answers, not empty before', async () => {
	must(await save('d', 'Only in IndexedDB'));
	resetStorageForTests();
	setOpenTimingsForTests(40, 40);
	const idb = wedge();
	const tab = new DraftAutosave({
		storage: session,
		window: null,
		document: null,
		channelName: null
	});
	// Memory has no such draft and the tab no copy: "waiting", so the page can show why.
	expect(must(await tab.load('d', key)).source).toBe('waiting');
	expect(tab.values).toEqual({});
	let answered = false;
	const answer = storageAnswered().then(() => (answered = true));
	await new Promise((r) => setTimeout(r, 100));
	expect(answered).toBe(false);
	idb.release();
	await answer;
	expect(must(await tab.load('d', key)).source).toBe('indexeddb');
	expect(tab.values).toEqual({ organization: { legalName: 'Only in IndexedDB' } });
	tab.destroy();
});
