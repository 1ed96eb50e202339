/**
 * Usability-study events (page views, validation errors shown, time on step...), kept locally for
 * the researchers' export. Event data is JSON and never holds secrets.
 */
import { transact } from './db';
import { newSortableId, nowIso } from './ids';
import { ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { toStorableJson } from './secrets';
import { checkList, isoDate, jsonObject, recordBase, z } from './validate';

export const eventRecordSchema = z.object({
	id: z.string().check(z.minLength(1)),
	...recordBase,
	createdAt: isoDate,
	/** e.g. 'step-view', 'validation-error', 'draft-saved'. */
	type: z.string().check(z.minLength(1)),
	/** Study participant code, when a study session is running. */
	participantId: z.optional(z.string()),
	/** Route where it happened. */
	page: z.optional(z.string()),
	data: jsonObject
});
export type EventRecord = z.infer<typeof eventRecordSchema>;

export async function recordEvent(input: {
	type: string;
	participantId?: string;
	page?: string;
	data?: Record<string, unknown>;
}): Promise<Result<EventRecord>> {
	const at = nowIso();
	const record: EventRecord = {
		id: newSortableId(),
		schemaVersion: RECORD_SCHEMA_VERSION,
		createdAt: at,
		updatedAt: at,
		type: input.type,
		...(input.participantId !== undefined && { participantId: input.participantId }),
		...(input.page !== undefined && { page: input.page }),
		data: toStorableJson(input.data ?? {})
	};
	return transact('The study event was not recorded', ['events'], 'readwrite', async (tx) => {
		await tx.put('events', record);
		return ok(record);
	});
}

/** Events in the order they happened; only one type when given. */
export async function listEvents(filter: { type?: string } = {}): Promise<Result<EventRecord[]>> {
	return transact('The study events could not be read', ['events'], 'readonly', async (tx) => {
		const raws = filter.type
			? await tx.getAllByIndex('events', 'type', filter.type)
			: await tx.getAll('events');
		const { records, problems } = checkList(eventRecordSchema, raws, 'events', () => ({
			data: {}
		}));
		records.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
		return ok(records, problems);
	});
}

export async function clearEvents(): Promise<Result<void>> {
	return transact('The study events were not cleared', ['events'], 'readwrite', async (tx) => {
		await tx.clear('events');
		return ok(undefined);
	});
}

/** Deletes the events with these ids (a usability-study session deleted by the researcher). */
export async function deleteEvents(ids: readonly string[]): Promise<Result<void>> {
	return transact('The study events were not deleted', ['events'], 'readwrite', async (tx) => {
		for (const id of ids) await tx.delete('events', id);
		return ok(undefined);
	});
}

/**
 * Adds events recorded on another computer (a merged study file), keeping their ids so merging
 * the same file twice adds nothing; an event already here is left as it is.
 */
export async function importEvents(records: readonly EventRecord[]): Promise<Result<number>> {
	return transact('The study events were not merged', ['events'], 'readwrite', async (tx) => {
		let added = 0;
		for (const record of records) {
			if ((await tx.get('events', record.id)) !== undefined) continue;
			await tx.put('events', { ...record, data: toStorableJson(record.data) });
			added++;
		}
		return ok(added);
	});
}
