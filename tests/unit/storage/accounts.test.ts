import {
	createAccount,
	findUserByLogin,
	getOrganization,
	getUser,
	isUsernameAvailable
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
