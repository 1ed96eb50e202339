import { lockedMessage } from '$lib/login/messages';

describe('lockedMessage', () => {
	it('says until when, in hours and minutes', () => {
		const until = new Date(2026, 4, 4, 15, 45).toISOString();
		expect(lockedMessage(until, 'en-US')).toBe(
			'Too many unsuccessful attempts. Your account is locked until 3:45 PM. Try again then, or use Trouble Logging In? to reset your password.'
		);
	});
});
