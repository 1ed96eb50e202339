/**
 * Edit Users: the actions on the organization's users. Each one asks the session first (the
 * signed-in user must hold "Manage users", read fresh from storage) and works only on users of
 * the signed-in user's own organization, whatever id the page was given. The rules about who may
 * be deleted, suspended or lose "Manage users" are userChangeProblem's (domain/permissions.ts).
 */
import {
	PERMISSIONS,
	userChangeProblem,
	wildcardMatch,
	type Permission,
	type UserChange
} from '$lib/domain/permissions';
import {
	addUser,
	deleteUser,
	getUser,
	listUsers,
	updateOrganization,
	updateUser,
	type OrganizationRecord,
	type UserRecord
} from '$lib/storage/accounts';
import { unlockUser } from '$lib/storage/login';
import { type Result } from '$lib/domain/result';
import { deleteSessionsForUser } from '$lib/storage/login-sessions';
import { fail, ok } from '$lib/domain/result';
import { sendPasswordReset } from './password-reset';
import { session } from './session.svelte';
import { displayName, type UserInput } from './user-form';

export const NOT_IN_ORGANIZATION_MESSAGE = 'This user was not found in your organization.';

const PERMISSION_ROLES: readonly string[] = PERMISSIONS.map((p) => p.role);

interface Managing {
	actor: UserRecord;
	organization: OrganizationRecord;
}

/** The signed-in user and organization, when they may manage users. */
async function managing(): Promise<Result<Managing>> {
	const auth = await session.authorize('manage-users');
	return auth.ok ? ok({ actor: auth.value.user, organization: auth.value.organization }) : auth;
}

/** History section of the changes made in Edit Users. */
export const USERS_HISTORY_SECTION = 'Edit Users';

/**
 * Records a change to the organization's users in its history (who changed what, and when), once
 * the change is saved. A history write that fails does not undo the change.
 */
async function recorded<T>(
	m: Managing,
	result: Result<T>,
	what: string | null
): Promise<Result<T>> {
	if (!result.ok || what === null) return result;
	const { actor } = m;
	const entry = await updateOrganization(
		m.organization.id,
		{},
		{
			userId: actor.id,
			userName: `${actor.firstName} ${actor.lastName}`.trim() || actor.username,
			section: USERS_HISTORY_SECTION,
			fields: [what]
		}
	);
	if (entry.ok) session.organization = entry.value;
	return result;
}

/** What a save of the edit page changed, as the history lists it; null when nothing did. */
function savedChange(before: UserRecord, after: UserRecord): string | null {
	const labels: [string, (u: UserRecord) => unknown][] = [
		['First Name', (u) => u.firstName],
		['Last Name', (u) => u.lastName],
		['Email', (u) => u.email],
		['UserName', (u) => u.username],
		['Permissions', (u) => [...u.roles].sort()],
		['Middle Initial, Country and Address', (u) => u.details]
	];
	const changed = labels
		.filter(([, get]) => JSON.stringify(get(before)) !== JSON.stringify(get(after)))
		.map(([label]) => label);
	return changed.length ? `User ${after.username}: ${changed.join(', ')}` : null;
}

/** The user with this id, only when it belongs to `organizationId`. */
async function userIn(organizationId: string, id: string): Promise<Result<UserRecord>> {
	if (!id) return fail('not-found', NOT_IN_ORGANIZATION_MESSAGE);
	const found = await getUser(id);
	if (!found.ok) {
		return found.error.kind === 'not-found'
			? fail('not-found', NOT_IN_ORGANIZATION_MESSAGE)
			: found;
	}
	return found.value.organizationId === organizationId
		? found
		: fail('not-found', NOT_IN_ORGANIZATION_MESSAGE);
}

/** Checks the permission, the organization and the rules for a change to one user. */
async function prepare(
	id: string,
	change?: UserChange | ((target: UserRecord) => UserChange)
): Promise<Result<Managing & { target: UserRecord }>> {
	const auth = await managing();
	if (!auth.ok) return auth;
	const target = await userIn(auth.value.organization.id, id);
	if (!target.ok) return target;
	if (change) {
		const users = await listUsers(auth.value.organization.id);
		if (!users.ok) return users;
		const wanted = typeof change === 'function' ? change(target.value) : change;
		const problem = userChangeProblem(users.value, id, wanted, auth.value.actor.id);
		if (problem) return fail('invalid', problem);
	}
	return ok({ ...auth.value, target: target.value });
}

/** The organization's users, sorted by UserName. */
export async function listOrganizationUsers(): Promise<Result<UserRecord[]>> {
	const auth = await managing();
	if (!auth.ok) return auth;
	const users = await listUsers(auth.value.organization.id);
	if (!users.ok) return users;
	return ok(
		[...users.value].sort((a, b) => a.usernameLower.localeCompare(b.usernameLower)),
		users.problems
	);
}

/** One user of the organization, with all its users (to tell which changes would be refused). */
export async function loadOrganizationUser(
	id: string
): Promise<Result<{ user: UserRecord; users: UserRecord[]; actor: UserRecord }>> {
	const prepared = await prepare(id);
	if (!prepared.ok) return prepared;
	const users = await listUsers(prepared.value.organization.id);
	if (!users.ok) return users;
	return ok({ user: prepared.value.target, users: users.value, actor: prepared.value.actor });
}

/** "New User under {organization}": the password is hashed by addUser and kept nowhere else. */
export async function createOrganizationUser(
	input: UserInput,
	password: string
): Promise<Result<UserRecord>> {
	const auth = await managing();
	if (!auth.ok) return auth;
	const added = await addUser({
		organizationId: auth.value.organization.id,
		user: {
			username: input.username,
			email: input.email,
			firstName: input.firstName,
			lastName: input.lastName,
			roles: [...input.permissions],
			details: input.details
		},
		password
	});
	return recorded(auth.value, added, `Added user ${input.username.trim()}`);
}

/** Roles after a change of permissions: roles that are not permissions (main contact) stay. */
export function rolesWith(
	current: readonly string[],
	permissions: readonly Permission[]
): string[] {
	return [
		...current.filter((r) => !PERMISSION_ROLES.includes(r)),
		...PERMISSION_ROLES.filter((r) => permissions.includes(r as Permission))
	];
}

/** Saves the edit page: details and permissions (refused when the permissions break a rule). */
export async function saveOrganizationUser(
	id: string,
	input: UserInput
): Promise<Result<UserRecord>> {
	const prepared = await prepare(id, (target) => ({
		kind: 'roles',
		roles: rolesWith(target.roles, input.permissions)
	}));
	if (!prepared.ok) return prepared;
	const { target, actor } = prepared.value;
	const saved = await updateUser(id, {
		firstName: input.firstName,
		lastName: input.lastName,
		email: input.email,
		username: input.username,
		roles: rolesWith(target.roles, input.permissions),
		details: { ...target.details, ...input.details }
	});
	if (saved.ok && id === actor.id) await session.refresh();
	return saved.ok ? recorded(prepared.value, saved, savedChange(target, saved.value)) : saved;
}

/** Suspends a user: they cannot log in, and their open sessions end now. */
export async function suspendOrganizationUser(id: string): Promise<Result<UserRecord>> {
	const prepared = await prepare(id, { kind: 'suspend' });
	if (!prepared.ok) return prepared;
	const saved = await updateUser(id, { suspended: true });
	if (!saved.ok) return saved;
	const ended = await deleteSessionsForUser(id);
	return ended.ok
		? recorded(prepared.value, saved, `Suspended user ${saved.value.username}`)
		: ended;
}

export async function unsuspendOrganizationUser(id: string): Promise<Result<UserRecord>> {
	const prepared = await prepare(id);
	if (!prepared.ok) return prepared;
	const saved = await updateUser(id, { suspended: false });
	return recorded(prepared.value, saved, `Unsuspended user ${prepared.value.target.username}`);
}

/** Lifts a lockout after too many wrong passwords. */
export async function unlockOrganizationUser(id: string): Promise<Result<UserRecord>> {
	const prepared = await prepare(id);
	if (!prepared.ok) return prepared;
	const unlocked = await unlockUser(id);
	return recorded(prepared.value, unlocked, `Unlocked user ${prepared.value.target.username}`);
}

/** Deletes a user (and ends their sessions). */
export async function deleteOrganizationUser(id: string): Promise<Result<UserRecord>> {
	const prepared = await prepare(id, { kind: 'delete' });
	if (!prepared.ok) return prepared;
	const deleted = await deleteUser(id);
	if (!deleted.ok) return deleted;
	const { target } = prepared.value;
	return recorded(prepared.value, ok(target), `Deleted user ${target.username}`);
}

/** Sends the user an e-mail with a one-time link (30 minutes) to choose a new password. */
export async function resetOrganizationUserPassword(
	id: string,
	pageUrl?: string
): Promise<Result<UserRecord>> {
	const prepared = await prepare(id);
	if (!prepared.ok) return prepared;
	const { target } = prepared.value;
	const sent = await sendPasswordReset(target, pageUrl);
	if (!sent.ok) return sent;
	return recorded(prepared.value, ok(target), `Sent a password reset to user ${target.username}`);
}

// ---- the list -----------------------------------------------------------------------------------

export interface UserSearch {
	username: string;
	name: string;
	email: string;
}

export const EMPTY_SEARCH: UserSearch = { username: '', name: '', email: '' };

/**
 * The guide's search: every filled field must match its column, `*` standing for any run of
 * characters. A name matches on the full name or on the first or last name alone ("doe*").
 */
export function matchesSearch(user: UserRecord, search: UserSearch): boolean {
	const names = [
		displayName(user),
		`${user.firstName} ${user.lastName}`,
		user.firstName,
		user.lastName
	];
	return (
		wildcardMatch(search.username, user.username) &&
		(!search.name.trim() || names.some((n) => wildcardMatch(search.name, n))) &&
		wildcardMatch(search.email, user.email)
	);
}

export type UserStatus =
	{ kind: 'active' } | { kind: 'suspended' } | { kind: 'locked'; until: string };

export function userStatus(user: UserRecord, now = Date.now()): UserStatus {
	if (user.suspended) return { kind: 'suspended' };
	if (user.lockedUntil && Date.parse(user.lockedUntil) > now) {
		return { kind: 'locked', until: user.lockedUntil };
	}
	return { kind: 'active' };
}

/** "Jun 3, 2026, 2:15 PM" in the person's time zone. */
export function formatDateTime(iso: string): string {
	return new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

export function statusLabel(status: UserStatus): string {
	switch (status.kind) {
		case 'suspended':
			return 'Suspended';
		case 'locked':
			return `Locked until ${formatDateTime(status.until)}`;
		default:
			return 'Active';
	}
}

// ---- a message carried to the next page (e.g. "User bob was added." on the list) ---------------

let flash: string | null = null;

export function setUsersFlash(message: string): void {
	flash = message;
}

/** The message left for this page, once. */
export function takeUsersFlash(): string | null {
	const message = flash;
	flash = null;
	return message;
}
