/**
 * Accounts: an organization with its users. Registering creates both in one transaction; the
 * records' shapes are in account-records.ts, organizations in organizations.ts, users (and
 * logging in with a username or e-mail) in users.ts. Callers import any of them from here.
 */
import {
	invalidInput,
	newOrganizationSchema,
	newUserSchema,
	normalizeDigits,
	storableOrganizationDetails,
	type NewOrganization,
	type NewUser,
	type OrganizationRecord,
	type UserRecord
} from './account-records';
import { transact } from './db';
import { newId, nowIso } from './ids';
import { fail, ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { buildUser, hashOrFail, takenMessage, usernameTaken } from './users';

export {
	historyEntrySchema,
	organizationRecordSchema,
	userRecordSchema,
	type HistoryEntry,
	type NewOrganization,
	type NewUser,
	type OrganizationPatch,
	type OrganizationRecord,
	type UserPatch,
	type UserRecord
} from './account-records';
export {
	findOrganizationByDuns,
	findOrganizationsByTin,
	getOrganization,
	listOrganizations,
	updateOrganization
} from './organizations';
export {
	AMBIGUOUS_LOGIN_MESSAGE,
	LOGIN_FAILED_MESSAGE,
	addUser,
	deleteUser,
	findUserByLogin,
	getUser,
	isUsernameAvailable,
	listUsers,
	setPassword,
	updateUser
} from './users';

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
		details: storableOrganizationDetails(org.data.details ?? {})
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
