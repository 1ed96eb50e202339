import {
	AMBIGUOUS_LOGIN_MESSAGE,
	LOCKOUT_MS,
	LOGIN_FAILED_MESSAGE,
	RESET_LINK_INVALID_MESSAGE,
	RESET_TTL_MS,
	SUSPENDED_MESSAGE,
	acceptTerms,
	addUser,
	checkResetToken,
	createAccount,
	createResetToken,
	getUser,
	resetPasswordWithToken,
	setPassword,
	signIn,
	unlockUser,
	updateUser
} from '$lib/storage';
import { freshStorage, must } from '../../support/storage';

const PASSWORD = 'Harbor!2026x';

beforeEach(() => {
	freshStorage();
});

afterEach(() => {
	vi.useRealTimers();
});

/** Only Date is faked: fake-indexeddb schedules its work with real timers. */
function fakeDate() {
	vi.useFakeTimers({ toFake: ['Date'] });
}

const register = (username = 'Alice', email = 'alice@example.com') =>
	createAccount({
		organization: { legalName: `${username} Inc` },
		user: { username, email, firstName: 'Alice', lastName: 'Smith', roles: ['admin'] },
		password: PASSWORD
	});

async function fail(login: string, times: number) {
	const outcomes = [];
	for (let i = 0; i < times; i++) outcomes.push(await signIn({ login, password: 'Wrong!2026x' }));
	return outcomes;
}

describe('signIn', () => {
	it('logs in by username (any case) or e-mail and resets the failure count', async () => {
		const { user } = must(await register());
		await fail('alice', 3);
		expect(must(await getUser(user.id)).failedLogins).toBe(3);

		const byName = await signIn({ login: 'ALICE', password: PASSWORD });
		expect(byName).toMatchObject({ kind: 'ok', user: { id: user.id, failedLogins: 0 } });
		const stored = must(await getUser(user.id));
		expect(stored).toMatchObject({ failedLogins: 0, lockedUntil: null });
		expect(stored.lastLoginAt).toBeTypeOf('string');

		expect(await signIn({ login: ' Alice@Example.com ', password: PASSWORD })).toMatchObject({
			kind: 'ok',
			user: { id: user.id }
		});
	});

	it('says the same thing for an unknown user, a wrong password and an empty password', async () => {
		must(await register());
		const unknown = await signIn({ login: 'nobody', password: PASSWORD });
		const wrong = await signIn({ login: 'alice', password: 'Wrong!2026x' });
		const empty = await signIn({ login: 'alice', password: '' });
		for (const outcome of [unknown, wrong, empty]) {
			expect(outcome).toEqual({ kind: 'invalid', message: LOGIN_FAILED_MESSAGE });
		}
	});

	it('locks the user for 15 minutes on the fifth wrong password in a row', async () => {
		const { user } = must(await register());
		const before = Date.now();
		const outcomes = await fail('alice', 5);
		expect(outcomes.slice(0, 4).every((o) => o.kind === 'invalid')).toBe(true);
		const fifth = outcomes[4]!;
		expect(fifth.kind).toBe('locked');
		const until = Date.parse((fifth as { lockedUntil: string }).lockedUntil);
		expect(until).toBeGreaterThanOrEqual(before + LOCKOUT_MS);
		expect(until).toBeLessThanOrEqual(Date.now() + LOCKOUT_MS);

		// While locked, even the right password is refused, and more attempts do not extend it.
		expect(await signIn({ login: 'alice', password: PASSWORD })).toEqual({
			kind: 'locked',
			lockedUntil: new Date(until).toISOString()
		});
		await fail('alice', 2);
		expect(must(await getUser(user.id)).lockedUntil).toBe(new Date(until).toISOString());
	});

	it('a success in between starts the count again', async () => {
		must(await register());
		await fail('alice', 4);
		expect((await signIn({ login: 'alice', password: PASSWORD })).kind).toBe('ok');
		const outcomes = await fail('alice', 4);
		expect(outcomes.every((o) => o.kind === 'invalid')).toBe(true);
	});

	it('the lock runs out after 15 minutes, and the count starts again from zero', async () => {
		fakeDate();
		const { user } = must(await register());
		await fail('alice', 5);
		vi.setSystemTime(Date.now() + LOCKOUT_MS - 1_000);
		expect((await signIn({ login: 'alice', password: PASSWORD })).kind).toBe('locked');

		vi.setSystemTime(Date.now() + 2_000);
		// One wrong password after the lock is a first failure, not a new lock.
		expect((await fail('alice', 1))[0]!.kind).toBe('invalid');
		expect(must(await getUser(user.id))).toMatchObject({ failedLogins: 1, lockedUntil: null });
		expect((await signIn({ login: 'alice', password: PASSWORD })).kind).toBe('ok');
	});

	it('a lock written in the past no longer applies; unlockUser lifts a current one', async () => {
		const { user } = must(await register());
		must(await updateUser(user.id, { lockedUntil: new Date(Date.now() - 1_000).toISOString() }));
		expect((await signIn({ login: 'alice', password: PASSWORD })).kind).toBe('ok');

		await fail('alice', 5);
		expect((await signIn({ login: 'alice', password: PASSWORD })).kind).toBe('locked');
		must(await unlockUser(user.id));
		expect((await signIn({ login: 'alice', password: PASSWORD })).kind).toBe('ok');
	});

	it('turns a suspended user away, but only after the right password', async () => {
		const { user } = must(await register());
		must(await updateUser(user.id, { suspended: true }));
		expect(await signIn({ login: 'alice', password: PASSWORD })).toEqual({
			kind: 'suspended',
			message: SUSPENDED_MESSAGE
		});
		expect(await signIn({ login: 'alice', password: 'Wrong!2026x' })).toEqual({
			kind: 'invalid',
			message: LOGIN_FAILED_MESSAGE
		});
	});

	/** Alice (main contact) and Bob in one organization, sharing an e-mail address. */
	async function aliceAndBobSharing(bobEmail = 'shared@example.com') {
		const { organization, user: alice } = must(await register('Alice', 'shared@example.com'));
		const bob = must(
			await addUser({
				organizationId: organization.id,
				user: { username: 'Bob', email: bobEmail },
				password: PASSWORD
			})
		);
		return { alice, bob };
	}

	it('asks for the username when an e-mail shared by several users fits more than one', async () => {
		const { alice, bob } = await aliceAndBobSharing('Shared@Example.com');
		expect(await signIn({ login: 'shared@example.com', password: PASSWORD })).toEqual({
			kind: 'ambiguous',
			message: AMBIGUOUS_LOGIN_MESSAGE
		});
		expect(
			await signIn({ login: 'shared@example.com', password: PASSWORD, username: 'bob' })
		).toMatchObject({ kind: 'ok', user: { id: bob.id } });
		expect(
			await signIn({ login: 'shared@example.com', password: PASSWORD, username: ' ALICE ' })
		).toMatchObject({ kind: 'ok', user: { id: alice.id } });
		// A username that does not go with the e-mail is just wrong credentials.
		expect(
			await signIn({ login: 'shared@example.com', password: PASSWORD, username: 'carol' })
		).toEqual({ kind: 'invalid', message: LOGIN_FAILED_MESSAGE });

		// With different passwords, the password picks the user.
		must(await setPassword(bob.id, 'Bobs!Pass2026'));
		expect(await signIn({ login: 'shared@example.com', password: 'Bobs!Pass2026' })).toMatchObject({
			kind: 'ok',
			user: { id: bob.id }
		});
	});

	it('five wrong passwords for a shared e-mail lock every user of it and say until when', async () => {
		const { alice, bob } = await aliceAndBobSharing();
		for (let i = 0; i < 4; i++) {
			expect(await signIn({ login: 'shared@example.com', password: 'wrong' })).toEqual({
				kind: 'invalid',
				message: LOGIN_FAILED_MESSAGE
			});
		}
		const fifth = await signIn({ login: 'shared@example.com', password: 'wrong' });
		expect(fifth.kind).toBe('locked');
		const until = (fifth as { lockedUntil: string }).lockedUntil;
		expect(must(await getUser(alice.id)).lockedUntil).toBe(until);
		expect(must(await getUser(bob.id)).lockedUntil).toBe(until);
	});
});

describe('acceptTerms', () => {
	it('records when the user accepted the usage terms', async () => {
		const { user } = must(await register());
		expect(user.termsAcceptedAt).toBeUndefined();
		const before = Date.now();
		const accepted = must(await acceptTerms(user.id));
		expect(Date.parse(accepted.termsAcceptedAt!)).toBeGreaterThanOrEqual(before - 1);
		expect(must(await getUser(user.id)).termsAcceptedAt).toBe(accepted.termsAcceptedAt);
	});
});

describe('password reset links', () => {
	const NEW_PASSWORD = 'New!Harbor2027';

	it('work once: the new password replaces the old one and unlocks the user', async () => {
		const { user } = must(await register());
		await fail('alice', 5);
		expect((await signIn({ login: 'alice', password: PASSWORD })).kind).toBe('locked');

		const token = must(await createResetToken(user.id));
		expect(must(await checkResetToken(token)).id).toBe(user.id);
		expect(must(await resetPasswordWithToken(token, NEW_PASSWORD))).toMatchObject({
			id: user.id,
			lockedUntil: null,
			failedLogins: 0
		});

		expect(await signIn({ login: 'alice', password: PASSWORD })).toMatchObject({
			kind: 'invalid'
		});
		expect((await signIn({ login: 'alice', password: NEW_PASSWORD })).kind).toBe('ok');

		// Spent: checking or using it again fails with the same message.
		for (const again of [
			await checkResetToken(token),
			await resetPasswordWithToken(token, 'Other!Pass2027')
		]) {
			expect(again).toEqual({
				ok: false,
				error: { kind: 'not-found', message: RESET_LINK_INVALID_MESSAGE }
			});
		}
		expect((await signIn({ login: 'alice', password: NEW_PASSWORD })).kind).toBe('ok');
	});

	it('expire after 30 minutes', async () => {
		fakeDate();
		const { user } = must(await register());
		const token = must(await createResetToken(user.id));
		vi.setSystemTime(Date.now() + RESET_TTL_MS - 1_000);
		expect((await checkResetToken(token)).ok).toBe(true);
		vi.setSystemTime(Date.now() + 1_000);
		expect((await checkResetToken(token)).ok).toBe(false);
		expect(await resetPasswordWithToken(token, NEW_PASSWORD)).toMatchObject({
			ok: false,
			error: { message: RESET_LINK_INVALID_MESSAGE }
		});
		expect((await signIn({ login: 'alice', password: PASSWORD })).kind).toBe('ok');
	});

	it('a made-up or truncated token is refused', async () => {
		const { user } = must(await register());
		const token = must(await createResetToken(user.id));
		for (const bad of ['', 'made-up', token.slice(0, -2)]) {
			expect((await checkResetToken(bad)).ok).toBe(false);
		}
		expect((await checkResetToken(token)).ok).toBe(true);
	});
});
