import { isSecretKey, stripSecrets } from '$lib/storage';
import { toStorableJson } from '$lib/storage/secrets';

describe('stripSecrets', () => {
	it('removes password fields of any name and case, at any depth', () => {
		const input = {
			account: {
				username: 'alice',
				password: 'hunter2',
				confirmPassword: 'hunter2',
				PASSWORD_CONFIRMATION: 'hunter2'
			},
			users: [{ name: 'Bob', newPassword: 'x', 'confirm-password': 'x' }],
			other: { passwords: { a: 1 } }
		};
		expect(stripSecrets(input)).toEqual({
			account: { username: 'alice' },
			users: [{ name: 'Bob' }],
			other: {}
		});
		// The input is not modified.
		expect(input.account.password).toBe('hunter2');
		expect(isSecretKey('confirmPassword')).toBe(true);
		expect(isSecretKey('username')).toBe(false);
	});

	it('toStorableJson also reduces values to JSON', () => {
		const when = new Date('2024-01-02T03:04:05.000Z');
		expect(
			toStorableJson({ when, gone: undefined, nan: Number.NaN, password: 'x', list: [1, 'a'] })
		).toEqual({ when: '2024-01-02T03:04:05.000Z', nan: null, list: [1, 'a'] });
	});
});
