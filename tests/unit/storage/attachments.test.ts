import { IDBObjectStore } from 'fake-indexeddb';
import {
	assignDraftAttachments,
	deleteAttachment,
	getAttachment,
	listAttachments,
	saveAttachment,
	updateAttachment
} from '$lib/storage';
import { freshStorage, must, rawAll } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});
afterEach(() => {
	vi.restoreAllMocks();
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

describe('an engine that refuses Blobs in IndexedDB (WebKit ephemeral sessions)', () => {
	it('stores the bytes instead, and every read gives the same file back as a Blob', async () => {
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			value: unknown,
			key?: IDBValidKey
		) {
			if ((value as { blob?: unknown } | null)?.blob instanceof Blob) {
				throw new DOMException('Error preparing Blob/File data to be stored', 'UnknownError');
			}
			return put.call(this, value, key);
		});
		const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xe2, 0xe3]);
		const saved = must(
			await saveAttachment({
				draftId: 'd1',
				name: 'coi.pdf',
				blob: new Blob([bytes], { type: 'application/pdf' }),
				category: 'insurance'
			})
		);
		const [raw] = (await rawAll('attachments')) as { blob: unknown }[];
		expect(raw!.blob).not.toBeInstanceOf(Blob);
		const read = must(await getAttachment(saved.id));
		expect(read.blob).toBeInstanceOf(Blob);
		expect(new Uint8Array(await read.blob.arrayBuffer())).toEqual(bytes);
		expect(read.blob.type).toBe('application/pdf');
		// Changes and the move to the organization keep the content as stored.
		must(await updateAttachment(saved.id, { visibleToBuyer: false }));
		expect(must(await assignDraftAttachments('d1', 'o1'))).toBe(1);
		const [listed] = must(await listAttachments({ organizationId: 'o1' }));
		expect(listed).toMatchObject({ visibleToBuyer: false, size: bytes.length });
		expect(new Uint8Array(await listed!.blob.arrayBuffer())).toEqual(bytes);
	});
});
