import { IDBObjectStore } from 'fake-indexeddb';
import {
	AUTOSAVE_DELAY_MS,
	DraftAutosave,
	NOT_SAVED_MESSAGE,
	NO_KEY_MESSAGE,
	draftCopyKey,
	draftKeyOf,
	loadDraft,
	newDraftKey,
	resetStorageForTests,
	saveDraft,
	storageStatus,
	type DraftAutosaveOptions
} from '$lib/storage';
import { freshStorage, globals, must, rawRecord, type MemoryStorage } from '../../support/storage';

let local: MemoryStorage;
const managers: DraftAutosave[] = [];

/** A manager as one browser tab would have it. Channel on unless turned off. */
function tab(options: DraftAutosaveOptions = {}) {
	const m = new DraftAutosave({ storage: local, window: null, document: null, ...options });
	managers.push(m);
	return m;
}

beforeEach(() => {
	({ local } = freshStorage());
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(async () => {
	// BroadcastChannel keeps Node alive until closed; a last save must not leak into the next test.
	for (const m of managers.splice(0)) {
		m.destroy();
		await m.idle();
	}
	vi.useRealTimers();
	vi.restoreAllMocks();
});

/** The key a tab that started or opened draft `id` holds (sessionStorage is shared here). */
const keyOf = (id: string) => draftKeyOf(id) ?? '';
const copyOf = (id: string) => JSON.parse(local.getItem(draftCopyKey(id)) ?? 'null');

describe('autosave', () => {
	it('saves at most 500 ms after the last keystroke (debounced)', async () => {
		expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(500);
		const m = tab();
		m.startNew('d');
		m.updateStep('business', { legalName: 'A' }, { stepReached: 1, currentStep: 'business' });
		vi.advanceTimersByTime(300);
		m.updateStep('business', { legalName: 'Ac' });
		vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
		await m.idle();
		expect(await rawRecord('drafts', 'd')).toBeUndefined();
		vi.advanceTimersByTime(1);
		await m.idle();
		expect(must(await loadDraft('d', keyOf('d')))).toMatchObject({
			revision: 1,
			stepReached: 1,
			currentStep: 'business',
			values: { business: { legalName: 'Ac' } }
		});
		expect(m).toMatchObject({ dirty: false, revision: 1, saveError: null });
		expect(m.savedAt).toEqual(expect.any(String));
	});

	it('keeps a synchronous Web Storage copy of every change, without passwords, until saved', async () => {
		const m = tab();
		m.startNew('d');
		m.updateStep('account', { username: 'alice', password: 'hunter2', confirmPassword: 'hunter2' });
		const raw = local.getItem(draftCopyKey('d')) ?? '';
		expect(raw).toContain('alice');
		expect(raw).not.toMatch(/hunter2|password/i);
		expect(copyOf('d')).toMatchObject({
			id: 'd',
			revision: 0,
			tabId: m.tabId,
			savedAt: expect.any(String)
		});
		expect(m.values).toEqual({ account: { username: 'alice' } });

		must(await m.flush());
		expect(JSON.stringify(await rawRecord('drafts', 'd'))).not.toMatch(/hunter2|password/i);
		// Saved: the copy is no longer needed.
		expect(local.getItem(draftCopyKey('d'))).toBeNull();
	});

	it('flushes on pagehide and when the page is hidden', async () => {
		const win = new EventTarget();
		const doc = Object.assign(new EventTarget(), {
			visibilityState: 'visible' as DocumentVisibilityState
		});
		const m = tab({ window: win, document: doc });
		m.startNew('d');
		m.updateStep('business', { legalName: 'Acme' });
		win.dispatchEvent(new Event('pagehide'));
		await m.idle();
		expect(must(await loadDraft('d', keyOf('d'))).values).toEqual({
			business: { legalName: 'Acme' }
		});

		m.updateStep('business', { legalName: 'Acme LLC' });
		doc.dispatchEvent(new Event('visibilitychange')); // still visible: nothing yet
		await m.idle();
		expect(must(await loadDraft('d', keyOf('d'))).revision).toBe(1);
		doc.visibilityState = 'hidden';
		doc.dispatchEvent(new Event('visibilitychange'));
		await m.idle();
		expect(must(await loadDraft('d', keyOf('d')))).toMatchObject({
			revision: 2,
			values: { business: { legalName: 'Acme LLC' } }
		});
	});

	it('after a reload, the newer of the IndexedDB and Web Storage copies wins', async () => {
		const before = tab();
		before.startNew('d');
		before.updateStep('business', { legalName: 'Acm' });
		must(await before.flush());
		// The last keystroke, then the tab is gone before any IndexedDB write.
		before.updateStep('business', { legalName: 'Acme' });
		vi.clearAllTimers();

		const after = tab();
		expect(must(await after.load('d'))).toEqual({ source: 'web-storage' });
		expect(after).toMatchObject({
			values: { business: { legalName: 'Acme' } },
			revision: 1,
			dirty: true
		});
		vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
		await after.idle();
		expect(must(await loadDraft('d', keyOf('d')))).toMatchObject({
			revision: 2,
			values: { business: { legalName: 'Acme' } }
		});
		expect(local.getItem(draftCopyKey('d'))).toBeNull();

		// An old copy loses to a newer IndexedDB record.
		local.setItem(
			draftCopyKey('d'),
			JSON.stringify({
				...copyOf('x'),
				id: 'd',
				schemaVersion: 2,
				revision: 1,
				values: { business: { legalName: 'old' } },
				stepReached: 0,
				savedAt: '2020-01-01T00:00:00.000Z',
				tabId: 't'
			})
		);
		const third = tab();
		expect(must(await third.load('d'))).toEqual({ source: 'indexeddb' });
		expect(third.values).toEqual({ business: { legalName: 'Acme' } });

		// A tab that holds no key for a draft opens nothing.
		expect(await tab().load('never-saved')).toEqual({
			ok: false,
			error: { kind: 'invalid', message: NO_KEY_MESSAGE }
		});
		const stranger = tab();
		expect(await stranger.load('d', newDraftKey())).toMatchObject({
			ok: false,
			error: { kind: 'invalid', message: expect.stringMatching(/does not open/) }
		});
		expect(stranger.values).toEqual({});
	});

	it('a failed write (quota) keeps the values, says what was not saved, and retry() saves', async () => {
		const m = tab();
		m.startNew('d');
		m.updateStep('business', { legalName: 'Acme' });
		must(await m.flush());

		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('quota', 'QuotaExceededError');
		});
		m.updateStep('business', { legalName: 'Acme LLC' });
		const failed = await m.flush();
		expect(failed).toMatchObject({ ok: false, error: { kind: 'quota' } });
		expect(m.saveError?.message).toMatch(/^Your draft was not saved: browser storage is full/);
		expect(m).toMatchObject({ dirty: true, values: { business: { legalName: 'Acme LLC' } } });
		// Nothing already saved is damaged; the unsaved change survives in Web Storage.
		expect(must(await loadDraft('d', keyOf('d')))).toMatchObject({
			revision: 1,
			values: { business: { legalName: 'Acme' } }
		});
		expect(copyOf('d').values).toEqual({ business: { legalName: 'Acme LLC' } });

		vi.restoreAllMocks();
		must(await m.retry());
		expect(m).toMatchObject({ saveError: null, dirty: false, revision: 2 });
		expect(must(await loadDraft('d', keyOf('d'))).values).toEqual({
			business: { legalName: 'Acme LLC' }
		});
	});

	it('works for the visit when IndexedDB is unavailable (and the banner says so)', async () => {
		delete globals.indexedDB;
		const m = tab();
		m.startNew('d');
		m.updateStep('business', { legalName: 'Acme' });
		must(await m.flush());
		expect(storageStatus.get().banner).toBe(NOT_SAVED_MESSAGE);
		expect(m.saveError).toBeNull();
		// Saved to memory only: the Web Storage copy is the one a reload keeps, so it stays.
		expect(copyOf('d').values).toEqual({ business: { legalName: 'Acme' } });
		resetStorageForTests(); // a reload: the memory store is gone
		const reloaded = tab();
		expect(must(await reloaded.load('d'))).toEqual({ source: 'web-storage' });
		expect(reloaded.values).toEqual({ business: { legalName: 'Acme' } });
	});
});

describe('two tabs on one draft', () => {
	it('a save from a stale revision is refused; the tab can reload the newer version', async () => {
		const a = tab({ channelName: null });
		const b = tab({ channelName: null });
		a.startNew('d');
		a.updateStep('business', { legalName: 'First' });
		must(await a.flush());
		await b.load('d');

		a.updateStep('business', { legalName: 'From A' });
		must(await a.flush());
		b.updateStep('business', { legalName: 'From B' });
		const refused = await b.flush();
		expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', theirRevision: 2 } });
		expect(b.conflict).toEqual({ theirRevision: 2 });
		expect(b.values).toEqual({ business: { legalName: 'From B' } }); // still on screen
		expect(must(await loadDraft('d', keyOf('d'))).values).toEqual({
			business: { legalName: 'From A' }
		});

		// While in conflict, autosave does not overwrite either.
		vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
		await b.idle();
		expect(must(await loadDraft('d', keyOf('d'))).revision).toBe(2);

		must(await b.reloadFromStorage());
		expect(b).toMatchObject({
			conflict: null,
			dirty: false,
			revision: 2,
			values: { business: { legalName: 'From A' } }
		});
	});

	it('or keep its own version on purpose', async () => {
		const a = tab({ channelName: null });
		const b = tab({ channelName: null });
		a.startNew('d');
		a.updateStep('s', { v: 1 });
		must(await a.flush());
		await b.load('d');
		a.updateStep('s', { v: 2 });
		must(await a.flush());
		b.updateStep('s', { v: 3 });
		await b.flush();
		expect(b.conflict).not.toBeNull();
		expect(must(await b.keepMine())).toMatchObject({ revision: 3, values: { s: { v: 3 } } });
		expect(b.conflict).toBeNull();
	});

	it('the other tab is told at once over BroadcastChannel', async () => {
		const a = tab();
		const b = tab();
		const c = tab();
		a.startNew('d');
		a.updateStep('s', { v: 1 });
		must(await a.flush());
		await b.load('d');
		c.startNew('another-draft');

		const heard: unknown[] = [];
		const listener = new BroadcastChannel('ctsource-drafts');
		listener.onmessage = (e) => heard.push(e.data);
		try {
			a.updateStep('s', { v: 2 });
			must(await a.flush());
			await vi.waitFor(() => expect(b.conflict).toEqual({ theirRevision: 2 }));
			expect(heard).toEqual([{ id: 'd', revision: 2, tabId: a.tabId }]);
			expect(a.conflict).toBeNull(); // not told about its own save
			expect(c.conflict).toBeNull(); // another draft
		} finally {
			listener.close();
		}
	});

	it('a tab that was not open when the other saved still loads the newest', async () => {
		const key = newDraftKey();
		must(
			await saveDraft({ id: 'd', key, values: { s: { v: 1 } }, stepReached: 0, baseRevision: 0 })
		);
		const m = tab();
		await m.load('d', key);
		expect(m).toMatchObject({ revision: 1, values: { s: { v: 1 } }, conflict: null });
	});
});

describe('discard', () => {
	it('removes the draft, its Web Storage copy and the key this tab held', async () => {
		const m = tab();
		m.startNew('d');
		m.updateStep('s', { v: 1 });
		must(await m.flush());
		m.updateStep('s', { v: 2 });
		must(await m.discard());
		expect(await rawRecord('drafts', 'd')).toBeUndefined();
		expect(local.getItem(draftCopyKey('d'))).toBeNull();
		expect(draftKeyOf('d')).toBeNull();
	});
});
