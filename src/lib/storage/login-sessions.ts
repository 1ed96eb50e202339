/**
 * Login sessions. The session id (kept by src/lib/session in Web Storage) points at one of
 * these; an expired session reads as not found and is removed.
 */
import type { Tx } from './backend';
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

/** Said when a session is gone: logged out, timed out, or ended in another tab. */
export const SESSION_ENDED = 'Your session has ended. Log in again.';

/** The channel on which a tab tells the others that sessions ended (logout, reset, suspension). */
export const SESSION_CHANNEL = 'ctsource-sessions';

interface EndedMessage {
	type: 'sessions-ended';
	ids: string[];
}

/** Tells every other tab of this browser that these sessions ended (they sign out at once). */
export function announceSessionsEnded(ids: readonly string[]): void {
	if (ids.length === 0 || typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(SESSION_CHANNEL);
	channel.postMessage({ type: 'sessions-ended', ids: [...ids] } satisfies EndedMessage);
	channel.close();
}

/** Calls `ended` with the ids of sessions another tab ended; returns the unsubscribe. */
export function onSessionsEnded(ended: (ids: string[]) => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(SESSION_CHANNEL);
	channel.onmessage = (event: MessageEvent<unknown>) => {
		const data = event.data as Partial<EndedMessage> | null;
		if (data?.type === 'sessions-ended' && Array.isArray(data.ids)) {
			ended(data.ids.filter((id): id is string => typeof id === 'string'));
		}
	};
	return () => channel.close();
}

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

/**
 * Inside a readwrite transaction on `sessions`: the session if it exists and has not expired, or
 * null; an expired or damaged one is deleted.
 */
async function liveSession(tx: Tx, id: string): Promise<SessionRecord | null> {
	const raw = await tx.get('sessions', id);
	if (raw === undefined) return null;
	// A session is all-or-nothing: a damaged one is not salvaged, it just ends.
	const { record, problems } = checkRecord(sessionRecordSchema, raw, {
		store: 'sessions',
		key: id
	});
	if (!record || problems.length || Date.parse(record.expiresAt) <= Date.now()) {
		await tx.delete('sessions', id);
		return null;
	}
	return record;
}

/** The session if it exists and has not expired; expired and damaged ones are deleted. */
export async function getSession(id: string): Promise<Result<SessionRecord>> {
	// A failed Result rolls the transaction back: "none" is ok(null) so a deletion is kept.
	return transact('Your session could not be read', ['sessions'], 'readwrite', async (tx) =>
		ok(await liveSession(tx, id))
	).then(orEnded);
}

/** ok(null) (no live session) as the "session ended" failure. */
function orEnded(r: Result<SessionRecord | null>): Result<SessionRecord> {
	return r.ok && r.value === null ? fail('not-found', SESSION_ENDED) : (r as Result<SessionRecord>);
}

/**
 * Pushes the end of an active session to `ttlMs` from now (the person did something). A session
 * already past its end is not revived: it reads as not found. One transaction: a session deleted
 * meanwhile (a logout in another tab) is never written back.
 */
export async function touchSession(
	id: string,
	ttlMs = SESSION_TTL_MS
): Promise<Result<SessionRecord>> {
	return transact('Your session could not be extended', ['sessions'], 'readwrite', async (tx) => {
		const current = await liveSession(tx, id);
		if (!current) return ok(null);
		const now = Date.now();
		const record: SessionRecord = {
			...current,
			updatedAt: new Date(now).toISOString(),
			expiresAt: new Date(now + ttlMs).toISOString()
		};
		await tx.put('sessions', record);
		return ok(record);
	}).then(orEnded);
}

/** Ends one session (logout), in every tab that holds it. */
export async function deleteSession(id: string): Promise<Result<void>> {
	const deleted = await transact(
		'You could not be logged out',
		['sessions'],
		'readwrite',
		async (tx) => {
			await tx.delete('sessions', id);
			return ok(undefined);
		}
	);
	if (deleted.ok) announceSessionsEnded([id]);
	return deleted;
}

/**
 * Inside a transaction on `sessions`: deletes every session of a user and returns their ids (the
 * caller announces them with announceSessionsEnded once the transaction has committed).
 */
export async function deleteUserSessionsIn(tx: Tx, userId: string): Promise<string[]> {
	const raws = await tx.getAllByIndex('sessions', 'userId', userId);
	const ids = raws.map((raw) => String((raw as { id?: unknown }).id));
	for (const id of ids) await tx.delete('sessions', id);
	return ids;
}

/** Ends every session of a user (password changed, user suspended), in every open tab. */
export async function deleteSessionsForUser(userId: string): Promise<Result<number>> {
	const deleted = await transact(
		'The sessions were not ended',
		['sessions'],
		'readwrite',
		async (tx) => ok(await deleteUserSessionsIn(tx, userId))
	);
	if (!deleted.ok) return deleted;
	announceSessionsEnded(deleted.value);
	return ok(deleted.value.length);
}
