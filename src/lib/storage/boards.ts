/**
 * The boards: solicitations (the sample ones and those published from the demo controls),
 * statewide contracts, and contractor performance reviews (one per reviewer per contract).
 */
import { transact } from './db';
import { nowIso } from './ids';
import { fail, ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { checkList, checkRecord, isoDate, recordBase, z } from './validate';

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const code = z.string().check(z.regex(/^\d{8}$/));

/** The owner of a solicitation's (and its addenda's) files in the attachments store. */
export const solicitationOwner = (id: string) => `solicitation:${id}`;

/** A file of a solicitation or an addendum: the Blob is in the attachments store (ownerId). */
export const documentRefSchema = z.object({
	id: z.string().check(z.minLength(1)),
	name: z.string(),
	size: z.int().check(z.nonnegative()),
	type: z.string()
});
export type DocumentRef = z.infer<typeof documentRefSchema>;

/** The award of a closed solicitation to one responding supplier, then its finalization. */
export const awardSchema = z.object({
	organizationId: z.string().check(z.minLength(1)),
	organizationName: z.string(),
	responseId: z.string().check(z.minLength(1)),
	awardedAt: isoDate,
	/** The staff member who awarded it. */
	awardedBy: z.string(),
	/** When the agency finalized it (the supplier's readiness complete); null until then. */
	finalizedAt: z.nullable(isoDate),
	/** The Contract Board's contract made on finalization. */
	contractId: z.nullable(z.string())
});
export type AwardRecord = z.infer<typeof awardSchema>;

/** An addendum to an open solicitation (numbered from 1 in publishing order). */
export const addendumSchema = z.object({
	id: z.string().check(z.minLength(1)),
	number: z.int().check(z.positive()),
	text: z.string(),
	publishedAt: isoDate,
	/** The due date it set, when it moved it. */
	dueAt: z.optional(isoDate),
	/** Its document, when one was attached. */
	documents: z.optional(z.array(documentRefSchema))
});
export type Addendum = z.infer<typeof addendumSchema>;

export const solicitationRecordSchema = z
	.object({
		id: z.string().check(z.minLength(1)),
		...recordBase,
		createdAt: isoDate,
		number: z.string().check(z.minLength(1)),
		title: z.string().check(z.minLength(1)),
		agency: z.string().check(z.minLength(1)),
		formal: z.boolean(),
		method: z.string(),
		/** At least one once published (checked below); a draft may have none yet. */
		codes: z.array(code),
		postedAt: isoDate,
		dueAt: isoDate,
		/** 'draft' until the agency publishes it (drafts are not on the Bid Board). */
		status: z.enum(['draft', 'open', 'closed', 'awarded']),
		description: z.string(),
		contact: z.object({
			name: z.string(),
			title: z.string(),
			email: z.string(),
			phone: z.string()
		}),
		/** Invited suppliers of an informal solicitation: organization ids or sample contractor names. */
		invited: z.array(z.string()),
		/** When its notifications went out; null for sample solicitations that were never "sent". */
		publishedAt: z.nullable(isoDate),
		/** Generated sample data (as opposed to published in the demo). */
		sample: z.boolean(),
		/** Addenda, oldest first (absent on records written before addenda existed). */
		addenda: z.optional(z.array(addendumSchema)),
		/** The solicitation's documents (absent on the sample ones). */
		documents: z.optional(z.array(documentRefSchema)),
		/** Titles of its UNSPSC codes as the agency chose them (the sample ones are looked up). */
		codeTitles: z.optional(z.record(z.string(), z.string())),
		/** The award, once made. */
		award: z.optional(awardSchema)
	})
	.check(
		z.refine((s) => s.status === 'draft' || s.codes.length > 0, {
			message: 'A published solicitation needs at least one UNSPSC code',
			path: ['codes']
		})
	);
export type SolicitationRecord = z.infer<typeof solicitationRecordSchema>;

export const contractRecordSchema = z.object({
	id: z.string().check(z.minLength(1)),
	...recordBase,
	createdAt: isoDate,
	number: z.string().check(z.minLength(1)),
	title: z.string().check(z.minLength(1)),
	contractor: z.string().check(z.minLength(1)),
	termStart: isoDay,
	termEnd: isoDay,
	codes: z.array(code),
	usableBy: z.array(z.string()),
	sbeMbe: z.boolean(),
	description: z.string(),
	sample: z.boolean(),
	/** The solicitation whose award made it (absent on the sample contracts). */
	solicitationId: z.optional(z.string())
});
export type ContractRecord = z.infer<typeof contractRecordSchema>;

export const REVIEW_COMMENT_MAX = 1000;

export const reviewRecordSchema = z.object({
	/** `${contractId}:${reviewerId}`: one review per reviewer per contract. */
	id: z.string().check(z.minLength(1)),
	...recordBase,
	createdAt: isoDate,
	contractId: z.string().check(z.minLength(1)),
	reviewerId: z.string().check(z.minLength(1)),
	reviewerName: z.string(),
	rating: z.int().check(z.gte(1), z.lte(5)),
	comment: z.string().check(z.maxLength(REVIEW_COMMENT_MAX))
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

type Stamped<T> = Omit<T, 'schemaVersion' | 'createdAt' | 'updatedAt'>;

function stamp<T extends object>(record: T, createdAt?: string) {
	const at = nowIso();
	return {
		...record,
		schemaVersion: RECORD_SCHEMA_VERSION,
		createdAt: createdAt ?? at,
		updatedAt: at
	};
}

/**
 * Fills the boards with the sample data the first time (or after a wipe): nothing is written
 * when a board already has records, so published solicitations and reviews stay.
 */
export async function ensureBoards(input: {
	solicitations: () => Stamped<SolicitationRecord>[];
	contracts: () => Stamped<ContractRecord>[];
}): Promise<Result<{ solicitations: number; contracts: number }>> {
	return transact(
		'The sample boards could not be prepared',
		['solicitations', 'contracts'],
		'readwrite',
		async (tx) => {
			let s = 0;
			let c = 0;
			if ((await tx.getAll('solicitations')).length === 0) {
				for (const r of input.solicitations()) {
					await tx.put('solicitations', stamp(r));
					s++;
				}
			}
			if ((await tx.getAll('contracts')).length === 0) {
				for (const r of input.contracts()) {
					await tx.put('contracts', stamp(r));
					c++;
				}
			}
			return ok({ solicitations: s, contracts: c });
		}
	);
}

export async function listSolicitations(): Promise<Result<SolicitationRecord[]>> {
	return transact(
		'The solicitations could not be read',
		['solicitations'],
		'readonly',
		async (tx) => {
			const { records, problems } = checkList(
				solicitationRecordSchema,
				await tx.getAll('solicitations'),
				'solicitations'
			);
			return ok(records, problems);
		}
	);
}

export async function getSolicitation(id: string): Promise<Result<SolicitationRecord>> {
	return transact(
		'The solicitation could not be read',
		['solicitations'],
		'readonly',
		async (tx) => {
			const raw = await tx.get('solicitations', id);
			if (raw === undefined) return fail('not-found', 'This solicitation was not found.');
			const { record, problems } = checkRecord(solicitationRecordSchema, raw, {
				store: 'solicitations',
				key: id
			});
			return record
				? ok(record, problems)
				: fail('invalid', 'This solicitation is damaged.', { problems });
		}
	);
}

/** Adds or replaces a solicitation (publishing from the demo controls). */
export async function putSolicitation(
	input: Stamped<SolicitationRecord>
): Promise<Result<SolicitationRecord>> {
	const parsed = solicitationRecordSchema.safeParse(stamp(input));
	if (!parsed.success) {
		return fail('invalid', parsed.error.issues[0]?.message ?? 'The solicitation is not valid.');
	}
	return transact('The solicitation was not saved', ['solicitations'], 'readwrite', async (tx) => {
		const existing = (await tx.get('solicitations', input.id)) as
			{ createdAt?: string } | undefined;
		const record = { ...parsed.data, createdAt: existing?.createdAt ?? parsed.data.createdAt };
		await tx.put('solicitations', record);
		return ok(record);
	});
}

/**
 * Changes a stored solicitation in one transaction: `change` gets it and returns the next record,
 * or a failure that leaves it as it was (a second tab's change in between is seen, not lost).
 */
export async function changeSolicitation(
	id: string,
	change: (current: SolicitationRecord) => Result<Stamped<SolicitationRecord>>
): Promise<Result<SolicitationRecord>> {
	return transact('The solicitation was not saved', ['solicitations'], 'readwrite', async (tx) => {
		const raw = await tx.get('solicitations', id);
		if (raw === undefined) return fail('not-found', 'This solicitation was not found.');
		const { record } = checkRecord(solicitationRecordSchema, raw, {
			store: 'solicitations',
			key: id
		});
		if (!record) return fail('invalid', 'This solicitation is damaged.');
		const next = change(record);
		if (!next.ok) return next;
		const parsed = solicitationRecordSchema.safeParse(stamp(next.value, record.createdAt));
		if (!parsed.success) {
			return fail('invalid', parsed.error.issues[0]?.message ?? 'The solicitation is not valid.');
		}
		await tx.put('solicitations', parsed.data);
		return ok(parsed.data);
	});
}

/** Adds or replaces a contract (an award finalized by the agency). */
export async function putContract(input: Stamped<ContractRecord>): Promise<Result<ContractRecord>> {
	const parsed = contractRecordSchema.safeParse(stamp(input));
	if (!parsed.success) {
		return fail('invalid', parsed.error.issues[0]?.message ?? 'The contract is not valid.');
	}
	return transact('The contract was not saved', ['contracts'], 'readwrite', async (tx) => {
		await tx.put('contracts', parsed.data);
		return ok(parsed.data);
	});
}

export async function listContracts(): Promise<Result<ContractRecord[]>> {
	return transact('The contracts could not be read', ['contracts'], 'readonly', async (tx) => {
		const { records, problems } = checkList(
			contractRecordSchema,
			await tx.getAll('contracts'),
			'contracts'
		);
		return ok(records, problems);
	});
}

export async function getContract(id: string): Promise<Result<ContractRecord>> {
	return transact('The contract could not be read', ['contracts'], 'readonly', async (tx) => {
		const raw = await tx.get('contracts', id);
		if (raw === undefined) return fail('not-found', 'This contract was not found.');
		const { record, problems } = checkRecord(contractRecordSchema, raw, {
			store: 'contracts',
			key: id
		});
		return record
			? ok(record, problems)
			: fail('invalid', 'This contract is damaged.', { problems });
	});
}

/** Saves a reviewer's review of a contract (a second save edits it). */
export async function saveReview(input: {
	contractId: string;
	reviewerId: string;
	reviewerName: string;
	rating: number;
	comment: string;
}): Promise<Result<ReviewRecord>> {
	const id = `${input.contractId}:${input.reviewerId}`;
	const parsed = reviewRecordSchema.safeParse(
		stamp({ ...input, id, comment: input.comment.trim() })
	);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const field = issue?.path[0];
		return fail(
			'invalid',
			field === 'rating'
				? 'Choose a rating from 1 to 5 stars'
				: field === 'comment'
					? `The comment must be ${REVIEW_COMMENT_MAX.toLocaleString('en-US')} characters or fewer`
					: (issue?.message ?? 'The review is not valid.')
		);
	}
	return transact('Your review was not saved', ['reviews'], 'readwrite', async (tx) => {
		const existing = (await tx.get('reviews', id)) as { createdAt?: string } | undefined;
		const record = { ...parsed.data, createdAt: existing?.createdAt ?? parsed.data.createdAt };
		await tx.put('reviews', record);
		return ok(record);
	});
}

/** Reviews of one contract, or every review when no contract is given. */
export async function listReviews(contractId?: string): Promise<Result<ReviewRecord[]>> {
	return transact('The reviews could not be read', ['reviews'], 'readonly', async (tx) => {
		const raws = contractId
			? await tx.getAllByIndex('reviews', 'contractId', contractId)
			: await tx.getAll('reviews');
		const { records, problems } = checkList(reviewRecordSchema, raws, 'reviews');
		return ok(records, problems);
	});
}
