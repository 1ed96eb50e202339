import { sampleContracts, sampleSolicitations } from '$lib/domain/boards';
import { IDBObjectStore } from 'fake-indexeddb';
import { ok } from '$lib/domain/result';
import {
	changeResponse,
	createAccount,
	createSession,
	ensureBoards,
	saveReview,
	exportAll,
	getAttachment,
	importAll,
	listDraftIds,
	MAX_IMPORT_BYTES,
	newDraftKey,
	queueEmail,
	recordEvent,
	responseId,
	saveAttachment,
	saveDraft,
	setMeta,
	wipeAll,
	type ExportDocument
} from '$lib/storage';
import { DB_VERSION, STORE_NAMES } from '$lib/storage/schema';
import {
	freshStorage,
	must,
	rawAll,
	rawPut,
	rawRecord,
	type MemoryStorage
} from '../../support/storage';

let local: MemoryStorage;
let session: MemoryStorage;
beforeEach(() => {
	({ local, session } = freshStorage());
});
afterEach(() => {
	vi.restoreAllMocks();
});

/** A PDF (its signature first: imports hold attachments to the upload rules). */
const bytes = Uint8Array.from({ length: 70_000 }, (_, i) =>
	i < 5 ? '%PDF-'.charCodeAt(i) : (i * 7919) % 256
);

async function fill() {
	const { organization, user } = must(
		await createAccount({
			organization: { legalName: 'Acme', tin: '123456789' },
			user: { username: 'Alice', email: 'alice@example.com' },
			password: 'pw'
		})
	);
	must(
		await saveDraft({
			key: newDraftKey(),
			id: 'd1',
			values: { business: { legalName: 'Acme' } },
			stepReached: 1,
			baseRevision: 0
		})
	);
	must(
		await saveAttachment({
			organizationId: organization.id,
			name: 'w9.pdf',
			blob: new Blob([bytes], { type: 'application/pdf' })
		})
	);
	must(
		await queueEmail({ kind: 'welcome', to: 'alice@example.com', subject: 'Hi', body: 'Welcome' })
	);
	must(await recordEvent({ type: 'step-view' }));
	must(await setMeta('flow', { skipNigp: true }));
	must(await createSession({ userId: user.id, organizationId: organization.id }));
	const now = Date.parse('2026-11-22T15:00:00Z');
	const [sol] = sampleSolicitations(now, 1, 1);
	const [con] = sampleContracts(now, 1, 1);
	must(
		await ensureBoards({
			solicitations: () => [{ ...sol!, publishedAt: null, sample: true }],
			contracts: () => [{ ...con!, sample: true }]
		})
	);
	must(
		await saveReview({
			contractId: con!.id,
			reviewerId: 'r1',
			reviewerName: 'Pat Reviewer',
			rating: 4,
			comment: 'On time.'
		})
	);
	const draft = { price: '980', statement: 'We deliver.', acknowledged: [], certified: true };
	must(
		await changeResponse(responseId(sol!.id, organization.id), () =>
			ok({
				id: responseId(sol!.id, organization.id),
				solicitationId: sol!.id,
				organizationId: organization.id,
				organizationName: 'Acme LLC',
				intends: true,
				draft,
				submitted: null,
				withdrawnAt: null
			})
		)
	);
}

async function snapshot() {
	const out: Record<string, unknown[]> = {};
	for (const name of STORE_NAMES) out[name] = await rawAll(name);
	return out;
}

describe('export, wipe, import', () => {
	it('round-trips every store, attachment bytes identical', async () => {
		await fill();
		const before = await snapshot();
		const doc = must(await exportAll());
		expect(doc).toMatchObject({ app: 'ctsource-portal', format: 1, dbVersion: DB_VERSION });
		for (const name of STORE_NAMES) expect(doc.stores[name], name).toHaveLength(1);
		const json = JSON.stringify(doc);
		expect(doc.stores.attachments[0]?.blob).toMatchObject({
			type: 'application/pdf',
			base64: expect.any(String)
		});

		local.setItem('ctsource:draft:d1', '{}');
		session.setItem('ctsource:session', 'x');
		local.setItem('someone-else', 'kept');
		must(await wipeAll());
		for (const name of STORE_NAMES) expect(await rawAll(name), name).toEqual([]);
		expect(local.getItem('ctsource:draft:d1')).toBeNull();
		expect(session.getItem('ctsource:session')).toBeNull();
		expect(local.getItem('someone-else')).toBe('kept');

		const summary = must(await importAll(json));
		expect(summary).toEqual(Object.fromEntries(STORE_NAMES.map((n) => [n, 1])));
		const after = await snapshot();
		const { attachments: a1 = [], ...rest1 } = before;
		const { attachments: a2 = [], ...rest2 } = after;
		expect(rest2).toEqual(rest1);
		const [was, now] = [a1[0] as { id: string }, a2[0] as { id: string }];
		expect({ ...now, blob: null }).toEqual({ ...was, blob: null });
		const restored = must(await getAttachment(now.id));
		expect(new Uint8Array(await restored.blob.arrayBuffer())).toEqual(bytes);
		expect(restored.blob.type).toBe('application/pdf');
	});

	it('never exports a password or a draft in the clear, and reports a damaged record it had to leave out', async () => {
		await fill();
		const raw = (await rawRecord('drafts', 'd1')) as Record<string, unknown>;
		// As if an old version had written a secret into a draft: unsealed, it is left out.
		await rawPut('drafts', { ...raw, values: { account: { password: 'hunter2', username: 'a' } } });
		await rawPut('drafts', { id: 'legacy', values: { account: { password: 'hunter2' } } });
		await rawPut('outbox', { id: 'broken', to: 'nobody' });
		const result = await exportAll();
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(JSON.stringify(result.value)).not.toContain('hunter2');
		expect(JSON.stringify(result.value.stores.drafts)).not.toContain('Acme');
		expect(result.value.stores.outbox).toHaveLength(1);
		expect(result.problems.some((p) => p.store === 'outbox' && p.key === 'broken')).toBe(true);
	});

	it('a bad document changes nothing and says why', async () => {
		await fill();
		const before = await snapshot();
		const good = must(await exportAll());
		const user = good.stores.users[0]!;
		const withIterations = (iterations: number) => ({
			...good,
			stores: { ...good.stores, users: [{ ...user, password: { ...user.password, iterations } }] }
		});
		const cases: [unknown, RegExp][] = [
			['not json {', /not a JSON document/],
			[
				{ ...good, app: 'other' },
				/^The file was not imported: app: this is not a CTsource portal export/
			],
			[{ ...good, dbVersion: 99 }, /dbVersion: the file was made by a newer version/],
			[
				{
					...good,
					stores: { ...good.stores, users: [{ ...good.stores.users[0], usernameLower: 5 }] }
				},
				/stores\.users\[0\]\.usernameLower: Invalid input: expected string, received number/
			],
			[
				{
					...good,
					stores: {
						...good.stores,
						users: [
							good.stores.users[0],
							{ ...good.stores.users[0], id: 'x', username: 'ALICE', usernameLower: 'alice' }
						]
					}
				},
				/stores\.users\[1\]\.username: the same username as stores\.users\[0\]/
			],
			[
				{
					...good,
					stores: { ...good.stores, attachments: [{ ...good.stores.attachments[0]!, size: 1 }] }
				},
				/stores\.attachments\[0\]\.blob\.base64: the file content does not match its size/
			],
			[{ ...good, stores: { ...good.stores, meta: undefined } }, /stores\.meta: Invalid input/],
			// Two records with one id: the last would silently win, and the summary would miscount.
			[
				{
					...good,
					stores: { ...good.stores, drafts: [good.stores.drafts[0], good.stores.drafts[0]] }
				},
				/stores\.drafts\[1\]\.id: the same id as stores\.drafts\[0\]/
			],
			[
				{
					...good,
					stores: {
						...good.stores,
						users: [{ ...good.stores.users[0]!, organizationId: 'nowhere' }]
					}
				},
				/stores\.users\[0\]\.organizationId: names an organization that is not in the file/
			],
			[
				withIterations(1),
				/stores\.users\[0\]\.password\.iterations: must be between 100,000 and 10,000,000/
			],
			[withIterations(50_000_000), /iterations: must be between/],
			[
				{
					...good,
					stores: {
						...good.stores,
						attachments: [{ ...good.stores.attachments[0]!, name: 'script.exe' }]
					}
				},
				/stores\.attachments\[0\]: “script\.exe” was not uploaded: \.exe files are not accepted/
			],
			['x'.repeat(MAX_IMPORT_BYTES + 1), /larger than 50 MB/]
		];
		for (const [input, reason] of cases) {
			const r = await importAll(typeof input === 'string' ? input : JSON.stringify(input));
			expect(r.ok, String(reason)).toBe(false);
			if (r.ok) continue;
			expect(r.error.kind).toBe('invalid');
			expect(r.error.message).toMatch(reason);
			expect(r.error.message).toMatch(/Nothing was changed\.$/);
		}
		expect(await snapshot()).toEqual(before);
	});

	it('a write failing half-way (quota) rolls the whole import back', async () => {
		await fill();
		const doc = must(await exportAll());
		const other: ExportDocument = {
			...doc,
			stores: { ...doc.stores, drafts: [{ ...doc.stores.drafts[0]!, id: 'imported' }] }
		};
		const before = await snapshot();
		let puts = 0;
		const realPut = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args
		) {
			if (++puts > 3) throw new DOMException('quota', 'QuotaExceededError');
			return realPut.apply(this, args);
		});
		const r = await importAll(other);
		expect(r).toMatchObject({ ok: false, error: { kind: 'quota' } });
		vi.restoreAllMocks();
		expect(await snapshot()).toEqual(before);
		expect(must(await listDraftIds())).toEqual(['d1']);
	});
});
