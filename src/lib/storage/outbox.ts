/**
 * The simulated e-mail outbox: messages the portal "sends" (registration confirmation, password
 * reset...), shown by the demo tools instead of being mailed. Each message remembers the browser
 * tab that caused it (`senderTab`): the outbox shows a message's content only there (see
 * `$lib/outbox`), since on a shared computer a reset link is a key to someone's account.
 */
import { transact } from './db';
import { newSortableId, nowIso } from './ids';
import { fail, ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { checkList, isoDate, recordBase, z } from './validate';
import { tabId } from './web-storage';

export const outboxRecordSchema = z.object({
	id: z.string().check(z.minLength(1)),
	...recordBase,
	createdAt: isoDate,
	/** What triggered it, e.g. 'registration-confirmation', 'password-reset'. */
	kind: z.string().check(z.minLength(1)),
	/** Lower-cased addresses. */
	to: z.array(z.string()).check(z.minLength(1)),
	subject: z.string(),
	body: z.string(),
	organizationId: z.optional(z.string()),
	/** The tab that caused the e-mail (web-storage `tabId`); absent when it had none. */
	senderTab: z.optional(z.string()),
	readAt: z.nullable(isoDate)
});
export type OutboxRecord = z.infer<typeof outboxRecordSchema>;

export async function queueEmail(input: {
	kind: string;
	to: string | string[];
	subject: string;
	body: string;
	organizationId?: string;
	/** @default this tab (tabId) */
	senderTab?: string;
}): Promise<Result<OutboxRecord>> {
	const to = (Array.isArray(input.to) ? input.to : [input.to])
		.map((a) => a.trim().toLowerCase())
		.filter(Boolean);
	if (!to.length) return fail('invalid', 'The e-mail has no recipient.');
	const at = nowIso();
	const senderTab = input.senderTab ?? tabId();
	const record: OutboxRecord = {
		id: newSortableId(),
		schemaVersion: RECORD_SCHEMA_VERSION,
		createdAt: at,
		updatedAt: at,
		kind: input.kind,
		to,
		subject: input.subject,
		body: input.body,
		...(input.organizationId !== undefined && { organizationId: input.organizationId }),
		...(senderTab && { senderTab }),
		readAt: null
	};
	return transact('The e-mail was not queued', ['outbox'], 'readwrite', async (tx) => {
		await tx.put('outbox', record);
		return ok(record);
	});
}

/** Queued e-mails, newest first; only those addressed to `to` when given. */
export async function listOutbox(filter: { to?: string } = {}): Promise<Result<OutboxRecord[]>> {
	const to = filter.to?.trim().toLowerCase();
	return transact('The outbox could not be read', ['outbox'], 'readonly', async (tx) => {
		const { records, problems } = checkList(
			outboxRecordSchema,
			await tx.getAll('outbox'),
			'outbox',
			() => ({
				readAt: null
			})
		);
		const shown = to ? records.filter((r) => r.to.includes(to)) : records;
		shown.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
		return ok(shown, problems);
	});
}

export async function markEmailRead(id: string): Promise<Result<void>> {
	return transact('The e-mail was not marked as read', ['outbox'], 'readwrite', async (tx) => {
		const raw = await tx.get('outbox', id);
		const parsed = outboxRecordSchema.safeParse(raw);
		if (!parsed.success) return fail('not-found', 'This e-mail is no longer in the outbox.');
		const at = nowIso();
		await tx.put('outbox', { ...parsed.data, readAt: at, updatedAt: at });
		return ok(undefined);
	});
}

export async function deleteEmail(id: string): Promise<Result<void>> {
	return transact('The e-mail was not deleted', ['outbox'], 'readwrite', async (tx) => {
		await tx.delete('outbox', id);
		return ok(undefined);
	});
}
