import { usernameKey, usernameProblem } from '$lib/domain/validators/username';

describe('usernameProblem', () => {
	it.each(['abcd', 'j.smith_2-x', 'A'.repeat(30), ' jsmith '])('accepts %j', (u) =>
		expect(usernameProblem(u)).toBeNull()
	);
	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['abc', 'length'],
		['A'.repeat(31), 'length'],
		['j smith', 'characters'],
		['jsmith!', 'characters'],
		['josé', 'characters'],
		['jsmith@example.com', 'at-sign'],
		['@', 'at-sign'],
		['a@b', 'at-sign']
	])('%j → %s', (u, reason) => expect(usernameProblem(u)).toBe(reason));
});

describe('usernameKey', () => {
	it('trims and lower-cases', () => expect(usernameKey('  JSmith ')).toBe('jsmith'));
});
