import { IDBObjectStore } from 'fake-indexeddb';
import {
	CONFLICT_MESSAGE,
	DRAFT_LIFETIME_DAYS,
	deleteDraft,
	deleteExpiredDrafts,
	listDraftIds,
	loadDraft,
	newDraftKey,
	saveDraft
} from '$lib/storage';
import { freshStorage, must, rawAll, rawPut, rawRecord } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});
afterEach(() => {
	vi.restoreAllMocks();
});

const key = newDraftKey();
const values = {
	business: { legalName: 'Acme LLC', tin: '123456789', duns: '123456789' },
	contact: { phone: '555' }
};
const DAY = 24 * 60 * 60 * 1000;

describe('drafts', () => {
	it('saves, loads, lists and deletes', async () => {
		const first = must(await saveDraft({ id: 'd1', key, values, stepReached: 1, baseRevision: 0 }));
		expect(first).toMatchObject({
			id: 'd1',
			revision: 1,
			stepReached: 1,
			schemaVersion: 2,
			values
		});
		expect(first.createdAt).toBe(first.updatedAt);

		const loaded = await loadDraft('d1', key);
		expect(loaded).toEqual({ ok: true, value: first, problems: [] });

		const second = must(
			await saveDraft({
				id: 'd1',
				key,
				values,
				stepReached: 2,
				currentStep: 'contact',
				baseRevision: 1
			})
		);
		expect(second).toMatchObject({
			revision: 2,
			stepReached: 2,
			currentStep: 'contact',
			createdAt: first.createdAt
		});

		must(await saveDraft({ id: 'd2', key, values: {}, stepReached: 0, baseRevision: 0 }));
		expect(must(await listDraftIds()).sort()).toEqual(['d1', 'd2']);

		must(await deleteDraft('d1'));
		expect(await loadDraft('d1', key)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});

	it('stores the values sealed: no name or tax number in the record, only the key opens it', async () => {
		must(await saveDraft({ id: 'd', key, values, stepReached: 1, baseRevision: 0 }));
		const raw = JSON.stringify(await rawRecord('drafts', 'd'));
		expect(raw).not.toMatch(/Acme|123456789|555/);
		expect(raw).toContain('"sealed"');
		const wrong = await loadDraft('d', newDraftKey());
		expect(wrong).toMatchObject({ ok: false, error: { kind: 'invalid' } });
		expect(!wrong.ok && wrong.error.message).toMatch(/does not open a saved registration/);
		expect(must(await loadDraft('d', key)).values).toEqual(values);
	});

	it('never stores a password', async () => {
		must(
			await saveDraft({
				id: 'd',
				key,
				values: { account: { username: 'alice', password: 'hunter2', confirmPassword: 'hunter2' } },
				stepReached: 0,
				baseRevision: 0
			})
		);
		expect(must(await loadDraft('d', key)).values).toEqual({ account: { username: 'alice' } });
	});

	it('refuses a save based on a stale revision and leaves the stored draft alone', async () => {
		must(await saveDraft({ id: 'd', key, values, stepReached: 0, baseRevision: 0 }));
		// Tab A and tab B both loaded revision 1; A saves first.
		must(
			await saveDraft({
				id: 'd',
				key,
				values: { business: { legalName: 'A' } },
				stepReached: 0,
				baseRevision: 1
			})
		);
		const b = await saveDraft({
			id: 'd',
			key,
			values: { business: { legalName: 'B' } },
			stepReached: 0,
			baseRevision: 1
		});
		expect(b).toEqual({
			ok: false,
			error: { kind: 'conflict', message: CONFLICT_MESSAGE, theirRevision: 2 }
		});
		expect(must(await loadDraft('d', key))).toMatchObject({
			revision: 2,
			values: { business: { legalName: 'A' } }
		});
		// A draft that does not exist yet must be saved from revision 0.
		expect(
			await saveDraft({ id: 'new', key, values, stepReached: 0, baseRevision: 3 })
		).toMatchObject({
			ok: false,
			error: { kind: 'conflict', theirRevision: 0 }
		});
	});

	it('salvages damaged progress fields; a damaged seal is refused, never thrown', async () => {
		must(await saveDraft({ id: 'd', key, values, stepReached: 2, baseRevision: 0 }));
		const raw = (await rawRecord('drafts', 'd')) as Record<string, unknown>;
		await rawPut('drafts', { ...raw, stepReached: 'two' });

		const loaded = await loadDraft('d', key);
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		expect(loaded.value.values).toEqual(values);
		expect(loaded.value.stepReached).toBe(0);
		expect(loaded.problems.map((p) => `${p.store}/${p.key}:${p.path}`)).toEqual([
			'drafts/d:stepReached'
		]);
		// Reading never rewrote anything.
		expect(((await rawRecord('drafts', 'd')) as { stepReached: unknown }).stepReached).toBe('two');

		const sealed = raw.sealed as { iv: string; data: string };
		// Another first character (one time in 64 the data began with the 'A' written here before).
		const other = sealed.data.startsWith('A') ? 'B' : 'A';
		await rawPut('drafts', {
			...raw,
			sealed: { ...sealed, data: `${other}${sealed.data.slice(1)}` }
		});
		expect(await loadDraft('d', key)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
	});

	it(`deletes drafts ${DRAFT_LIFETIME_DAYS} days after their last change, and unsealed ones at once`, async () => {
		must(await saveDraft({ id: 'fresh', key, values, stepReached: 0, baseRevision: 0 }));
		must(await saveDraft({ id: 'old', key, values, stepReached: 0, baseRevision: 0 }));
		const old = (await rawRecord('drafts', 'old')) as Record<string, unknown>;
		const at = Date.now() - DRAFT_LIFETIME_DAYS * DAY - 60_000;
		await rawPut('drafts', { ...old, updatedAt: new Date(at).toISOString() });
		// A draft from before sealing: tax numbers in the clear, no link owns it.
		await rawPut('drafts', { id: 'legacy', values, updatedAt: new Date().toISOString() });

		// An expired draft does not open even before the sweep.
		expect(await loadDraft('old', key)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
		expect(must(await deleteExpiredDrafts())).toBe(2);
		expect(must(await listDraftIds())).toEqual(['fresh']);
		// 29 days later it is still there; 31 days later it is gone.
		expect(must(await deleteExpiredDrafts(Date.now() + 29 * DAY))).toBe(0);
		expect(must(await deleteExpiredDrafts(Date.now() + 31 * DAY))).toBe(1);
	});

	it('quota: says what was not saved, and the saved draft is unchanged', async () => {
		must(await saveDraft({ id: 'd', key, values, stepReached: 1, baseRevision: 0 }));
		const before = await rawAll('drafts');
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const result = await saveDraft({
			id: 'd',
			key,
			values: { business: { legalName: 'Changed' } },
			stepReached: 2,
			baseRevision: 1
		});
		expect(result).toMatchObject({
			ok: false,
			error: { kind: 'quota', cause: 'QuotaExceededError' }
		});
		expect(!result.ok && result.error.message).toMatch(
			/^Your draft was not saved: browser storage is full\..*retry/
		);
		vi.restoreAllMocks();
		expect(await rawAll('drafts')).toEqual(before);
	});
});
