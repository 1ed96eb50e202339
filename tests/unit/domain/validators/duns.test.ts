import { dunsProblem, normalizeDuns } from '$lib/domain/validators/duns';

describe('dunsProblem', () => {
	it.each(['123456789', ' 123456789 '])('accepts %j', (d) => expect(dunsProblem(d)).toBeNull());
	it.each(['', '   '])('empty: %j', (d) => expect(dunsProblem(d)).toBe('empty'));
	// The guide: "It cannot contain letters or symbols" — dashes and inner spaces included.
	it.each(['12345678a', '123.456.789', '#123456789', '12-345-6789', '123 456 789', '--'])(
		'not-digits: %j',
		(d) => expect(dunsProblem(d)).toBe('not-digits')
	);
	it.each(['12345678', '1234567890'])('length: %j', (d) => expect(dunsProblem(d)).toBe('length'));
});

describe('normalizeDuns', () => {
	it('returns the nine digits or null', () => {
		expect(normalizeDuns(' 123456789 ')).toBe('123456789');
		expect(normalizeDuns('12-345-6789')).toBeNull();
		expect(normalizeDuns('12345678')).toBeNull();
	});
});
