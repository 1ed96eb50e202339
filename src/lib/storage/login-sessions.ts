/**
 * Login sessions. The session id (kept by src/lib/session in Web Storage) points at one of
 * these; an expired session reads as not found and is removed.
 */
import { transact } from './db';
import { newId } from './ids';
import { fail, ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { checkRecord, isoDate, recordBase, z } from './validate';

export const sessionRecordSchema = z.object({
	id: z.string().check(z.minLength(1)),
	...recordBase,
	createdAt: isoDate,
	userId: z.string().check(z.minLength(1)),
	organizationId: z.string().check(z.minLength(1)),
	expiresAt: isoDate
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** A session ends after 30 minutes without activity (touchSession extends it). */
export const SESSION_TTL_MS = 30 * 60 * 1000;

const NOT_FOUND = 'Your session has ended. Log in again.';

export async function createSession(input: {
	userId: string;
	organizationId: string;
	ttlMs?: number;
}): Promise<Result<SessionRecord>> {
	const now = Date.now();
	const record: SessionRecord = {
		id: newId(),
		schemaVersion: RECORD_SCHEMA_VERSION,
		createdAt: new Date(now).toISOString(),
		updatedAt: new Date(now).toISOString(),
		userId: input.userId,
		organizationId: input.organizationId,
		expiresAt: new Date(now + (input.ttlMs ?? SESSION_TTL_MS)).toISOString()
	};
	return transact('You could not be logged in', ['sessions'], 'readwrite', async (tx) => {
		await tx.put('sessions', record);
		return ok(record);
	});
}

/** The session if it exists and has not expired; expired and damaged ones are deleted. */
export async function getSession(id: string): Promise<Result<SessionRecord>> {
	return transact('Your session could not be read', ['sessions'], 'readwrite', async (tx) => {
		const raw = await tx.get('sessions', id);
		if (raw === undefined) return fail('not-found', NOT_FOUND);
		// A session is all-or-nothing: a damaged one is not salvaged, it just ends.
		const { record, problems } = checkRecord(sessionRecordSchema, raw, {
			store: 'sessions',
			key: id
		});
		if (!record || problems.length || Date.parse(record.expiresAt) <= Date.now()) {
			await tx.delete('sessions', id);
			return ok(null);
		}
		return ok(record);
	}).then((r) =>
		r.ok && r.value === null ? fail('not-found', NOT_FOUND) : (r as Result<SessionRecord>)
	);
}

/** Pushes the end of an active session to `ttlMs` from now (the person did something). */
export async function touchSession(
	id: string,
	ttlMs = SESSION_TTL_MS
): Promise<Result<SessionRecord>> {
	const current = await getSession(id);
	if (!current.ok) return current;
	const now = Date.now();
	const record: SessionRecord = {
		...current.value,
		updatedAt: new Date(now).toISOString(),
		expiresAt: new Date(now + ttlMs).toISOString()
	};
	return transact('Your session could not be extended', ['sessions'], 'readwrite', async (tx) => {
		await tx.put('sessions', record);
		return ok(record);
	});
}

export async function deleteSession(id: string): Promise<Result<void>> {
	return transact('You could not be logged out', ['sessions'], 'readwrite', async (tx) => {
		await tx.delete('sessions', id);
		return ok(undefined);
	});
}

/** Ends every session of a user (password changed, user removed). */
export async function deleteSessionsForUser(userId: string): Promise<Result<number>> {
	return transact('The sessions were not ended', ['sessions'], 'readwrite', async (tx) => {
		const raws = await tx.getAllByIndex('sessions', 'userId', userId);
		for (const raw of raws) await tx.delete('sessions', String((raw as { id?: unknown }).id));
		return ok(raws.length);
	});
}
