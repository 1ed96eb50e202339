import { MAIN_CONTACT_ROLES } from '$lib/domain/permissions';
import { session } from '$lib/portal/session.svelte';
import { emptyUserForm, userInput, type UserFormValues } from '$lib/portal/user-form';
import {
	NOT_IN_ORGANIZATION_MESSAGE,
	createOrganizationUser,
	deleteOrganizationUser,
	listOrganizationUsers,
	loadOrganizationUser,
	matchesSearch,
	resetOrganizationUserPassword,
	rolesWith,
	saveOrganizationUser,
	statusLabel,
	suspendOrganizationUser,
	takeUsersFlash,
	setUsersFlash,
	unlockOrganizationUser,
	unsuspendOrganizationUser,
	userStatus
} from '$lib/portal/users';
import {
	addUser,
	createAccount,
	createSession,
	getOrganization,
	getSession,
	getUser,
	listOutbox,
	listUsers,
	updateUser,
	type UserRecord
} from '$lib/storage';
import { rawAll, freshStorage, must } from '../../support/storage';

const PASSWORD = 'Harbor!2026x';

beforeEach(async () => {
	freshStorage();
	await session.end('logout');
});

async function organization(name: string, username: string) {
	return must(
		await createAccount({
			organization: { legalName: name },
			user: {
				username,
				email: `${username}@example.com`,
				firstName: 'Jane',
				lastName: 'Doe',
				roles: [...MAIN_CONTACT_ROLES]
			},
			password: PASSWORD
		})
	);
}

function form(overrides: Partial<UserFormValues> = {}): UserFormValues {
	return {
		...emptyUserForm(),
		firstName: 'Bob',
		middleInitial: 'q',
		lastName: 'Builder',
		address1: '1 Main Street',
		city: 'Hartford',
		state: 'CT',
		postalCode: '06103',
		email: 'Bob@Example.com',
		username: 'bob.builder',
		password: PASSWORD,
		confirmPassword: PASSWORD,
		permissions: ['respond'],
		...overrides
	};
}

async function signedInMainContact() {
	const account = await organization('Sample Vendor LLC', 'janedoe');
	must(await session.start(account.user));
	return account;
}

describe('Edit Users actions', () => {
	it('adds a user to the signed-in organization with details and only the hash', async () => {
		const { organization: org } = await signedInMainContact();
		const added = must(await createOrganizationUser(userInput(form()), PASSWORD));
		expect(added).toMatchObject({
			organizationId: org.id,
			username: 'bob.builder',
			email: 'bob@example.com',
			roles: ['respond'],
			details: {
				middleInitial: 'Q',
				country: 'United States',
				address: { address1: '1 Main Street', city: 'Hartford', state: 'CT', postalCode: '06103' }
			}
		});
		// The plain password is stored nowhere.
		const everything = JSON.stringify(await rawAll('users'));
		expect(everything).not.toContain(PASSWORD);
		const names = must(await listOrganizationUsers()).map((u) => u.username);
		expect(names).toEqual(['bob.builder', 'janedoe']);
	});

	it('records each change in the organization history; a save that changes nothing records none', async () => {
		const { organization: org } = await signedInMainContact();
		const bob = must(await createOrganizationUser(userInput(form()), PASSWORD));
		must(await saveOrganizationUser(bob.id, userInput(form({ firstName: 'Robert' }))));
		must(await saveOrganizationUser(bob.id, userInput(form({ firstName: 'Robert' }))));
		must(await suspendOrganizationUser(bob.id));
		const history = must(await getOrganization(org.id)).history ?? [];
		expect(history.map((h) => [h.userName, h.section, h.fields])).toEqual([
			['Jane Doe', 'Edit Users', ['Added user bob.builder']],
			['Jane Doe', 'Edit Users', ['User bob.builder: First Name']],
			['Jane Doe', 'Edit Users', ['Suspended user bob.builder']]
		]);
		expect(session.organization?.history).toHaveLength(3);
	});

	it('checks the permission before writing anything', async () => {
		const { organization: org } = await organization('Sample Vendor LLC', 'janedoe');
		const responder = must(
			await addUser({
				organizationId: org.id,
				user: { username: 'resp1', email: 'r@example.com', roles: ['respond'] },
				password: PASSWORD
			})
		);
		must(await session.start(responder));
		const refused = await createOrganizationUser(userInput(form()), PASSWORD);
		expect(refused).toMatchObject({ ok: false });
		if (!refused.ok) expect(refused.error.message).toMatch(/permission to manage users/);
		expect(must(await listUsers(org.id))).toHaveLength(2);
		expect(await listOrganizationUsers()).toMatchObject({ ok: false });
		expect(await deleteOrganizationUser(responder.id)).toMatchObject({ ok: false });
	});

	it('refuses a signed-out caller', async () => {
		await organization('Sample Vendor LLC', 'janedoe');
		expect(await createOrganizationUser(userInput(form()), PASSWORD)).toMatchObject({
			ok: false,
			error: { message: 'Your session has ended. Log in again.' }
		});
	});

	it('never touches a user of another organization, whatever the id', async () => {
		const other = await organization('Other Co', 'otherboss');
		await signedInMainContact();
		const id = other.user.id;
		for (const result of [
			await loadOrganizationUser(id),
			await saveOrganizationUser(id, userInput(form({ username: 'otherboss' }))),
			await suspendOrganizationUser(id),
			await unsuspendOrganizationUser(id),
			await unlockOrganizationUser(id),
			await deleteOrganizationUser(id),
			await resetOrganizationUserPassword(id, 'http://localhost/login/reset'),
			await loadOrganizationUser('no-such-id'),
			await loadOrganizationUser('')
		]) {
			expect(result).toMatchObject({ ok: false, error: { message: NOT_IN_ORGANIZATION_MESSAGE } });
		}
		const untouched = must(await getUser(id));
		expect(untouched.suspended).toBeUndefined();
		expect(must(await listOutbox())).toHaveLength(0);
	});

	it('suspends a user and ends their sessions; unsuspends', async () => {
		await signedInMainContact();
		const bob = must(await createOrganizationUser(userInput(form()), PASSWORD));
		const bobSession = must(
			await createSession({ userId: bob.id, organizationId: bob.organizationId })
		);
		const suspended = must(await suspendOrganizationUser(bob.id));
		expect(suspended.suspended).toBe(true);
		expect(await getSession(bobSession.id)).toMatchObject({ ok: false });
		expect(statusLabel(userStatus(suspended))).toBe('Suspended');
		expect(must(await unsuspendOrganizationUser(bob.id)).suspended).toBe(false);
	});

	it('refuses to delete or suspend the main contact, and to take the last "Manage users"', async () => {
		const { user: jane } = await signedInMainContact();
		expect(await deleteOrganizationUser(jane.id)).toMatchObject({
			ok: false,
			error: { message: 'The main contact cannot be deleted.' }
		});
		expect(await suspendOrganizationUser(jane.id)).toMatchObject({
			ok: false,
			error: { message: 'The main contact cannot be suspended.' }
		});
		const values = userInput(form({ username: jane.username, permissions: ['respond'] }));
		expect(await saveOrganizationUser(jane.id, values)).toMatchObject({ ok: false });
		expect(must(await getUser(jane.id)).roles).toContain('manage-users');
	});

	it('saves details and permissions, keeping the main-contact role', async () => {
		const { user: jane } = await signedInMainContact();
		const bob = must(await createOrganizationUser(userInput(form()), PASSWORD));
		// Jane hands "Manage users" to Bob too; then she may give it up... except to herself.
		must(
			await saveOrganizationUser(
				bob.id,
				userInput(form({ permissions: ['respond', 'manage-users'], lastName: 'Bilder' }))
			)
		);
		const saved = must(await getUser(bob.id));
		expect(saved.lastName).toBe('Bilder');
		expect(saved.roles).toEqual(['respond', 'manage-users']);

		const janeForm = userInput(
			form({ username: jane.username, firstName: 'Janet', permissions: ['respond'] })
		);
		expect(await saveOrganizationUser(jane.id, janeForm)).toMatchObject({ ok: false });
		const withManage = userInput(
			form({ username: jane.username, firstName: 'Janet', permissions: ['manage-users'] })
		);
		const janet = must(await saveOrganizationUser(jane.id, withManage));
		expect(janet.roles).toEqual(['main-contact', 'manage-users']);
		expect(session.user?.firstName).toBe('Janet');
	});

	it('refuses a UserName taken in any organization', async () => {
		await organization('Other Co', 'otherboss');
		await signedInMainContact();
		const result = await createOrganizationUser(
			userInput(form({ username: 'OtherBoss' })),
			PASSWORD
		);
		expect(result).toMatchObject({ ok: false, error: { kind: 'duplicate' } });
	});

	it('deletes a user', async () => {
		await signedInMainContact();
		const bob = must(await createOrganizationUser(userInput(form()), PASSWORD));
		expect(must(await deleteOrganizationUser(bob.id)).username).toBe('bob.builder');
		expect(await getUser(bob.id)).toMatchObject({ ok: false });
	});

	it('unlocks a locked user', async () => {
		await signedInMainContact();
		const bob = must(await createOrganizationUser(userInput(form()), PASSWORD));
		const until = new Date(Date.now() + 60_000).toISOString();
		const locked = must(await updateUser(bob.id, { lockedUntil: until, failedLogins: 0 }));
		expect(userStatus(locked)).toEqual({ kind: 'locked', until });
		expect(statusLabel(userStatus(locked))).toMatch(/^Locked until /);
		const open = must(await unlockOrganizationUser(bob.id));
		expect(userStatus(open)).toEqual({ kind: 'active' });
	});

	it('e-mails a one-time reset link', async () => {
		await signedInMainContact();
		const bob = must(await createOrganizationUser(userInput(form()), PASSWORD));
		must(await resetOrganizationUserPassword(bob.id, 'https://portal.example/login/reset'));
		const [mail] = must(await listOutbox({ to: 'bob@example.com' }));
		expect(mail).toMatchObject({ kind: 'password-reset' });
		expect(mail!.body).toMatch(/https:\/\/portal\.example\/login\/reset\?token=\S+/);
		expect(mail!.body).toMatch(/30 minutes/);
	});
});

describe('the list', () => {
	const user = (over: Partial<UserRecord>) =>
		({
			username: 'bob.builder',
			firstName: 'Bob',
			lastName: 'Builder',
			email: 'bob@samplevendor.example',
			details: { middleInitial: 'Q' },
			...over
		}) as UserRecord;

	it('matches every filled field, with * as a wildcard', () => {
		const bob = user({});
		const search = (s: Partial<{ username: string; name: string; email: string }>) =>
			matchesSearch(bob, { username: '', name: '', email: '', ...s });
		expect(search({})).toBe(true);
		expect(search({ username: '*bob*' })).toBe(true);
		expect(search({ username: 'zzz*' })).toBe(false);
		expect(search({ name: 'b*' })).toBe(true);
		expect(search({ name: 'builder*' })).toBe(true);
		expect(search({ name: '*q. builder' })).toBe(true);
		expect(search({ email: '*@samplevendor.example' })).toBe(true);
		expect(search({ email: '*@samplevendor.example', username: 'jane*' })).toBe(false);
	});

	it('a lock that has run out shows Active', () => {
		const past = new Date(Date.now() - 1000).toISOString();
		expect(userStatus(user({ lockedUntil: past }))).toEqual({ kind: 'active' });
	});

	it('a flash message is read once', () => {
		setUsersFlash('User bob was added.');
		expect(takeUsersFlash()).toBe('User bob was added.');
		expect(takeUsersFlash()).toBeNull();
	});

	it('rolesWith keeps roles that are not permissions', () => {
		expect(rolesWith(['main-contact', 'respond'], ['manage-users'])).toEqual([
			'main-contact',
			'manage-users'
		]);
	});
});
