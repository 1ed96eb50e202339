/**
 * Suppliers' responses to solicitations: one record per organization and solicitation, holding
 * what is being typed (`draft`, saved as the person types) and what was submitted (`submitted`,
 * with its confirmation number), plus the "Intend to respond" choice.
 */
import { transact } from './db';
import { nowIso } from './ids';
import { fail, ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { checkList, checkRecord, isoDate, recordBase, z } from './validate';
import { documentRefSchema } from './boards';

const responseValuesSchema = z.object({
	price: z.string(),
	statement: z.string(),
	acknowledged: z.array(z.string()),
	certified: z.boolean(),
	/** Response documents (their Blobs are attachments owned by 'response:<id>'). */
	documents: z.optional(z.array(documentRefSchema))
});

export const responseRecordSchema = z.object({
	/** `${solicitationId}:${organizationId}`. */
	id: z.string().check(z.minLength(1)),
	...recordBase,
	createdAt: isoDate,
	solicitationId: z.string().check(z.minLength(1)),
	organizationId: z.string().check(z.minLength(1)),
	organizationName: z.string(),
	/** "Intend to respond": puts the supplier on the addenda list. */
	intends: z.boolean(),
	/** What the form holds now (saved as the person types). */
	draft: responseValuesSchema,
	/** The response as submitted (null before a submit, and after a withdrawal). */
	submitted: z.nullable(
		z.extend(responseValuesSchema, {
			at: isoDate,
			confirmation: z.string(),
			byUserId: z.string(),
			byName: z.string()
		})
	),
	withdrawnAt: z.nullable(isoDate),
	/**
	 * Counts the changes (1 after the first save; absent on records saved before it existed, read
	 * as 0): a tab's save names the revision it last saw, so an older tab is told, not overwriting.
	 */
	revision: z.optional(z.int().check(z.nonnegative()))
});
export type ResponseRecord = z.infer<typeof responseRecordSchema>;
export type ResponseValuesRecord = z.infer<typeof responseValuesSchema>;

export const responseId = (solicitationId: string, organizationId: string) =>
	`${solicitationId}:${organizationId}`;

/** The revision a tab saw (0: no record yet, or one saved before revisions were counted). */
export const revisionOf = (record: ResponseRecord | null | undefined) => record?.revision ?? 0;

/** The owner of a response's documents in the attachments store. */
export const responseOwner = (id: string) => `response:${id}`;

export async function getResponse(id: string): Promise<Result<ResponseRecord | null>> {
	return transact('The response could not be read', ['responses'], 'readonly', async (tx) => {
		const raw = await tx.get('responses', id);
		if (raw === undefined) return ok(null);
		const { record, problems } = checkRecord(responseRecordSchema, raw, {
			store: 'responses',
			key: id
		});
		return record
			? ok(record, problems)
			: fail('invalid', 'This response is damaged.', { problems });
	});
}

/**
 * Changes (or creates) a response in one transaction: `change` gets the stored record (or null)
 * and returns the next one, or a failure that leaves it as it was.
 */
export async function changeResponse(
	id: string,
	change: (
		current: ResponseRecord | null
	) => Result<Omit<ResponseRecord, 'schemaVersion' | 'createdAt' | 'updatedAt' | 'revision'>>
): Promise<Result<ResponseRecord>> {
	return transact('Your response was not saved', ['responses'], 'readwrite', async (tx) => {
		const raw = await tx.get('responses', id);
		const current =
			raw === undefined
				? null
				: checkRecord(responseRecordSchema, raw, { store: 'responses', key: id }).record;
		const next = change(current);
		if (!next.ok) return next;
		const at = nowIso();
		const parsed = responseRecordSchema.safeParse({
			...next.value,
			schemaVersion: RECORD_SCHEMA_VERSION,
			createdAt: current?.createdAt ?? at,
			updatedAt: at,
			revision: revisionOf(current) + 1
		});
		if (!parsed.success) return fail('invalid', 'The response is not valid.');
		// A change that changes nothing is not written: the revision stays, so a tab that holds it
		// is not made out of date (a page's save sent before a reload, landing after the reloaded
		// page's own save of the same answers).
		if (current && unchanged(current, parsed.data)) return ok(current);
		await tx.put('responses', parsed.data);
		return ok(parsed.data);
	});
}

/** The same record but for when it was written and its revision. */
function unchanged(a: ResponseRecord, b: ResponseRecord): boolean {
	const content = (r: ResponseRecord) => JSON.stringify({ ...r, updatedAt: '', revision: 0 });
	return content(a) === content(b);
}

/** Every response to a solicitation (the agency counts them before the due date). */
export async function listResponses(solicitationId: string): Promise<Result<ResponseRecord[]>> {
	return transact('The responses could not be read', ['responses'], 'readonly', async (tx) => {
		const { records, problems } = checkList(
			responseRecordSchema,
			await tx.getAllByIndex('responses', 'solicitationId', solicitationId),
			'responses'
		);
		return ok(records, problems);
	});
}
