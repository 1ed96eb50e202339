/**
 * Who may do what in the supplier portal. Users hold roles; every portal page and action asks
 * `can()` (pages to decide what to show, actions again before they write).
 */

/** The main contact of the organization (registered it; cannot be deleted). */
export const MAIN_CONTACT_ROLE = 'main-contact';

export const PERMISSIONS = [
	{ role: 'receive-notifications', label: 'Receive solicitation notifications' },
	{ role: 'respond', label: 'Respond to solicitations' },
	{ role: 'manage-profile', label: 'Manage organization profile' },
	{ role: 'manage-users', label: 'Manage users' }
] as const;

export type Permission = (typeof PERMISSIONS)[number]['role'];

/** Every role a main contact holds after registration. */
export const MAIN_CONTACT_ROLES: readonly string[] = [
	MAIN_CONTACT_ROLE,
	...PERMISSIONS.map((p) => p.role)
];

export interface RoleHolder {
	id: string;
	roles: readonly string[];
	suspended?: boolean;
}

export function can(user: RoleHolder | null | undefined, permission: Permission): boolean {
	return !!user && !user.suspended && user.roles.includes(permission);
}

export function isMainContact(user: RoleHolder): boolean {
	return user.roles.includes(MAIN_CONTACT_ROLE);
}

export function permissionLabel(role: string): string {
	return PERMISSIONS.find((p) => p.role === role)?.label ?? role;
}

/** What a page says when the signed-in user lacks the permission it needs. */
export function deniedMessage(permission: Permission): string {
	const label = permissionLabel(permission).toLowerCase();
	return `You do not have permission to ${label}. Ask your organization's main contact to give you the “${permissionLabel(permission)}” permission.`;
}

/** A change to one of the organization's users that userChangeProblem can refuse. */
export type UserChange =
	{ kind: 'delete' } | { kind: 'suspend' } | { kind: 'roles'; roles: readonly string[] };

/**
 * Why a change to the organization's users must be refused, or null when it may go ahead:
 * the main contact cannot be deleted or suspended, nobody deletes, suspends or takes “Manage
 * users” from themselves (they would lock themselves out mid-task), and whoever is the last
 * active user with "Manage users" keeps it (otherwise nobody could manage users again).
 * `actorId` is the signed-in user making the change, when known.
 */
export function userChangeProblem(
	users: readonly RoleHolder[],
	targetId: string,
	change: UserChange,
	actorId?: string
): string | null {
	const target = users.find((u) => u.id === targetId);
	if (!target) return 'This user no longer exists.';
	if (change.kind === 'delete' && isMainContact(target)) {
		return 'The main contact cannot be deleted.';
	}
	if (change.kind === 'suspend' && isMainContact(target)) {
		return 'The main contact cannot be suspended.';
	}
	if (actorId === targetId) {
		if (change.kind === 'delete') return 'You cannot delete your own user.';
		if (change.kind === 'suspend') return 'You cannot suspend your own user.';
		if (can(target, 'manage-users') && !change.roles.includes('manage-users')) {
			return 'You cannot remove “Manage users” from yourself: ask another user who manages users.';
		}
	}
	const managersAfter = users.filter((u) => {
		if (u.id !== targetId) return can(u, 'manage-users');
		if (change.kind === 'roles') return !u.suspended && change.roles.includes('manage-users');
		return false;
	});
	if (can(target, 'manage-users') && managersAfter.length === 0) {
		return change.kind === 'roles'
			? `“Manage users” cannot be removed: this is the only user who has it.`
			: `This is the only user who can manage users; give “Manage users” to another user first.`;
	}
	return null;
}

/**
 * The guide's user search: `*` in any field stands for any run of characters; without one, a
 * field matches anywhere (case-insensitive). An empty pattern matches everything.
 */
export function wildcardMatch(pattern: string, value: string): boolean {
	const p = pattern.trim().toLowerCase();
	if (!p) return true;
	const v = value.toLowerCase();
	if (!p.includes('*')) return v.includes(p);
	const escaped = p
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${escaped}$`).test(v);
}
