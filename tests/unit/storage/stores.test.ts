import { IDBObjectStore } from 'fake-indexeddb';
import {
	assignDraftAttachments,
	clearEvents,
	createSession,
	deleteAttachment,
	deleteEmail,
	deleteMeta,
	deleteSession,
	deleteSessionsForUser,
	getAttachment,
	getMeta,
	getSession,
	touchSession,
	listAttachments,
	listEvents,
	listOutbox,
	markEmailRead,
	queueEmail,
	recordEvent,
	saveAttachment,
	updateAttachment,
	setMeta
} from '$lib/storage';
import { z } from '$lib/storage/validate';
import { freshStorage, must, rawAll, rawPut, rawRecord } from '@support/storage';

beforeEach(() => {
	freshStorage();
});
afterEach(() => {
	vi.restoreAllMocks();
});

describe('sessions', () => {
	it('creates, reads, ends; an expired session reads as not found and is removed', async () => {
		const s = must(await createSession({ userId: 'u1', organizationId: 'o1' }));
		expect(Date.parse(s.expiresAt) - Date.parse(s.createdAt)).toBe(30 * 60 * 1000);
		expect(must(await getSession(s.id))).toEqual(s);
		must(await deleteSession(s.id));
		expect(await getSession(s.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });

		const expired = must(await createSession({ userId: 'u1', organizationId: 'o1', ttlMs: -1 }));
		expect(await getSession(expired.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
		expect(await rawRecord('sessions', expired.id)).toBeUndefined();

		must(await createSession({ userId: 'u2', organizationId: 'o1' }));
		must(await createSession({ userId: 'u2', organizationId: 'o1' }));
		expect(must(await deleteSessionsForUser('u2'))).toBe(2);
		expect(await rawAll('sessions')).toEqual([]);
	});

	it('activity pushes the end of a session on; an expired one cannot be revived', async () => {
		const s = must(await createSession({ userId: 'u1', organizationId: 'o1', ttlMs: 1000 }));
		const touched = must(await touchSession(s.id));
		expect(Date.parse(touched.expiresAt)).toBeGreaterThan(Date.parse(s.expiresAt));
		expect(Date.parse(touched.expiresAt) - Date.now()).toBeGreaterThan(29 * 60 * 1000);
		const gone = must(await createSession({ userId: 'u1', organizationId: 'o1', ttlMs: -1 }));
		expect(await touchSession(gone.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});

	it('a damaged session ends instead of being trusted', async () => {
		const s = must(await createSession({ userId: 'u1', organizationId: 'o1' }));
		await rawPut('sessions', { ...s, userId: 42 });
		expect(await getSession(s.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});
});

describe('attachments', () => {
	it('moves a file between folders, hides it from the buyer, keeps its bytes', async () => {
		const blob = new Blob([Uint8Array.from([0x25, 0x50, 0x44, 0x46])]);
		const a = must(
			await saveAttachment({
				organizationId: 'o1',
				name: 'coi.pdf',
				blob,
				type: 'application/pdf',
				category: 'other',
				insuranceKind: null,
				visibleToBuyer: true
			})
		);
		expect(a).toMatchObject({ type: 'application/pdf', category: 'other', visibleToBuyer: true });
		const moved = must(
			await updateAttachment(a.id, {
				category: 'insurance',
				insuranceKind: 'certificate',
				visibleToBuyer: false
			})
		);
		expect(moved).toMatchObject({
			category: 'insurance',
			insuranceKind: 'certificate',
			visibleToBuyer: false
		});
		const read = must(await getAttachment(a.id));
		expect(read).toMatchObject({ category: 'insurance', visibleToBuyer: false });
		expect(new Uint8Array(await read.blob.arrayBuffer())).toEqual(
			Uint8Array.from([0x25, 0x50, 0x44, 0x46])
		);
		expect(await updateAttachment('nope', { category: 'w9' })).toMatchObject({
			ok: false,
			error: { kind: 'not-found' }
		});
	});

	it('stores a Blob with its metadata, lists by organization or draft, deletes', async () => {
		const bytes = Uint8Array.from({ length: 300 }, (_, i) => i % 256);
		const blob = new Blob([bytes], { type: 'application/pdf' });
		const a = must(
			await saveAttachment({ organizationId: 'o1', name: 'w9.pdf', blob, category: 'w9' })
		);
		expect(a).toMatchObject({
			name: 'w9.pdf',
			type: 'application/pdf',
			size: 300,
			category: 'w9',
			schemaVersion: 2
		});

		const read = must(await getAttachment(a.id));
		expect(read.blob).toBeInstanceOf(Blob);
		expect(new Uint8Array(await read.blob.arrayBuffer())).toEqual(bytes);

		must(await saveAttachment({ draftId: 'd1', name: 'cert.txt', blob: new Blob(['hello']) }));
		expect(must(await listAttachments({ organizationId: 'o1' })).map((x) => x.name)).toEqual([
			'w9.pdf'
		]);
		expect(must(await listAttachments({ draftId: 'd1' })).map((x) => x.name)).toEqual(['cert.txt']);

		expect(must(await assignDraftAttachments('d1', 'o1'))).toBe(1);
		expect(
			must(await listAttachments({ organizationId: 'o1' }))
				.map((x) => x.name)
				.sort()
		).toEqual(['cert.txt', 'w9.pdf']);
		expect(must(await listAttachments({ draftId: 'd1' }))).toEqual([]);

		must(await deleteAttachment(a.id));
		expect(await getAttachment(a.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});

	it('a full disk: the file is named in the message and nothing is half-written', async () => {
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('quota', 'QuotaExceededError');
		});
		const r = await saveAttachment({
			organizationId: 'o1',
			name: 'big.pdf',
			blob: new Blob(['x'])
		});
		expect(r).toMatchObject({ ok: false, error: { kind: 'quota' } });
		expect(!r.ok && r.error.message).toMatch(
			/^The file “big.pdf” was not saved: browser storage is full/
		);
		vi.restoreAllMocks();
		expect(await rawAll('attachments')).toEqual([]);
	});
});

describe('outbox', () => {
	it('queues e-mails with lower-cased recipients, lists, marks read, deletes', async () => {
		const m = must(
			await queueEmail({
				kind: 'registration-confirmation',
				to: ' Alice@Example.com ',
				subject: 'Welcome to CTsource',
				body: 'Your registration is complete.'
			})
		);
		expect(m).toMatchObject({ to: ['alice@example.com'], readAt: null });
		must(
			await queueEmail({
				kind: 'password-reset',
				to: ['bob@example.com'],
				subject: 'Reset',
				body: '…'
			})
		);
		expect(must(await listOutbox())).toHaveLength(2);
		expect(must(await listOutbox({ to: 'ALICE@example.com' })).map((x) => x.id)).toEqual([m.id]);
		must(await markEmailRead(m.id));
		expect(must(await listOutbox({ to: 'alice@example.com' }))[0]?.readAt).toEqual(
			expect.any(String)
		);
		must(await deleteEmail(m.id));
		expect(must(await listOutbox())).toHaveLength(1);
		expect(await queueEmail({ kind: 'x', to: [], subject: '', body: '' })).toMatchObject({
			ok: false,
			error: { kind: 'invalid' }
		});
	});
});

describe('events', () => {
	it('records study events in order, filters by type, clears; no secrets in data', async () => {
		const first = must(
			await recordEvent({ type: 'step-view', page: '/register/business', participantId: 'P07' })
		);
		must(await recordEvent({ type: 'validation-error', data: { field: 'tin', password: 'oops' } }));
		must(await recordEvent({ type: 'step-view', page: '/register/contact' }));
		expect(first).toMatchObject({ type: 'step-view', participantId: 'P07', data: {} });
		expect(must(await listEvents()).map((e) => e.type)).toEqual([
			'step-view',
			'validation-error',
			'step-view'
		]);
		expect(must(await listEvents({ type: 'validation-error' }))[0]?.data).toEqual({ field: 'tin' });
		expect(must(await listEvents({ type: 'step-view' }))).toHaveLength(2);
		must(await clearEvents());
		expect(must(await listEvents())).toEqual([]);
	});
});

describe('meta', () => {
	const flowSchema = z.object({ skipNigp: z.boolean() });

	it('stores settings, validates them on read, deletes', async () => {
		expect(must(await getMeta('flow', flowSchema))).toBeNull();
		must(await setMeta('flow', { skipNigp: true }));
		expect(must(await getMeta('flow', flowSchema))).toEqual({ skipNigp: true });
		expect(await rawRecord('meta', 'flow')).toMatchObject({
			schemaVersion: 2,
			updatedAt: expect.any(String)
		});

		must(await setMeta('flow', { skipNigp: 'yes' }));
		const bad = await getMeta('flow', flowSchema);
		expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid' } });
		expect(!bad.ok && bad.error.problems?.[0]).toMatchObject({
			store: 'meta',
			key: 'flow',
			path: 'value.skipNigp'
		});

		expect(await setMeta('fn', () => 1)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
		must(await deleteMeta('flow'));
		expect(must(await getMeta('flow', flowSchema))).toBeNull();
	});
});
