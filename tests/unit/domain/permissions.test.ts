import {
	MAIN_CONTACT_ROLE,
	MAIN_CONTACT_ROLES,
	PERMISSIONS,
	can,
	deniedMessage,
	isMainContact,
	permissionLabel,
	userChangeProblem,
	wildcardMatch,
	type RoleHolder
} from '$lib/domain/permissions';

const main: RoleHolder = { id: 'main', roles: [...MAIN_CONTACT_ROLES] };
const manager: RoleHolder = { id: 'manager', roles: ['manage-users', 'respond'] };
const responder: RoleHolder = { id: 'responder', roles: ['respond'] };

describe('can', () => {
	it('needs the role and an active user', () => {
		expect(can(responder, 'respond')).toBe(true);
		expect(can(responder, 'manage-users')).toBe(false);
		expect(can({ ...manager, suspended: true }, 'manage-users')).toBe(false);
		expect(can(null, 'respond')).toBe(false);
		expect(can(undefined, 'respond')).toBe(false);
	});

	it('gives the main contact every permission', () => {
		for (const p of PERMISSIONS) expect(can(main, p.role)).toBe(true);
		expect(isMainContact(main)).toBe(true);
		expect(main.roles).toContain(MAIN_CONTACT_ROLE);
		expect(isMainContact(manager)).toBe(false);
	});

	it('labels permissions and explains a refusal', () => {
		expect(permissionLabel('respond')).toBe('Respond to solicitations');
		expect(permissionLabel('unknown-role')).toBe('unknown-role');
		expect(deniedMessage('manage-users')).toBe(
			"You do not have permission to manage users. Ask your organization's main contact to give you the “Manage users” permission."
		);
	});
});

describe('userChangeProblem', () => {
	it('refuses to delete or suspend the main contact', () => {
		const users = [main, manager, responder];
		expect(userChangeProblem(users, 'main', { kind: 'delete' })).toBe(
			'The main contact cannot be deleted.'
		);
		expect(userChangeProblem(users, 'main', { kind: 'suspend' })).toBe(
			'The main contact cannot be suspended.'
		);
	});

	it('lets the main contact give up "Manage users" while another user has it', () => {
		const users = [main, manager];
		const roles = main.roles.filter((r) => r !== 'manage-users');
		expect(userChangeProblem(users, 'main', { kind: 'roles', roles })).toBeNull();
	});

	it('keeps "Manage users" with the only user who has it', () => {
		const users = [main, responder];
		const roles = main.roles.filter((r) => r !== 'manage-users');
		expect(userChangeProblem(users, 'main', { kind: 'roles', roles })).toBe(
			'“Manage users” cannot be removed: this is the only user who has it.'
		);
	});

	it('does not count a suspended manager as another manager', () => {
		const users = [main, { ...manager, suspended: true }];
		const roles = main.roles.filter((r) => r !== 'manage-users');
		expect(userChangeProblem(users, 'main', { kind: 'roles', roles })).toMatch(/only user/);
	});

	it('refuses to delete or suspend the last manager who is not the main contact', () => {
		// An organization whose main contact gave "Manage users" to someone else.
		const former = { id: 'main', roles: [MAIN_CONTACT_ROLE, 'respond'] };
		const users = [former, manager, responder];
		const last =
			'This is the only user who can manage users; give “Manage users” to another user first.';
		expect(userChangeProblem(users, 'manager', { kind: 'delete' })).toBe(last);
		expect(userChangeProblem(users, 'manager', { kind: 'suspend' })).toBe(last);
	});

	it('lets other users be deleted, suspended and changed', () => {
		const users = [main, manager, responder];
		expect(userChangeProblem(users, 'responder', { kind: 'delete' })).toBeNull();
		expect(userChangeProblem(users, 'responder', { kind: 'suspend' })).toBeNull();
		expect(userChangeProblem(users, 'manager', { kind: 'delete' })).toBeNull();
		expect(
			userChangeProblem(users, 'responder', { kind: 'roles', roles: ['manage-users'] })
		).toBeNull();
	});

	it('refuses changes that would lock the acting user out', () => {
		const users = [main, manager, responder];
		expect(userChangeProblem(users, 'manager', { kind: 'delete' }, 'manager')).toBe(
			'You cannot delete your own user.'
		);
		expect(userChangeProblem(users, 'manager', { kind: 'suspend' }, 'manager')).toBe(
			'You cannot suspend your own user.'
		);
		expect(
			userChangeProblem(users, 'manager', { kind: 'roles', roles: ['respond'] }, 'manager')
		).toMatch(/cannot remove “Manage users” from yourself/);
		// Other permissions of one's own may change.
		expect(
			userChangeProblem(users, 'manager', { kind: 'roles', roles: ['manage-users'] }, 'manager')
		).toBeNull();
	});

	it('reports a user that is not in the list', () => {
		expect(userChangeProblem([main], 'ghost', { kind: 'delete' })).toBe(
			'This user no longer exists.'
		);
	});
});

describe('wildcardMatch', () => {
	it('"j*" matches values that start with j, any case', () => {
		expect(wildcardMatch('j*', 'Jane Doe')).toBe(true);
		expect(wildcardMatch('J*', 'jdoe')).toBe(true);
		expect(wildcardMatch('j*', 'Bob Jones')).toBe(false);
	});

	it('"*doe" matches values that end with doe', () => {
		expect(wildcardMatch('*doe', 'Jane Doe')).toBe(true);
		expect(wildcardMatch('*doe', 'Doe, Jane')).toBe(false);
	});

	it('"*@samplevendor.example" matches the domain, with the dot taken literally', () => {
		expect(wildcardMatch('*@samplevendor.example', 'jane.doe@samplevendor.example')).toBe(true);
		expect(wildcardMatch('*@samplevendor.example', 'jane@samplevendorXexample')).toBe(false);
		expect(wildcardMatch('*@samplevendor.example', 'jane@samplevendor.example.org')).toBe(false);
	});

	it('"*" inside and on both ends', () => {
		expect(wildcardMatch('*bob*', 'bob.builder')).toBe(true);
		expect(wildcardMatch('*bob*', 'Jimbob')).toBe(true);
		expect(wildcardMatch('j*e', 'Jane')).toBe(true);
		expect(wildcardMatch('j*e', 'Janet')).toBe(false);
		expect(wildcardMatch('*', 'anything')).toBe(true);
		expect(wildcardMatch('zzz*', 'jane')).toBe(false);
	});

	it('without a *, matches a plain substring', () => {
		expect(wildcardMatch('doe', 'Jane Doe')).toBe(true);
		expect(wildcardMatch('ane d', 'Jane Doe')).toBe(true);
		expect(wildcardMatch('smith', 'Jane Doe')).toBe(false);
	});

	it('an empty or blank pattern matches everything', () => {
		expect(wildcardMatch('', 'x')).toBe(true);
		expect(wildcardMatch('   ', '')).toBe(true);
		expect(wildcardMatch(' doe ', 'Jane Doe')).toBe(true);
	});

	it('escapes regular-expression characters', () => {
		expect(wildcardMatch('a.c*', 'abc')).toBe(false);
		expect(wildcardMatch('a.c*', 'a.cd')).toBe(true);
		expect(wildcardMatch('(x)+*', '(x)+y')).toBe(true);
		expect(wildcardMatch('(x)+*', 'xx')).toBe(false);
		expect(wildcardMatch('[ab]*', 'a')).toBe(false);
		expect(wildcardMatch('*$?^|\\{1}', 'cost $?^|\\{1}')).toBe(true);
		expect(wildcardMatch('a+b', 'a+b')).toBe(true);
		expect(() => wildcardMatch('*(', 'x')).not.toThrow();
	});
});
