import {
	AMBIGUOUS_LOGIN_MESSAGE,
	LOGIN_FAILED_MESSAGE,
	addUser,
	authenticate,
	createAccount,
	createSession,
	deleteUser,
	findOrganizationByDuns,
	findOrganizationsByTin,
	findUserByLogin,
	getOrganization,
	getUser,
	isUsernameAvailable,
	listOrganizations,
	listUsers,
	setPassword,
	updateOrganization,
	updateUser,
	type NewUser
} from '$lib/storage';
import { freshStorage, globals, must, rawAll, rawPut, rawRecord } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});

const register = (username: string, email: string, legalName = `${username} Inc`, extra = {}) =>
	createAccount({
		organization: { legalName, tin: '12-3456789', duns: '123-45-6789', ...extra },
		user: { username, email, firstName: 'First', lastName: 'Last', roles: ['admin'] },
		password: 'correct horse battery staple'
	});

describe('createAccount', () => {
	it('writes the organization and its first user, e-mail lower-cased, password hashed', async () => {
		const { organization, user } = must(await register('Alice', 'Alice@Example.COM', 'Acme LLC'));
		expect(organization).toMatchObject({
			legalName: 'Acme LLC',
			tin: '123456789',
			duns: '123456789',
			schemaVersion: 2
		});
		expect(user).toMatchObject({
			organizationId: organization.id,
			username: 'Alice',
			usernameLower: 'alice',
			email: 'alice@example.com',
			roles: ['admin'],
			password: { algorithm: 'PBKDF2-SHA-256', iterations: 1_000 }
		});
		expect(typeof user.updatedAt).toBe('string');
		expect(must(await getOrganization(organization.id))).toEqual(organization);
		expect(must(await getUser(user.id))).toEqual(user);
		expect(JSON.stringify(await rawRecord('users', user.id))).not.toContain('correct horse');
	});

	it('refuses a username taken in another organization, in any case, and writes nothing', async () => {
		must(await register('Alice', 'alice@example.com'));
		for (const username of ['alice', 'ALICE', '  aLiCe  ']) {
			const again = await register(username, 'other@example.com', 'Second Org');
			expect(again).toMatchObject({ ok: false, error: { kind: 'duplicate' } });
			expect(!again.ok && again.error.message).toMatch(/already taken/);
		}
		// Atomic: the second organization was not written either.
		expect(await rawAll('organizations')).toHaveLength(1);
		expect(must(await isUsernameAvailable('ALICE'))).toBe(false);
		expect(must(await isUsernameAvailable('bob'))).toBe(true);
	});

	it('the unique index itself refuses a duplicate written around the checks', async () => {
		const { user } = must(await register('Alice', 'alice@example.com'));
		const result = await rawPut('users', { ...user, id: 'other' }).then(
			() => 'written',
			(e: Error) => e.name
		);
		expect(result).toBe('ConstraintError');
	});

	it('rejects incomplete input without writing', async () => {
		const r = await createAccount({
			organization: { legalName: ' ' },
			user: { username: 'a', email: 'a@b' },
			password: 'x'
		});
		expect(r).toMatchObject({
			ok: false,
			error: { kind: 'invalid', message: 'Enter the legal name' }
		});
		const noPassword = await createAccount({
			organization: { legalName: 'X' },
			user: { username: 'a', email: 'a@b' },
			password: ''
		});
		expect(noPassword).toMatchObject({ ok: false, error: { kind: 'invalid' } });
		expect(await rawAll('organizations')).toEqual([]);
	});
});

describe('users', () => {
	it('login by username (any case) or e-mail; a shared e-mail returns every user', async () => {
		const { organization, user: alice } = must(await register('Alice', 'shared@example.com'));
		const bob = must(
			await addUser({
				organizationId: organization.id,
				user: { username: 'Bob', email: 'SHARED@example.com' } satisfies NewUser,
				password: 'bobs password'
			})
		);
		must(await register('Carol', 'carol@example.com'));

		expect(must(await findUserByLogin('alice')).map((u) => u.id)).toEqual([alice.id]);
		expect(must(await findUserByLogin(' BOB ')).map((u) => u.id)).toEqual([bob.id]);
		expect(
			must(await findUserByLogin('Shared@Example.com'))
				.map((u) => u.username)
				.sort()
		).toEqual(['Alice', 'Bob']);
		expect(must(await findUserByLogin('nobody'))).toEqual([]);
		expect(
			must(await listUsers(organization.id))
				.map((u) => u.username)
				.sort()
		).toEqual(['Alice', 'Bob']);
	});

	it('authenticates by username or e-mail, with one message for every failure', async () => {
		const { organization, user } = must(await register('Alice', 'alice@example.com'));
		expect(must(await authenticate('ALICE', 'correct horse battery staple')).id).toBe(user.id);
		expect(must(await authenticate('alice@example.com', 'correct horse battery staple')).id).toBe(
			user.id
		);
		for (const [login, password] of [
			['alice', 'wrong'],
			['nobody', 'correct horse battery staple']
		] as const) {
			expect(await authenticate(login, password)).toEqual({
				ok: false,
				error: { kind: 'invalid', message: LOGIN_FAILED_MESSAGE }
			});
		}
		// A shared e-mail: the password picks the user; if it fits both, ask for the username.
		const bob = must(
			await addUser({
				organizationId: organization.id,
				user: { username: 'bob', email: 'alice@example.com' },
				password: 'bobs password'
			})
		);
		expect(must(await authenticate('alice@example.com', 'bobs password')).id).toBe(bob.id);
		must(await setPassword(bob.id, 'correct horse battery staple'));
		expect(await authenticate('alice@example.com', 'correct horse battery staple')).toMatchObject({
			ok: false,
			error: { message: AMBIGUOUS_LOGIN_MESSAGE }
		});
	});

	it('updates a user; a new username is checked, a new e-mail lower-cased', async () => {
		const { user } = must(await register('Alice', 'alice@example.com'));
		must(await register('Bob', 'bob@example.com'));
		expect(await updateUser(user.id, { username: 'BOB' })).toMatchObject({
			ok: false,
			error: { kind: 'duplicate' }
		});
		const updated = must(
			await updateUser(user.id, { username: 'ALICE', email: 'New@Example.com', lastName: 'Smith' })
		);
		expect(updated).toMatchObject({
			username: 'ALICE',
			usernameLower: 'alice',
			email: 'new@example.com',
			lastName: 'Smith'
		});
		expect(await updateUser('missing', { lastName: 'x' })).toMatchObject({
			ok: false,
			error: { kind: 'not-found' }
		});
	});

	it('a user with a corrupted password hash is reported, not handed out', async () => {
		const { user } = must(await register('Alice', 'alice@example.com'));
		await rawPut('users', { ...user, password: 'plain text?', firstName: 7 });
		const got = await getUser(user.id);
		expect(got).toMatchObject({ ok: false, error: { kind: 'invalid' } });
		expect(!got.ok && got.error.problems?.map((p) => p.path)).toEqual(
			expect.arrayContaining(['password', 'firstName'])
		);
		const listed = must(await findUserByLogin('alice'));
		expect(listed).toEqual([]);
	});
});

describe('organizations', () => {
	it('finds by TIN and DUNS in any formatting, updates, lists', async () => {
		const { organization } = must(await register('Alice', 'a@example.com', 'Acme'));
		must(await register('Bob', 'b@example.com', 'Acme Branch', { duns: '987654321' }));
		expect(
			must(await findOrganizationsByTin('123456789'))
				.map((o) => o.legalName)
				.sort()
		).toEqual(['Acme', 'Acme Branch']);
		expect(must(await findOrganizationsByTin('99-9999999'))).toEqual([]);
		expect(must(await findOrganizationByDuns('98-765-4321'))?.legalName).toBe('Acme Branch');
		expect(must(await findOrganizationByDuns('000000000'))).toBeNull();

		const updated = must(
			await updateOrganization(organization.id, {
				legalName: 'Acme Holdings',
				details: { website: 'acme.example', password: 'no' }
			})
		);
		expect(updated).toMatchObject({
			legalName: 'Acme Holdings',
			details: { website: 'acme.example' }
		});
		expect(updated.updatedAt >= organization.updatedAt).toBe(true);
		expect(must(await listOrganizations())).toHaveLength(2);
	});

	it('records who changed what with the change itself, oldest first', async () => {
		const { organization, user } = must(await register('Alice', 'a@example.com', 'Acme'));
		const by = { userId: user.id, userName: 'First Last' };
		must(
			await updateOrganization(
				organization.id,
				{ legalName: 'Acme One' },
				{ ...by, section: 'Edit Main Org Info', fields: ['Legal Name'] }
			)
		);
		const second = must(
			await updateOrganization(
				organization.id,
				{ details: { codes: ['72100000'] } },
				{ ...by, section: 'Edit Categories', fields: ['UNSPSC codes'] }
			)
		);
		expect(second.history?.map((h) => [h.section, h.fields])).toEqual([
			['Edit Main Org Info', ['Legal Name']],
			['Edit Categories', ['UNSPSC codes']]
		]);
		expect(second.history?.[1]?.at).toBe(second.updatedAt);
		expect(must(await getOrganization(organization.id)).history).toHaveLength(2);
		// A change without an entry leaves the history as it was.
		must(await updateOrganization(organization.id, { legalName: 'Acme Two' }));
		expect(must(await getOrganization(organization.id)).history).toHaveLength(2);
	});

	it('deletes a user and ends their sessions', async () => {
		const { organization } = must(await register('Alice', 'a@example.com', 'Acme'));
		const bob = must(
			await addUser({
				organizationId: organization.id,
				user: { username: 'bob', email: 'b@example.com' },
				password: 'pw'
			})
		);
		must(await createSession({ userId: bob.id, organizationId: organization.id }));
		must(await deleteUser(bob.id));
		expect(await getUser(bob.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
		expect(await rawAll('sessions')).toEqual([]);
		expect(await deleteUser(bob.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});
});

describe('accounts in memory (no IndexedDB)', () => {
	it('enforces the same unique usernames', async () => {
		delete globals.indexedDB;
		must(await register('Alice', 'alice@example.com'));
		expect(await register('ALICE', 'x@example.com')).toMatchObject({
			ok: false,
			error: { kind: 'duplicate' }
		});
		expect(must(await findUserByLogin('alice@example.com'))).toHaveLength(1);
	});
});
