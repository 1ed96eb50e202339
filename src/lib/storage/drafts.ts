/**
 * Registration drafts: the wizard's values per step, the step reached, a revision number that
 * detects a save from a stale tab, and timestamps. Secrets are stripped before every write.
 */
import { transact } from './db';
import { nowIso } from './ids';
import { fail, ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { toStorableJson } from './secrets';
import { checkList, checkRecord, isoDate, jsonObject, recordBase, z } from './validate';

export const draftRecordSchema = z.object({
	id: z.string().check(z.minLength(1)),
	...recordBase,
	/** Raised by one on every save; a save must name the revision it was based on. */
	revision: z.int().check(z.nonnegative()),
	/** `values[stepSlug][fieldName]`, JSON only, never a password. */
	values: z.record(z.string(), jsonObject),
	/** Index of the furthest wizard step reached (0-based). */
	stepReached: z.int().check(z.nonnegative()),
	/** Slug of the step the person was on, to resume there. */
	currentStep: z.optional(z.string()),
	createdAt: isoDate
});
export type DraftRecord = z.infer<typeof draftRecordSchema>;
export type DraftValues = DraftRecord['values'];

/** What a damaged draft falls back to for fields that could not be read. */
function draftDefaults(raw: unknown): Partial<DraftRecord> {
	const r = (raw ?? {}) as Record<string, unknown>;
	return {
		id: typeof r.id === 'string' ? r.id : undefined,
		schemaVersion: RECORD_SCHEMA_VERSION,
		revision: 0,
		values: {},
		stepReached: 0,
		updatedAt: new Date(0).toISOString(),
		createdAt: new Date(0).toISOString()
	};
}

export const CONFLICT_MESSAGE =
	'This draft was changed in another tab or window. Reload it to see the newer version, or keep your version to replace it.';

export interface SaveDraftInput {
	id: string;
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
	return transact('Your draft was not saved', ['drafts'], 'readwrite', async (tx) => {
		const existing = await tx.get('drafts', input.id);
		const current = existing === undefined ? 0 : storedRevision(existing);
		if (current !== input.baseRevision) {
			return fail('conflict', CONFLICT_MESSAGE, { theirRevision: current });
		}
		const at = nowIso();
		const createdAt = (existing as { createdAt?: unknown } | undefined)?.createdAt;
		const record: DraftRecord = {
			id: input.id,
			schemaVersion: RECORD_SCHEMA_VERSION,
			revision: current + 1,
			values,
			stepReached: input.stepReached,
			...(input.currentStep !== undefined && { currentStep: input.currentStep }),
			createdAt: isoDate.safeParse(createdAt).success ? (createdAt as string) : at,
			updatedAt: at
		};
		await tx.put('drafts', record);
		return ok(record);
	});
}

/** A draft, salvaged when damaged (see `problems`); 'not-found' when there is none. */
export async function loadDraft(id: string): Promise<Result<DraftRecord>> {
	return transact('Your draft could not be loaded', ['drafts'], 'readonly', async (tx) => {
		const raw = await tx.get('drafts', id);
		if (raw === undefined) return fail('not-found', 'There is no saved draft with this link.');
		const { record, problems } = checkRecord(draftRecordSchema, raw, {
			store: 'drafts',
			key: id,
			defaults: { ...draftDefaults(raw), id }
		});
		if (!record) {
			return fail('invalid', 'This saved draft is too damaged to be opened.', { problems });
		}
		return ok(record, problems);
	});
}

/** All drafts, most recently changed first. */
export async function listDrafts(): Promise<Result<DraftRecord[]>> {
	return transact('Your drafts could not be listed', ['drafts'], 'readonly', async (tx) => {
		const { records, problems } = checkList(
			draftRecordSchema,
			await tx.getAll('drafts'),
			'drafts',
			draftDefaults
		);
		records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
		return ok(records, problems);
	});
}

export async function deleteDraft(id: string): Promise<Result<void>> {
	return transact('The draft was not deleted', ['drafts'], 'readwrite', async (tx) => {
		await tx.delete('drafts', id);
		return ok(undefined);
	});
}
