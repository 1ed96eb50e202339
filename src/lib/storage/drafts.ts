/**
 * Registration drafts: the wizard's values per step, the step reached, a revision number that
 * detects a save from a stale tab, and timestamps. Secrets are stripped before every write, and
 * the values are stored sealed (see draft-seal.ts): only the holder of the draft's key (its
 * resume link) can open them. Drafts are deleted 30 days after their last change.
 */
import { transact } from './db';
import { nowIso } from './ids';
import { fail, ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { seal, sealedSchema, unseal } from './draft-seal';
import { toStorableJson } from './secrets';
import { storageStatus } from './status';
import { checkRecord, isoDate, jsonObject, recordBase, z } from './validate';

/** A draft is deleted this many days after its last change (the wizard says so). */
export const DRAFT_LIFETIME_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A draft as stored: its values sealed, its progress in the clear. */
export const draftRecordSchema = z.object({
	id: z.string().check(z.minLength(1)),
	...recordBase,
	/** Raised by one on every save; a save must name the revision it was based on. */
	revision: z.int().check(z.nonnegative()),
	/** `values[stepSlug][fieldName]` (JSON only, never a password), sealed under the draft's key. */
	sealed: sealedSchema,
	/** Index of the furthest wizard step reached (0-based). */
	stepReached: z.int().check(z.nonnegative()),
	/** Slug of the step the person was on, to resume there. */
	currentStep: z.optional(z.string()),
	createdAt: isoDate
});
export type StoredDraft = z.infer<typeof draftRecordSchema>;

const valuesSchema = z.record(z.string(), jsonObject);
export type DraftValues = z.infer<typeof valuesSchema>;

/** A draft opened with its key. */
export type DraftRecord = Omit<StoredDraft, 'sealed'> & { values: DraftValues };

/** What a damaged draft falls back to for fields that could not be read. */
function draftDefaults(raw: unknown): Partial<StoredDraft> {
	const r = (raw ?? {}) as Record<string, unknown>;
	return {
		id: typeof r.id === 'string' ? r.id : undefined,
		schemaVersion: RECORD_SCHEMA_VERSION,
		revision: 0,
		stepReached: 0,
		updatedAt: new Date(0).toISOString(),
		createdAt: new Date(0).toISOString()
	};
}

export const CONFLICT_MESSAGE =
	'This draft was changed in another tab or window. Reload it to see the newer version, or keep your version to replace it.';

export interface SaveDraftInput {
	id: string;
	/** The draft's key (from its resume link); the values are sealed under it. */
	key: string;
	/** Values per step as the forms hold them; secrets and non-JSON values are dropped. */
	values: Record<string, Record<string, unknown>>;
	stepReached: number;
	currentStep?: string;
	/** The revision the values were loaded from (0 for a new draft). */
	baseRevision: number;
}

/** The revision stored for a raw record, even a damaged one (0 when unreadable). */
function storedRevision(raw: unknown): number {
	const r = (raw ?? {}) as Record<string, unknown>;
	return typeof r.revision === 'number' ? r.revision : 0;
}

/**
 * Saves a draft as revision `baseRevision + 1`. If the stored revision is not `baseRevision`,
 * another tab saved in between: nothing is written and the result is a 'conflict' error carrying
 * `theirRevision`. The read and the write are one transaction, so two tabs cannot both win.
 */
export async function saveDraft(input: SaveDraftInput): Promise<Result<DraftRecord>> {
	const values: DraftValues = {};
	for (const [step, stepValues] of Object.entries(input.values)) {
		values[step] = toStorableJson(stepValues ?? {});
	}
	// Sealed before the transaction: an await on Web Crypto inside it would let it commit early.
	const sealed = await seal(input.key, values);
	if (!sealed.ok) return sealed;
	return transact('Your draft was not saved', ['drafts'], 'readwrite', async (tx) => {
		const existing = await tx.get('drafts', input.id);
		// Memory (IndexedDB unusable, or not answering yet: see fallback.ts) starts empty on every
		// page load, so a draft it has no record of goes on from the revision the tab's copy holds.
		const fresh = existing === undefined && storageStatus.get().mode === 'memory';
		const current = fresh
			? input.baseRevision
			: existing === undefined
				? 0
				: storedRevision(existing);
		if (current !== input.baseRevision) {
			return fail('conflict', CONFLICT_MESSAGE, { theirRevision: current });
		}
		const at = nowIso();
		const createdAt = (existing as { createdAt?: unknown } | undefined)?.createdAt;
		const record: StoredDraft = {
			id: input.id,
			schemaVersion: RECORD_SCHEMA_VERSION,
			revision: current + 1,
			sealed: sealed.value,
			stepReached: input.stepReached,
			...(input.currentStep !== undefined && { currentStep: input.currentStep }),
			createdAt: isoDate.safeParse(createdAt).success ? (createdAt as string) : at,
			updatedAt: at
		};
		await tx.put('drafts', record);
		const { sealed: _sealed, ...open } = record;
		return ok({ ...open, values });
	});
}

export const NO_DRAFT_MESSAGE =
	'There is no saved registration for this link. It may have been submitted, removed, or deleted 30 days after its last change.';

/**
 * A draft opened with its key: salvaged when its progress fields are damaged (see `problems`);
 * 'not-found' when there is none; 'invalid' when the key does not open it.
 */
export async function loadDraft(id: string, key: string): Promise<Result<DraftRecord>> {
	const stored = await transact(
		'Your draft could not be loaded',
		['drafts'],
		'readonly',
		async (tx) => {
			const raw = await tx.get('drafts', id);
			if (raw === undefined || isExpired(raw, Date.now()))
				return fail<StoredDraft>('not-found', NO_DRAFT_MESSAGE);
			const { record, problems } = checkRecord(draftRecordSchema, raw, {
				store: 'drafts',
				key: id,
				defaults: { ...draftDefaults(raw), id }
			});
			if (!record) {
				return fail<StoredDraft>('invalid', 'This saved draft is too damaged to be opened.', {
					problems
				});
			}
			return ok(record, problems);
		}
	);
	if (!stored.ok) return stored;
	const opened = await unseal(key, stored.value.sealed);
	if (!opened.ok) return opened;
	const values = valuesSchema.safeParse(opened.value);
	if (!values.success) return fail('invalid', 'This saved draft is too damaged to be opened.');
	const { sealed: _sealed, ...open } = stored.value;
	return ok({ ...open, values: values.data }, stored.problems);
}

/** Whether a stored record is past its lifetime, or unowned (a draft from before sealing). */
function isExpired(raw: unknown, now: number): boolean {
	const r = (raw ?? {}) as Record<string, unknown>;
	if (!sealedSchema.safeParse(r.sealed).success) return true;
	const changed = typeof r.updatedAt === 'string' ? Date.parse(r.updatedAt) : NaN;
	return !(changed > now - DRAFT_LIFETIME_DAYS * DAY_MS);
}

/**
 * Deletes drafts last changed more than 30 days ago, and drafts stored before drafts were sealed
 * (they hold tax numbers in the clear and no link owns them). Resolves to how many were deleted.
 */
export async function deleteExpiredDrafts(now = Date.now()): Promise<Result<number>> {
	return transact('Old drafts were not removed', ['drafts'], 'readwrite', async (tx) => {
		let removed = 0;
		for (const raw of await tx.getAll('drafts')) {
			const id = (raw as { id?: unknown } | null)?.id;
			if (typeof id === 'string' && isExpired(raw, now)) {
				await tx.delete('drafts', id);
				removed++;
			}
		}
		return ok(removed);
	});
}

/** Ids of every stored draft (to delete them all); their contents stay sealed. */
export async function listDraftIds(): Promise<Result<string[]>> {
	return transact('Your drafts could not be listed', ['drafts'], 'readonly', async (tx) => {
		const ids = (await tx.getAll('drafts'))
			.map((raw) => (raw as { id?: unknown } | null)?.id)
			.filter((id): id is string => typeof id === 'string');
		return ok(ids);
	});
}

export async function deleteDraft(id: string): Promise<Result<void>> {
	return transact('The draft was not deleted', ['drafts'], 'readwrite', async (tx) => {
		await tx.delete('drafts', id);
		return ok(undefined);
	});
}
