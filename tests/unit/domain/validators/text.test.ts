import {
	charactersLeft,
	emailProblem,
	isBlank,
	legalNameProblem,
	normalizeEmail
} from '$lib/domain/validators/text';

describe('legalNameProblem', () => {
	it.each(['Acme & Sons, Inc.', "O'Brien-Smith Co", 'Café Zoë 24', 'A', 'x'.repeat(50)])(
		'accepts %j',
		(n) => expect(legalNameProblem(n)).toBeNull()
	);
	it('empty', () => expect(legalNameProblem('  ')).toEqual({ reason: 'empty' }));
	it('length over 50', () =>
		expect(legalNameProblem('x'.repeat(51))).toEqual({ reason: 'length' }));
	it('ignores surrounding spaces for length', () =>
		expect(legalNameProblem(` ${'x'.repeat(50)} `)).toBeNull());
	it.each([
		['Acme (USA) LLC', '('],
		['Acme/Widgets', '/'],
		['Acme “Best” Co', '“'],
		['Acme\tCo', '\t'],
		['Acme 😀', '😀']
	])('%j → characters, naming %j', (n, char) =>
		expect(legalNameProblem(n)).toEqual({ reason: 'characters', char })
	);
});

describe('charactersLeft / isBlank', () => {
	it('counts down, and below zero when over', () => {
		expect(charactersLeft('', 50)).toBe(50);
		expect(charactersLeft('abc', 3)).toBe(0);
		expect(charactersLeft('abcd', 3)).toBe(-1);
	});
	it('isBlank', () => {
		expect(isBlank(undefined)).toBe(true);
		expect(isBlank(null)).toBe(true);
		expect(isBlank(' \t\n')).toBe(true);
		expect(isBlank(' a ')).toBe(false);
	});
});

describe('emailProblem', () => {
	it.each([
		'a@b.co',
		'jane.doe+bids@example.com',
		' Jane@Sub.Example.CT.GOV ',
		'x@my-company.info',
		`${'a'.repeat(64)}@${'b'.repeat(185)}.com`
	])('accepts %j', (e) => expect(emailProblem(e)).toBeNull());
	it('empty', () => expect(emailProblem('')).toBe('empty'));
	it.each([
		'jane',
		'jane@',
		'@example.com',
		'jane@example',
		'jane@example.c',
		'jane@example.c0m',
		'jane@@example.com',
		'jane@doe@example.com',
		'jane doe@example.com',
		'jane@exa mple.com',
		'jane@.example.com',
		'jane@example..com',
		'jane@-example.com',
		'jane@example-.com',
		`${'a'.repeat(64)}@${'b'.repeat(186)}.com`
	])('format: %j', (e) => expect(emailProblem(e)).toBe('format'));
});

describe('normalizeEmail', () => {
	it('trims and lower-cases', () =>
		expect(normalizeEmail(' Jane@Example.COM ')).toBe('jane@example.com'));
});
