import { PASSWORD_RULES, passwordProblems } from '$lib/domain/validators/password';

describe('PASSWORD_RULES', () => {
	it('is the checklist, in order', () => {
		expect(PASSWORD_RULES.map((r) => [r.id, r.label])).toEqual([
			['length', 'At least 8 characters'],
			['upper', 'An upper-case letter'],
			['lower', 'A lower-case letter'],
			['number', 'A number'],
			['special', 'A special character (for example ! @ # $ %)'],
			['username', 'Does not contain your UserName']
		]);
	});
});

describe('passwordProblems', () => {
	it('accepts a good password', () =>
		expect(passwordProblems('Tr0ub4dor&3', 'jsmith')).toEqual([]));
	it('lists every unmet rule in order', () => {
		expect(passwordProblems('', 'jsmith')).toEqual([
			'length',
			'upper',
			'lower',
			'number',
			'special'
		]);
	});
	it('length boundary at 8 characters', () => {
		expect(passwordProblems('Ab1!efg', 'user')).toEqual(['length']);
		expect(passwordProblems('Ab1!efgh', 'user')).toEqual([]);
	});
	it('counts characters, not UTF-16 units', () => {
		expect(passwordProblems('Ab1!😀😀😀', 'user')).toEqual(['length']);
	});
	it.each([
		['ab1!efgh', 'upper'],
		['AB1!EFGH', 'lower'],
		['Abc!efgh', 'number'],
		['Ab1cefgh', 'special'],
		['Ab1 efgh', 'special']
	])('%j misses %s', (pw, rule) => expect(passwordProblems(pw, 'user')).toEqual([rule]));
	it('treats Unicode letters as letters, not special characters', () => {
		expect(passwordProblems('Émile1!x', 'user')).toEqual([]);
		expect(passwordProblems('Émile12x', 'user')).toEqual(['special']);
		expect(passwordProblems('ÉMILE12!', 'user')).toEqual(['lower']);
	});
	it.each(['_', '-', '€', '~', '.', '"'])('%j is a special character', (c) =>
		expect(passwordProblems(`Abcdef1${c}`, 'user')).toEqual([])
	);
	it('rejects the UserName in any case', () => {
		expect(passwordProblems('xxJSmith1!', 'jsmith')).toEqual(['username']);
		expect(passwordProblems('Jsmith2024!', ' JSMITH ')).toEqual(['username']);
	});
	it('ignores UserNames shorter than 4 characters', () => {
		expect(passwordProblems('Abc12345!', 'abc')).toEqual([]);
		expect(passwordProblems('Abcd2345!', 'abcd')).toEqual(['username']);
		expect(passwordProblems('Abcd2345!', '')).toEqual([]);
	});
});
