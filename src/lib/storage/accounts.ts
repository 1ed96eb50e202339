/**
 * Organizations and their users. Usernames are unique across all organizations ignoring case
 * (checked in the transaction, and enforced by the unique `usernameLower` index); e-mails are
 * stored lower-cased; passwords only as PBKDF2 hashes (password.ts).
 */
import { transact } from './db';
import { newId, nowIso } from './ids';
import {
	canHashPasswords,
	hashPassword,
	needsRehash,
	passwordHashSchema,
	verifyPassword,
	type PasswordHash
} from './password';
import { fail, ok, type Result } from './result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { toStorableJson } from './secrets';
import { checkList, checkRecord, isoDate, jsonObject, recordBase, z } from './validate';
import type { Tx } from './backend';

const digitsOnly = z.string().check(z.regex(/^\d+$/));

/** One saved change to an organization's profile. Values of secret-like fields are not kept. */
export const historyEntrySchema = z.object({
	at: isoDate,
	userId: z.string(),
	/** The user's name at the time, so the entry reads well after the user is deleted. */
	userName: z.string(),
	/** What was edited, e.g. "Edit Main Org Info". */
	section: z.string(),
	/** Labels of the fields that changed. */
	fields: z.array(z.string())
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const organizationRecordSchema = z.object({
	id: z.string().check(z.minLength(1)),
	...recordBase,
	createdAt: isoDate,
	legalName: z.string(),
	/** FEIN or SSN, digits only (formatting is the UI's business); null when not given. */
	tin: z.nullable(digitsOnly),
	/** D-U-N-S number, digits only, or null. */
	duns: z.nullable(digitsOnly),
	/** Everything else the registration collected, as JSON (no secrets). */
	details: jsonObject,
	/** Who changed what and when (My Account), oldest first. Written with the change itself. */
	history: z.optional(z.array(historyEntrySchema))
});
export type OrganizationRecord = z.infer<typeof organizationRecordSchema>;

export const userRecordSchema = z.object({
	id: z.string().check(z.minLength(1)),
	...recordBase,
	createdAt: isoDate,
	organizationId: z.string().check(z.minLength(1)),
	/** As the person typed it, for display. */
	username: z.string().check(z.minLength(1)),
	/** `username.toLowerCase()`, the unique index that makes usernames case-insensitive. */
	usernameLower: z.string().check(z.minLength(1)),
	/** Always lower-case. Several users may share one. */
	email: z.string(),
	firstName: z.string(),
	lastName: z.string(),
	roles: z.array(z.string()),
	password: passwordHashSchema,
	lastLoginAt: z.optional(isoDate),
	/** A suspended user cannot log in (Edit Users → suspend). */
	suspended: z.optional(z.boolean()),
	/** Wrong passwords in a row since the last success or lock. */
	failedLogins: z.optional(z.int().check(z.nonnegative())),
	/** Locked out until then after too many wrong passwords; null or absent when not locked. */
	lockedUntil: z.optional(z.nullable(isoDate)),
	/** When the user accepted the WebProcure Usage Terms and Conditions. */
	termsAcceptedAt: z.optional(isoDate),
	details: jsonObject
});
export type UserRecord = z.infer<typeof userRecordSchema>;

const epoch = new Date(0).toISOString();
const base = { schemaVersion: RECORD_SCHEMA_VERSION, createdAt: epoch, updatedAt: epoch };
const orgDefaults = (): Partial<OrganizationRecord> => ({
	...base,
	legalName: '',
	tin: null,
	duns: null,
	details: {}
});
const userDefaults = (raw: unknown): Partial<UserRecord> => {
	const username = (raw as { username?: unknown } | null)?.username;
	return {
		...base,
		email: '',
		firstName: '',
		lastName: '',
		roles: [],
		details: {},
		...(typeof username === 'string' && { usernameLower: username.toLowerCase() })
	};
};

// ---- inputs ---------------------------------------------------------------------------------

const newOrganizationSchema = z.object({
	legalName: z.string().check(z.trim(), z.minLength(1, 'Enter the legal name')),
	tin: z.nullish(z.string()),
	duns: z.nullish(z.string()),
	details: z.optional(z.record(z.string(), z.unknown()))
});
export type NewOrganization = z.input<typeof newOrganizationSchema>;

const newUserSchema = z.object({
	username: z.string().check(z.trim(), z.minLength(1, 'Enter a username')),
	email: z.string().check(z.trim(), z.includes('@', { message: 'Enter an e-mail address' })),
	firstName: z._default(z.string().check(z.trim()), ''),
	lastName: z._default(z.string().check(z.trim()), ''),
	roles: z._default(z.array(z.string()), []),
	details: z.optional(z.record(z.string(), z.unknown()))
});
export type NewUser = z.input<typeof newUserSchema>;

export type UserPatch = Partial<
	Pick<
		UserRecord,
		| 'username'
		| 'email'
		| 'firstName'
		| 'lastName'
		| 'roles'
		| 'lastLoginAt'
		| 'suspended'
		| 'termsAcceptedAt'
	>
> & { details?: Record<string, unknown>; lockedUntil?: string | null; failedLogins?: number };
export type OrganizationPatch = Partial<Pick<OrganizationRecord, 'legalName'>> & {
	tin?: string | null;
	duns?: string | null;
	details?: Record<string, unknown>;
};

const normalizeDigits = (v: string | null | undefined): string | null =>
	v ? v.replace(/\D/g, '') || null : null;

export const LOGIN_FAILED_MESSAGE =
	'The username or e-mail address, or the password, is not correct.';
export const AMBIGUOUS_LOGIN_MESSAGE =
	'This e-mail address belongs to more than one account. Sign in with your username instead.';
const NO_CRYPTO_MESSAGE =
	'Passwords can only be stored on a secure connection. Open the portal over https or on localhost.';

const takenMessage = (username: string) =>
	`The username “${username}” is already taken. Choose a different username.`;

function invalidInput(error: z.core.$ZodError): Result<never> {
	const problems = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
	return fail('invalid', problems[0]?.message ?? 'Check the details entered.', { problems });
}

async function usernameTaken(tx: Tx, usernameLower: string, exceptId?: string) {
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

async function readOrganization(tx: Tx, id: string) {
	const raw = await tx.get('organizations', id);
	if (raw === undefined) return null;
	return checkRecord(organizationRecordSchema, raw, {
		store: 'organizations',
		key: id,
		defaults: orgDefaults()
	});
}

function buildUser(
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
		details: toStorableJson(input.details ?? {})
	};
}

async function hashOrFail(password: string): Promise<Result<PasswordHash>> {
	if (!password) return fail('invalid', 'Enter a password.');
	if (!canHashPasswords()) return fail('unavailable', NO_CRYPTO_MESSAGE);
	return ok(await hashPassword(password));
}

// ---- accounts -------------------------------------------------------------------------------

/**
 * Registers an organization and its first user in one transaction: both are written or neither.
 * Fails with 'duplicate' when the username is taken (in any organization, in any case).
 */
export async function createAccount(input: {
	organization: NewOrganization;
	user: NewUser;
	password: string;
}): Promise<Result<{ organization: OrganizationRecord; user: UserRecord }>> {
	const org = newOrganizationSchema.safeParse(input.organization);
	if (!org.success) return invalidInput(org.error);
	const user = newUserSchema.safeParse(input.user);
	if (!user.success) return invalidInput(user.error);
	// Hash before the transaction: an IndexedDB transaction commits as soon as we await anything
	// else, and PBKDF2 takes a noticeable moment.
	const hash = await hashOrFail(input.password);
	if (!hash.ok) return hash;

	const at = nowIso();
	const organization: OrganizationRecord = {
		id: newId(),
		schemaVersion: RECORD_SCHEMA_VERSION,
		createdAt: at,
		updatedAt: at,
		legalName: org.data.legalName,
		tin: normalizeDigits(org.data.tin),
		duns: normalizeDigits(org.data.duns),
		details: toStorableJson(org.data.details ?? {})
	};
	const record = buildUser(user.data, organization.id, hash.value);
	return transact(
		'Your registration was not saved',
		['organizations', 'users'],
		'readwrite',
		async (tx) => {
			if (await usernameTaken(tx, record.usernameLower)) {
				return fail('duplicate', takenMessage(record.username));
			}
			await tx.put('organizations', organization);
			await tx.put('users', record);
			return ok({ organization, user: record });
		}
	);
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

let dummyHash: Promise<PasswordHash> | null = null;

/**
 * Login with username or e-mail. Unknown login and wrong password give the same message (and
 * roughly the same time: a dummy hash is checked), so the form does not reveal who has an account.
 * A hash below today's iteration count is upgraded on success.
 */
export async function authenticate(login: string, password: string): Promise<Result<UserRecord>> {
	if (!canHashPasswords()) return fail('unavailable', NO_CRYPTO_MESSAGE);
	const found = await findUserByLogin(login);
	if (!found.ok) return found;
	if (found.value.length === 0) {
		dummyHash ??= hashPassword('no such user');
		await verifyPassword(password, await dummyHash);
		return fail('invalid', LOGIN_FAILED_MESSAGE);
	}
	const matches: UserRecord[] = [];
	for (const user of found.value) {
		if (await verifyPassword(password, user.password)) matches.push(user);
	}
	const [user, ...others] = matches;
	if (!user) return fail('invalid', LOGIN_FAILED_MESSAGE);
	if (others.length) return fail('invalid', AMBIGUOUS_LOGIN_MESSAGE);
	if (needsRehash(user.password)) {
		const upgraded = await setPassword(user.id, password);
		if (upgraded.ok) return ok(upgraded.value);
	}
	return ok(user);
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
		if (patch.details !== undefined) next.details = toStorableJson(patch.details);
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
	return transact('The user was not deleted', ['users', 'sessions'], 'readwrite', async (tx) => {
		if ((await tx.get('users', id)) === undefined) {
			return fail('not-found', 'This user no longer exists.');
		}
		await tx.delete('users', id);
		for (const raw of await tx.getAllByIndex('sessions', 'userId', id)) {
			await tx.delete('sessions', String((raw as { id?: unknown }).id));
		}
		return ok(undefined);
	});
}

// ---- organizations ----------------------------------------------------------------------------

export async function getOrganization(id: string): Promise<Result<OrganizationRecord>> {
	return transact(
		'The organization could not be loaded',
		['organizations'],
		'readonly',
		async (tx) => {
			const checked = await readOrganization(tx, id);
			if (!checked) return fail('not-found', 'This organization no longer exists.');
			if (!checked.record)
				return fail('invalid', 'This organization record is too damaged to be shown.', {
					problems: checked.problems
				});
			return ok(checked.record, checked.problems);
		}
	);
}

/**
 * Changes an organization; with `change`, the history entry is written in the same transaction
 * (no change without its entry, no entry without its change).
 */
export async function updateOrganization(
	id: string,
	patch: OrganizationPatch,
	change?: Omit<HistoryEntry, 'at'>
): Promise<Result<OrganizationRecord>> {
	return transact(
		'Your changes to the organization were not saved',
		['organizations'],
		'readwrite',
		async (tx) => {
			const current = await readOrganization(tx, id);
			if (!current) return fail('not-found', 'This organization no longer exists.');
			if (!current.record)
				return fail('invalid', 'This organization record is damaged.', {
					problems: current.problems
				});
			const next: OrganizationRecord = { ...current.record, updatedAt: nowIso() };
			if (patch.legalName !== undefined) next.legalName = patch.legalName.trim();
			if (patch.tin !== undefined) next.tin = normalizeDigits(patch.tin);
			if (patch.duns !== undefined) next.duns = normalizeDigits(patch.duns);
			if (patch.details !== undefined) next.details = toStorableJson(patch.details);
			if (change) next.history = [...(next.history ?? []), { ...change, at: next.updatedAt }];
			await tx.put('organizations', next);
			return ok(next);
		}
	);
}

export async function listOrganizations(): Promise<Result<OrganizationRecord[]>> {
	return transact(
		'The organizations could not be listed',
		['organizations'],
		'readonly',
		async (tx) => {
			const raws = await tx.getAll('organizations');
			const { records, problems } = checkList(
				organizationRecordSchema,
				raws,
				'organizations',
				orgDefaults
			);
			return ok(records, problems);
		}
	);
}

async function findOrganizationsBy(field: 'tin' | 'duns', value: string) {
	const digits = normalizeDigits(value);
	if (!digits) return ok<OrganizationRecord[]>([]);
	return transact(
		'Could not check for an existing registration',
		['organizations'],
		'readonly',
		async (tx) => {
			const raws = await tx.getAllByIndex('organizations', field, digits);
			const { records, problems } = checkList(
				organizationRecordSchema,
				raws,
				'organizations',
				orgDefaults
			);
			return ok(records, problems);
		}
	);
}

/** Organizations registered with this TIN (any formatting), for the duplicate check. */
export function findOrganizationsByTin(tin: string): Promise<Result<OrganizationRecord[]>> {
	return findOrganizationsBy('tin', tin);
}

/** The organization with this D-U-N-S number, or null. */
export async function findOrganizationByDuns(
	duns: string
): Promise<Result<OrganizationRecord | null>> {
	const found = await findOrganizationsBy('duns', duns);
	return found.ok ? ok(found.value[0] ?? null, found.problems) : found;
}
