import {
	AMBIGUOUS_LOGIN_MESSAGE,
	LOGIN_FAILED_MESSAGE,
	addUser,
	signIn,
	createAccount,
	findUserByLogin,
	getUser,
	listUsers,
	setPassword,
	updateUser,
	type NewUser
} from '$lib/storage';
import { freshStorage, must, rawPut } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});

const register = (username: string, email: string, legalName = `${username} Inc`, extra = {}) =>
	createAccount({
		organization: { legalName, tin: '12-3456789', duns: '123-45-6789', ...extra },
		user: { username, email, firstName: 'First', lastName: 'Last', roles: ['admin'] },
		password: 'correct horse battery staple'
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

	it('signs in by username or e-mail, with one message for every failure', async () => {
		const { organization, user } = must(await register('Alice', 'alice@example.com'));
		const password = 'correct horse battery staple';
		expect(await signIn({ login: 'ALICE', password })).toMatchObject({
			kind: 'ok',
			user: { id: user.id }
		});
		expect(await signIn({ login: 'alice@example.com', password })).toMatchObject({
			kind: 'ok',
			user: { id: user.id }
		});
		for (const [login, attempt] of [
			['alice', 'wrong'],
			['nobody', password]
		] as const) {
			expect(await signIn({ login, password: attempt })).toEqual({
				kind: 'invalid',
				message: LOGIN_FAILED_MESSAGE
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
		expect(await signIn({ login: 'alice@example.com', password: 'bobs password' })).toMatchObject({
			kind: 'ok',
			user: { id: bob.id }
		});
		must(await setPassword(bob.id, password));
		expect(await signIn({ login: 'alice@example.com', password })).toEqual({
			kind: 'ambiguous',
			message: AMBIGUOUS_LOGIN_MESSAGE
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
