import { IDBObjectStore } from 'fake-indexeddb';
import { CONFLICT_MESSAGE, deleteDraft, listDrafts, loadDraft, saveDraft } from '$lib/storage';
import { freshStorage, must, rawAll, rawPut, rawRecord } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});
afterEach(() => {
	vi.restoreAllMocks();
});

const values = { business: { legalName: 'Acme LLC', tin: '123456789' }, contact: { phone: '555' } };

describe('drafts', () => {
	it('saves, loads, lists and deletes', async () => {
		const first = must(await saveDraft({ id: 'd1', values, stepReached: 1, baseRevision: 0 }));
		expect(first).toMatchObject({
			id: 'd1',
			revision: 1,
			stepReached: 1,
			schemaVersion: 2,
			values
		});
		expect(first.createdAt).toBe(first.updatedAt);

		const loaded = await loadDraft('d1');
		expect(loaded).toEqual({ ok: true, value: first, problems: [] });

		const second = must(
			await saveDraft({ id: 'd1', values, stepReached: 2, currentStep: 'contact', baseRevision: 1 })
		);
		expect(second).toMatchObject({
			revision: 2,
			stepReached: 2,
			currentStep: 'contact',
			createdAt: first.createdAt
		});

		must(await saveDraft({ id: 'd2', values: {}, stepReached: 0, baseRevision: 0 }));
		const list = must(await listDrafts());
		expect(list.map((d) => d.id).sort()).toEqual(['d1', 'd2']);

		must(await deleteDraft('d1'));
		expect(await loadDraft('d1')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});

	it('never stores a password', async () => {
		must(
			await saveDraft({
				id: 'd',
				values: { account: { username: 'alice', password: 'hunter2', confirmPassword: 'hunter2' } },
				stepReached: 0,
				baseRevision: 0
			})
		);
		const raw = JSON.stringify(await rawRecord('drafts', 'd'));
		expect(raw).toContain('alice');
		expect(raw).not.toMatch(/hunter2|password/i);
	});

	it('refuses a save based on a stale revision and leaves the stored draft alone', async () => {
		must(await saveDraft({ id: 'd', values, stepReached: 0, baseRevision: 0 }));
		// Tab A and tab B both loaded revision 1; A saves first.
		must(
			await saveDraft({
				id: 'd',
				values: { business: { legalName: 'A' } },
				stepReached: 0,
				baseRevision: 1
			})
		);
		const b = await saveDraft({
			id: 'd',
			values: { business: { legalName: 'B' } },
			stepReached: 0,
			baseRevision: 1
		});
		expect(b).toEqual({
			ok: false,
			error: { kind: 'conflict', message: CONFLICT_MESSAGE, theirRevision: 2 }
		});
		expect(must(await loadDraft('d'))).toMatchObject({
			revision: 2,
			values: { business: { legalName: 'A' } }
		});
		// A draft that does not exist yet must be saved from revision 0.
		expect(await saveDraft({ id: 'new', values, stepReached: 0, baseRevision: 3 })).toMatchObject({
			ok: false,
			error: { kind: 'conflict', theirRevision: 0 }
		});
	});

	it('salvages a corrupted draft: valid fields kept, the rest reported, never thrown', async () => {
		must(await saveDraft({ id: 'd', values, stepReached: 2, baseRevision: 0 }));
		const raw = (await rawRecord('drafts', 'd')) as Record<string, unknown>;
		await rawPut('drafts', {
			...raw,
			stepReached: 'two',
			values: { business: { legalName: 'Acme LLC', tin: Number.NaN }, contact: 'garbage' }
		});

		const loaded = await loadDraft('d');
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		expect(loaded.value.values).toEqual({ business: { legalName: 'Acme LLC' } });
		expect(loaded.value.stepReached).toBe(0);
		expect(loaded.value.revision).toBe(1);
		expect(loaded.problems.map((p) => `${p.store}/${p.key}:${p.path}`).sort()).toEqual([
			'drafts/d:stepReached',
			'drafts/d:values.business.tin',
			'drafts/d:values.contact'
		]);

		// Lists carry salvaged records and their problems; a record that cannot be made whole (its
		// id is not even a string) is left out and reported.
		await rawPut('drafts', { id: 'repairable', values: 'x', revision: 'x', updatedAt: 5 });
		await rawPut('drafts', { id: 42 });
		const list = await listDrafts();
		expect(list.ok && list.value.map((d) => d.id).sort()).toEqual(['d', 'repairable']);
		const paths = list.ok ? list.problems.map((p) => `${p.key}:${p.path}`) : [];
		expect(paths).toEqual(
			expect.arrayContaining(['repairable:values', 'repairable:revision', '42:id'])
		);

		// Reading never rewrote anything.
		expect(((await rawRecord('drafts', 'd')) as { stepReached: unknown }).stepReached).toBe('two');
	});

	it('quota: says what was not saved, and the saved draft is unchanged', async () => {
		const saved = must(await saveDraft({ id: 'd', values, stepReached: 1, baseRevision: 0 }));
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const result = await saveDraft({
			id: 'd',
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
		expect(await rawAll('drafts')).toEqual([saved]);
	});
});
