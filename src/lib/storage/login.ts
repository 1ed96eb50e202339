/**
 * Logging in, with the rules of the portal: one message for every wrong username or password,
 * five wrong passwords in a row lock the user for 15 minutes, a suspended user is turned away,
 * and an e-mail address shared by several users asks for the username. Also one-time password
 * reset links (kept as SHA-256 hashes: the link in the e-mail is the only copy of the token).
 */
import {
	AMBIGUOUS_LOGIN_MESSAGE,
	LOGIN_FAILED_MESSAGE,
	findUserByLogin,
	getUser,
	setPassword,
	updateUser,
	type UserRecord
} from './accounts';
import { transact } from './db';
import { bytesToBase64, nowIso } from './ids';
import { canHashPasswords, hashPassword, needsRehash, verifyPassword } from './password';
import { fail, ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { deleteSessionsForUser } from './login-sessions';
import { isoDate, z } from './validate';

/** Wrong passwords in a row that lock a user. */
export const LOCKOUT_THRESHOLD = 5;
/** How long a lock lasts. */
export const LOCKOUT_MS = 15 * 60 * 1000;
/** How long a password reset link works. */
export const RESET_TTL_MS = 30 * 60 * 1000;

export const SUSPENDED_MESSAGE =
	"Your user account is suspended. Contact your organization's main contact to have it restored.";
export const RESET_LINK_INVALID_MESSAGE =
	'This password reset link is not valid: it was already used, has expired (links work for 30 minutes), or was copied incompletely. Use “Trouble Logging In?” to get a new one.';

export type SignInOutcome =
	| { kind: 'ok'; user: UserRecord }
	/** Wrong username or password: the one generic message. */
	| { kind: 'invalid'; message: string }
	/** Several users share the e-mail and the password: ask for the username. */
	| { kind: 'ambiguous'; message: string }
	| { kind: 'locked'; lockedUntil: string }
	| { kind: 'suspended'; message: string }
	| { kind: 'error'; message: string };

const isLocked = (user: UserRecord, now: number) =>
	!!user.lockedUntil && Date.parse(user.lockedUntil) > now;

let dummyHash: ReturnType<typeof hashPassword> | null = null;

/**
 * Checks a login (username or e-mail) and password and applies the lockout. `username` narrows
 * an e-mail shared by several users to one of them.
 */
export async function signIn(input: {
	login: string;
	password: string;
	username?: string;
}): Promise<SignInOutcome> {
	if (!canHashPasswords()) {
		return {
			kind: 'error',
			message:
				'Passwords can only be checked on a secure connection. Open the portal over https or on localhost.'
		};
	}
	const found = await findUserByLogin(input.login);
	if (!found.ok) return { kind: 'error', message: found.error.message };
	const wanted = input.username?.trim().toLowerCase();
	const candidates = wanted ? found.value.filter((u) => u.usernameLower === wanted) : found.value;
	if (!candidates.length || !input.password) {
		// Take about as long as a real check, so timing does not tell who has an account.
		dummyHash ??= hashPassword('no such user');
		await verifyPassword(input.password, await dummyHash);
		return { kind: 'invalid', message: LOGIN_FAILED_MESSAGE };
	}

	const now = Date.now();
	const open = candidates.filter((u) => !isLocked(u, now));
	if (!open.length) {
		const until = candidates.map((u) => u.lockedUntil!).sort()[0]!;
		return { kind: 'locked', lockedUntil: until };
	}
	const matches: UserRecord[] = [];
	for (const user of open) {
		if (await verifyPassword(input.password, user.password)) matches.push(user);
	}

	if (matches.length > 1) return { kind: 'ambiguous', message: AMBIGUOUS_LOGIN_MESSAGE };
	const [user] = matches;
	if (!user) {
		const lockedNow: string[] = [];
		for (const u of open) {
			// A lock that has run out starts the count again.
			const before = u.lockedUntil ? 0 : (u.failedLogins ?? 0);
			const count = before + 1;
			const lock = count >= LOCKOUT_THRESHOLD;
			const lockedUntil = lock ? new Date(now + LOCKOUT_MS).toISOString() : null;
			await updateUser(u.id, { failedLogins: lock ? 0 : count, lockedUntil });
			if (lockedUntil) lockedNow.push(lockedUntil);
		}
		// Every account this login could mean is locked now (one user, or all users sharing the
		// e-mail address): say until when, as the next attempt would.
		return lockedNow.length === open.length
			? { kind: 'locked', lockedUntil: lockedNow.sort()[0]! }
			: { kind: 'invalid', message: LOGIN_FAILED_MESSAGE };
	}
	if (user.suspended) return { kind: 'suspended', message: SUSPENDED_MESSAGE };

	if (needsRehash(user.password)) await setPassword(user.id, input.password);
	const updated = await updateUser(user.id, {
		failedLogins: 0,
		lockedUntil: null,
		lastLoginAt: nowIso()
	});
	return { kind: 'ok', user: updated.ok ? updated.value : user };
}

/** Lifts a lockout (Edit Users → Unlock, or a completed password reset). */
export function unlockUser(userId: string): Promise<Result<UserRecord>> {
	return updateUser(userId, { failedLogins: 0, lockedUntil: null });
}

/** Records that the user accepted the WebProcure Usage Terms and Conditions now. */
export function acceptTerms(userId: string): Promise<Result<UserRecord>> {
	return updateUser(userId, { termsAcceptedAt: nowIso() });
}

// ---- password reset links ----------------------------------------------------------------------

const resetRecordSchema = z.object({
	key: z.string(),
	schemaVersion: z.number(),
	updatedAt: isoDate,
	value: z.object({ userId: z.string(), expiresAt: isoDate, usedAt: z.nullable(isoDate) })
});

const RESET_PREFIX = 'password-reset:';

async function tokenKey(token: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
	return RESET_PREFIX + bytesToBase64(new Uint8Array(digest));
}

function newToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(32));
	return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A one-time reset token for the user, valid for 30 minutes. Only its hash is stored; the caller
 * puts the token in the e-mail's link.
 */
export async function createResetToken(userId: string): Promise<Result<string>> {
	const token = newToken();
	const key = await tokenKey(token);
	const at = Date.now();
	const record = {
		key,
		schemaVersion: RECORD_SCHEMA_VERSION,
		updatedAt: new Date(at).toISOString(),
		value: { userId, expiresAt: new Date(at + RESET_TTL_MS).toISOString(), usedAt: null }
	};
	return transact('The reset link was not created', ['meta'], 'readwrite', async (tx) => {
		await tx.put('meta', record);
		return ok(token);
	});
}

async function readToken(token: string) {
	if (!token) return null;
	const key = await tokenKey(token);
	const raw = await transact('The reset link could not be read', ['meta'], 'readonly', async (tx) =>
		ok(await tx.get('meta', key))
	);
	if (!raw.ok) return null;
	const parsed = resetRecordSchema.safeParse(raw.value);
	if (!parsed.success) return null;
	const { value } = parsed.data;
	if (value.usedAt || Date.parse(value.expiresAt) <= Date.now()) return null;
	return parsed.data;
}

/** The user a reset link is for, while it is unused and unexpired. */
export async function checkResetToken(token: string): Promise<Result<UserRecord>> {
	const record = await readToken(token);
	if (!record) return fail('not-found', RESET_LINK_INVALID_MESSAGE);
	const user = await getUser(record.value.userId);
	return user.ok ? user : fail('not-found', RESET_LINK_INVALID_MESSAGE);
}

/**
 * Sets the new password with a reset link, once: the link is spent, the user unlocked, and their
 * other sessions ended. The caller has checked the password policy.
 */
export async function resetPasswordWithToken(
	token: string,
	password: string
): Promise<Result<UserRecord>> {
	const record = await readToken(token);
	if (!record) return fail('not-found', RESET_LINK_INVALID_MESSAGE);
	// Spend the link first: a second tab submitting the same link now fails.
	const spent = await transact(
		'The new password was not saved',
		['meta'],
		'readwrite',
		async (tx) => {
			const again = resetRecordSchema.safeParse(await tx.get('meta', record.key));
			if (!again.success || again.data.value.usedAt)
				return fail('not-found', RESET_LINK_INVALID_MESSAGE);
			await tx.put('meta', { ...again.data, value: { ...again.data.value, usedAt: nowIso() } });
			return ok(undefined);
		}
	);
	if (!spent.ok) return spent;
	const saved = await setPassword(record.value.userId, password);
	if (!saved.ok) return saved;
	await deleteSessionsForUser(record.value.userId);
	return unlockUser(record.value.userId);
}
