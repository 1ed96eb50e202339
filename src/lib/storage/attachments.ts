/**
 * Uploaded files (W-9, certificates...): the Blob itself plus metadata. During registration a file
 * belongs to a draft; once registered, to the organization.
 */
import { transact } from './db';
import { newId, nowIso } from './ids';
import { fail, ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { checkList, checkRecord, isoDate, recordBase, z } from './validate';

const attachmentFields = {
	id: z.string().check(z.minLength(1)),
	...recordBase,
	createdAt: isoDate,
	organizationId: z.optional(z.string().check(z.minLength(1))),
	draftId: z.optional(z.string().check(z.minLength(1))),
	/**
	 * A solicitation's, an addendum's or a response's file: 'solicitation:<id>', 'response:<id>'.
	 * Found through the ids its owner's record keeps (there is no index on it).
	 */
	ownerId: z.optional(z.string().check(z.minLength(1))),
	/** File name as uploaded. */
	name: z.string(),
	/** MIME type ('' when the browser did not know). */
	type: z.string(),
	/** Size in bytes. */
	size: z.int().check(z.nonnegative()),
	/** Which requirement it answers: the Document Category folder, e.g. 'insurance' or 'w9'. */
	category: z.optional(z.string()),
	/** Insurance documents only: 'declaration', 'certificate' or 'endorsement'. */
	insuranceKind: z.optional(z.nullable(z.string())),
	/** Whether the buyer (State of Connecticut) may see it; absent means yes. */
	visibleToBuyer: z.optional(z.boolean())
};

export const attachmentRecordSchema = z.object({ ...attachmentFields, blob: z.instanceof(Blob) });
export type AttachmentRecord = z.infer<typeof attachmentRecordSchema>;
/** The fields of an attachment without its Blob (what transfer.ts exports beside the base64). */
export const attachmentMetaSchema = z.object(attachmentFields);

/**
 * Some WebKit sessions refuse Blobs in IndexedDB (WebKitGTK's ephemeral automation sessions, as
 * Safari's private windows once did): the put fails. The file's bytes are then stored instead
 * (`{ bytes, type }`, which every engine stores), and every read gives a Blob back.
 */
interface StoredBytes {
	bytes: ArrayBuffer;
	type: string;
}

function isStoredBytes(value: unknown): value is StoredBytes {
	return (
		!!value &&
		typeof value === 'object' &&
		(value as StoredBytes).bytes instanceof ArrayBuffer &&
		typeof (value as StoredBytes).type === 'string'
	);
}

/** A stored attachment with its content as a Blob, however it was stored. */
export function reviveAttachment(raw: unknown): unknown {
	if (!raw || typeof raw !== 'object') return raw;
	const content = (raw as { blob?: unknown }).blob;
	if (!isStoredBytes(content)) return raw;
	return { ...raw, blob: new Blob([content.bytes], { type: content.type }) };
}

export type AttachmentOwner =
	{ organizationId: string } | { draftId: string } | { ownerId: string };

function ownerFields(owner: AttachmentOwner): AttachmentOwner {
	if ('organizationId' in owner) return { organizationId: owner.organizationId };
	if ('draftId' in owner) return { draftId: owner.draftId };
	return { ownerId: owner.ownerId };
}

export async function saveAttachment(
	input: AttachmentOwner & {
		blob: Blob;
		name: string;
		category?: string;
		id?: string;
		insuranceKind?: string | null;
		visibleToBuyer?: boolean;
		/** The file's type when the Blob has none (checked by the caller from the content). */
		type?: string;
	}
): Promise<Result<AttachmentRecord>> {
	const at = nowIso();
	const record: AttachmentRecord = {
		id: input.id ?? newId(),
		schemaVersion: RECORD_SCHEMA_VERSION,
		createdAt: at,
		updatedAt: at,
		...ownerFields(input),
		name: input.name,
		type: input.type ?? input.blob.type,
		size: input.blob.size,
		...(input.category !== undefined && { category: input.category }),
		...(input.insuranceKind !== undefined && { insuranceKind: input.insuranceKind }),
		...(input.visibleToBuyer !== undefined && { visibleToBuyer: input.visibleToBuyer }),
		blob: input.blob
	};
	const put = (stored: unknown) =>
		transact(`The file “${input.name}” was not saved`, ['attachments'], 'readwrite', async (tx) => {
			await tx.put('attachments', stored);
			return ok(record);
		});
	const saved = await put(record);
	if (saved.ok || saved.error.kind === 'quota' || saved.error.kind === 'blocked') return saved;
	// The engine refused the Blob itself (see StoredBytes): store its bytes.
	const bytes: StoredBytes = { bytes: await input.blob.arrayBuffer(), type: record.type };
	const again = await put({ ...record, blob: bytes });
	return again.ok ? again : saved;
}

export async function getAttachment(id: string): Promise<Result<AttachmentRecord>> {
	return transact('The file could not be read', ['attachments'], 'readonly', async (tx) => {
		const raw = await tx.get('attachments', id);
		if (raw === undefined) return fail('not-found', 'This file is no longer stored.');
		// Without its Blob an attachment is useless: no salvage defaults.
		const { record, problems } = checkRecord(attachmentRecordSchema, reviveAttachment(raw), {
			store: 'attachments',
			key: id
		});
		if (!record) return fail('invalid', 'This stored file is damaged.', { problems });
		return ok(record, problems);
	});
}

/** The files of an organization or of a draft, oldest first. */
export async function listAttachments(
	owner: { organizationId: string } | { draftId: string }
): Promise<Result<AttachmentRecord[]>> {
	const [index, key] = Object.entries(ownerFields(owner))[0]!;
	return transact('The files could not be listed', ['attachments'], 'readonly', async (tx) => {
		const raws = (await tx.getAllByIndex('attachments', index, key)).map(reviveAttachment);
		const { records, problems } = checkList(attachmentRecordSchema, raws, 'attachments');
		records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
		return ok(records, problems);
	});
}

export type AttachmentPatch = Partial<
	Pick<AttachmentRecord, 'category' | 'insuranceKind' | 'visibleToBuyer'>
>;

/** Moves a file to another folder, shows or hides it to the buyer, or retags it. */
export async function updateAttachment(
	id: string,
	patch: AttachmentPatch
): Promise<Result<AttachmentRecord>> {
	return transact(
		'Your change to the file was not saved',
		['attachments'],
		'readwrite',
		async (tx) => {
			const raw = await tx.get('attachments', id);
			if (raw === undefined) return fail('not-found', 'This file is no longer stored.');
			const { record, problems } = checkRecord(attachmentRecordSchema, reviveAttachment(raw), {
				store: 'attachments',
				key: id
			});
			if (!record) return fail('invalid', 'This stored file is damaged.', { problems });
			const next: AttachmentRecord = { ...record, ...patch, updatedAt: nowIso() };
			// The content goes back as it was stored (a Blob, or its bytes where Blobs are refused).
			await tx.put('attachments', { ...next, blob: (raw as { blob: unknown }).blob });
			return ok(next);
		}
	);
}

export async function deleteAttachment(id: string): Promise<Result<void>> {
	return transact('The file was not removed', ['attachments'], 'readwrite', async (tx) => {
		await tx.delete('attachments', id);
		return ok(undefined);
	});
}

/** On registration: the draft's files now belong to the new organization. */
export async function assignDraftAttachments(
	draftId: string,
	organizationId: string
): Promise<Result<number>> {
	return transact(
		'The uploaded files were not attached',
		['attachments'],
		'readwrite',
		async (tx) => {
			const raws = await tx.getAllByIndex('attachments', 'draftId', draftId);
			const { records } = checkList(
				attachmentRecordSchema,
				raws.map(reviveAttachment),
				'attachments'
			);
			for (const record of records) {
				const { draftId: _draft, ...rest } = record;
				// The content as it was stored (see StoredBytes).
				const stored = raws.find((r) => (r as { id?: unknown }).id === record.id) as {
					blob: unknown;
				};
				await tx.put('attachments', {
					...rest,
					blob: stored.blob,
					organizationId,
					updatedAt: nowIso()
				});
			}
			return ok(records.length);
		}
	);
}
