import { addUser, checkResetToken, createAccount, listOutbox, updateUser } from '$lib/storage';
import {
	RESET_EMAIL_SUBJECT,
	newPasswordProblems,
	requestPasswordReset,
	sendPasswordReset
} from '$lib/portal/password-reset';
import { freshStorage, must } from '../../support/storage';

const PASSWORD = 'Harbor!2026x';
const RESET_PAGE = 'https://portal.example/login/reset';

beforeEach(() => {
	freshStorage();
});

const register = (username = 'Alice', email = 'alice@example.com') =>
	createAccount({
		organization: { legalName: `${username} Inc` },
		user: { username, email, firstName: 'Alice', lastName: 'Smith', roles: ['admin'] },
		password: PASSWORD
	});

describe('password reset links', () => {
	it('sendPasswordReset puts an e-mail with a working one-time link in the outbox', async () => {
		const { user } = must(await register());
		const email = must(await sendPasswordReset(user, RESET_PAGE));
		expect(email).toMatchObject({
			kind: 'password-reset',
			to: ['alice@example.com'],
			organizationId: user.organizationId,
			subject: RESET_EMAIL_SUBJECT
		});
		expect(email.body).toContain('Alice');
		expect(email.body).toContain('30 minutes');
		const link = /https:\/\/\S+/.exec(email.body)?.[0] ?? '';
		const url = new URL(link);
		expect(`${url.origin}${url.pathname}`).toBe(RESET_PAGE);
		const token = url.searchParams.get('token') ?? '';
		expect(must(await checkResetToken(token)).id).toBe(user.id);
	});

	it('requestPasswordReset writes to every matching user except suspended ones, and nothing for no match', async () => {
		const { organization, user: alice } = must(await register('Alice', 'shared@example.com'));
		const bob = must(
			await addUser({
				organizationId: organization.id,
				user: { username: 'Bob', email: 'shared@example.com' },
				password: PASSWORD
			})
		);
		const carol = must(
			await addUser({
				organizationId: organization.id,
				user: { username: 'Carol', email: 'shared@example.com' },
				password: PASSWORD
			})
		);
		must(await updateUser(carol.id, { suspended: true }));

		must(await requestPasswordReset('nobody@example.com', RESET_PAGE));
		expect(must(await listOutbox())).toEqual([]);

		must(await requestPasswordReset('Shared@Example.com', RESET_PAGE));
		const emails = must(await listOutbox());
		expect(emails).toHaveLength(2);
		const users = await Promise.all(
			emails.map(async (e) => {
				const token = new URL(/https:\/\/\S+/.exec(e.body)![0]).searchParams.get('token')!;
				return must(await checkResetToken(token)).username;
			})
		);
		expect(users.sort()).toEqual([alice.username, bob.username].sort());
	});
});

describe('newPasswordProblems', () => {
	const check = (password: string, confirm = password) =>
		newPasswordProblems({ password, confirm, username: 'Alice' });

	it('accepts a password that meets the policy and is confirmed', () => {
		expect(check('New!Harbor2027')).toEqual({});
	});

	it('names what is missing, in the field’s words', () => {
		expect(check('', '')).toEqual({
			password: 'Enter a New Password',
			confirm: 'Confirm the New Password by entering it again'
		});
		expect(check('harbor').password).toBe(
			'The New Password needs at least 8 characters, an upper-case letter, a number and a special character (for example ! @ # $ %)'
		);
		expect(check('Alice!2026x').password).toBe('The New Password must not contain your UserName');
		expect(check('New!Harbor2027', 'New!Harbor2028').confirm).toBe(
			'The New Password and Confirm New Password do not match'
		);
	});
});
