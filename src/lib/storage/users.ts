/**
 * Users of an organization. Usernames are unique across all organizations ignoring case
 * (checked in the transaction, and enforced by the unique `usernameLower` index); e-mails are
 * stored lower-cased; passwords only as PBKDF2 hashes (password.ts). Logging in with a username
 * or e-mail address is found here (findUserByLogin); checking a login (lockout, suspension) is
 * only in login.ts (signIn).
 */
import {
	invalidInput,
	newUserSchema,
	storableUserDetails,
	userDefaults,
	userRecordSchema,
	type NewUser,
	type UserPatch,
	type UserRecord
} from './account-records';
import { transact } from './db';
import { announceSessionsEnded, deleteUserSessionsIn } from './login-sessions';
import { newId, nowIso } from './ids';
import { canHashPasswords, hashPassword, type PasswordHash } from './password';
import { fail, ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { checkList, checkRecord, type z } from './validate';
import type { Tx } from './backend';

export const LOGIN_FAILED_MESSAGE =
	'The username or e-mail address, or the password, is not correct.';
export const AMBIGUOUS_LOGIN_MESSAGE =
	'This e-mail address belongs to more than one account. Sign in with your username instead.';
const NO_CRYPTO_MESSAGE =
	'Passwords can only be stored on a secure connection. Open the portal over https or on localhost.';

export const takenMessage = (username: string) =>
	`The username “${username}” is already taken. Choose a different username.`;

export async function usernameTaken(tx: Tx, usernameLower: string, exceptId?: string) {
	const hits = await tx.getAllByIndex('users', 'usernameLower', usernameLower);
	return hits.some((u) => (u as { id?: unknown }).id !== exceptId);
}

async function readUser(tx: Tx, id: string) {
	const raw = await tx.get('users', id);
	if (raw === undefined) return null;
	return checkRecord(userRecordSchema, raw, {
		store: 'users',
		key: id,
		defaults: userDefaults(raw)
	});
}

export function buildUser(
	input: z.output<typeof newUserSchema>,
	organizationId: string,
	password: PasswordHash
): UserRecord {
	const at = nowIso();
	return {
		id: newId(),
		schemaVersion: RECORD_SCHEMA_VERSION,
		createdAt: at,
		updatedAt: at,
		organizationId,
		username: input.username,
		usernameLower: input.username.toLowerCase(),
		email: input.email.toLowerCase(),
		firstName: input.firstName,
		lastName: input.lastName,
		roles: input.roles,
		password,
		details: storableUserDetails(input.details ?? {})
	};
}

export async function hashOrFail(password: string): Promise<Result<PasswordHash>> {
	if (!password) return fail('invalid', 'Enter a password.');
	if (!canHashPasswords()) return fail('unavailable', NO_CRYPTO_MESSAGE);
	return ok(await hashPassword(password));
}

/** Adds a user to an existing organization (My Account → Users). */
export async function addUser(input: {
	organizationId: string;
	user: NewUser;
	password: string;
}): Promise<Result<UserRecord>> {
	const user = newUserSchema.safeParse(input.user);
	if (!user.success) return invalidInput(user.error);
	const hash = await hashOrFail(input.password);
	if (!hash.ok) return hash;
	const record = buildUser(user.data, input.organizationId, hash.value);
	return transact('The user was not saved', ['organizations', 'users'], 'readwrite', async (tx) => {
		if ((await tx.get('organizations', input.organizationId)) === undefined) {
			return fail('not-found', 'The organization no longer exists.');
		}
		if (await usernameTaken(tx, record.usernameLower)) {
			return fail('duplicate', takenMessage(record.username));
		}
		await tx.put('users', record);
		return ok(record);
	});
}

/** True when nobody, in any organization, has this username in any case. */
export async function isUsernameAvailable(username: string): Promise<Result<boolean>> {
	const lower = username.trim().toLowerCase();
	return transact('Could not check the username', ['users'], 'readonly', async (tx) =>
		ok(!(await usernameTaken(tx, lower)))
	);
}

/**
 * Users whose username (any case) or e-mail matches `login`. An e-mail shared by several users
 * returns them all; an empty list means no match.
 */
export async function findUserByLogin(login: string): Promise<Result<UserRecord[]>> {
	const lower = login.trim().toLowerCase();
	if (!lower) return ok([]);
	return transact('Could not look up the account', ['users'], 'readonly', async (tx) => {
		const [byName, byEmail] = [
			await tx.getAllByIndex('users', 'usernameLower', lower),
			await tx.getAllByIndex('users', 'email', lower)
		];
		const unique = new Map<unknown, unknown>();
		for (const raw of [...byName, ...byEmail]) unique.set((raw as { id?: unknown }).id, raw);
		const { records, problems } = checkList(
			userRecordSchema,
			[...unique.values()],
			'users',
			userDefaults
		);
		return ok(records, problems);
	});
}

/** Replaces a user's password (hashing it). */
export async function setPassword(userId: string, password: string): Promise<Result<UserRecord>> {
	const hash = await hashOrFail(password);
	if (!hash.ok) return hash;
	return transact('The new password was not saved', ['users'], 'readwrite', async (tx) => {
		const current = await readUser(tx, userId);
		if (!current) return fail('not-found', 'This user no longer exists.');
		if (!current.record)
			return fail('invalid', 'This user record is damaged.', { problems: current.problems });
		const record: UserRecord = { ...current.record, password: hash.value, updatedAt: nowIso() };
		await tx.put('users', record);
		return ok(record);
	});
}

export async function getUser(id: string): Promise<Result<UserRecord>> {
	return transact('The user could not be loaded', ['users'], 'readonly', async (tx) => {
		const checked = await readUser(tx, id);
		if (!checked) return fail('not-found', 'This user no longer exists.');
		if (!checked.record)
			return fail('invalid', 'This user record is too damaged to be shown.', {
				problems: checked.problems
			});
		return ok(checked.record, checked.problems);
	});
}

/** Changes a user's details; a new username is checked for uniqueness, an e-mail lower-cased. */
export async function updateUser(id: string, patch: UserPatch): Promise<Result<UserRecord>> {
	return transact('Your changes to the user were not saved', ['users'], 'readwrite', async (tx) => {
		const current = await readUser(tx, id);
		if (!current) return fail('not-found', 'This user no longer exists.');
		if (!current.record)
			return fail('invalid', 'This user record is damaged.', { problems: current.problems });
		const next: UserRecord = { ...current.record, updatedAt: nowIso() };
		if (patch.username !== undefined) {
			const username = patch.username.trim();
			if (!username) return fail('invalid', 'Enter a username.');
			next.username = username;
			next.usernameLower = username.toLowerCase();
			if (await usernameTaken(tx, next.usernameLower, id)) {
				return fail('duplicate', takenMessage(username));
			}
		}
		if (patch.email !== undefined) next.email = patch.email.trim().toLowerCase();
		if (patch.firstName !== undefined) next.firstName = patch.firstName;
		if (patch.lastName !== undefined) next.lastName = patch.lastName;
		if (patch.roles !== undefined) next.roles = [...patch.roles];
		if (patch.lastLoginAt !== undefined) next.lastLoginAt = patch.lastLoginAt;
		if (patch.suspended !== undefined) next.suspended = patch.suspended;
		if (patch.termsAcceptedAt !== undefined) next.termsAcceptedAt = patch.termsAcceptedAt;
		if (patch.lockedUntil !== undefined) next.lockedUntil = patch.lockedUntil;
		if (patch.failedLogins !== undefined) next.failedLogins = patch.failedLogins;
		if (patch.details !== undefined) next.details = storableUserDetails(patch.details);
		await tx.put('users', next);
		return ok(next);
	});
}

export async function listUsers(organizationId: string): Promise<Result<UserRecord[]>> {
	return transact('The users could not be listed', ['users'], 'readonly', async (tx) => {
		const raws = await tx.getAllByIndex('users', 'organizationId', organizationId);
		const { records, problems } = checkList(userRecordSchema, raws, 'users', userDefaults);
		return ok(records, problems);
	});
}

/** Removes a user and ends their sessions (the caller checks who may be removed). */
export async function deleteUser(id: string): Promise<Result<void>> {
	const deleted = await transact<string[]>(
		'The user was not deleted',
		['users', 'sessions'],
		'readwrite',
		async (tx) => {
			if ((await tx.get('users', id)) === undefined) {
				return fail('not-found', 'This user no longer exists.');
			}
			await tx.delete('users', id);
			return ok(await deleteUserSessionsIn(tx, id));
		}
	);
	if (!deleted.ok) return deleted;
	announceSessionsEnded(deleted.value);
	return ok(undefined);
}
