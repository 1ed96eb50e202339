import {
	extensionProblem,
	formatUsPhone,
	parseInternationalPhone,
	parseUsPhone
} from '$lib/domain/validators/phone';

describe('parseUsPhone', () => {
	it.each([
		'(201) 555-0123',
		'201-555-0123',
		'201.555.0123',
		'2015550123',
		'+1 201 555 0123',
		'1-201-555-0123',
		' 201 555 0123 '
	])('accepts %j', (input) =>
		expect(parseUsPhone(input)).toEqual({ ok: true, digits: '2015550123' })
	);
	it('accepts the boundary digits', () => {
		expect(parseUsPhone('999-999-9999')).toEqual({ ok: true, digits: '9999999999' });
	});
	it.each([
		['', 'empty'],
		['201-555-012', 'length'],
		['201-555-01234', 'length'],
		['2-201-555-0123', 'length'],
		['+44 20 7946 0958', 'length'],
		['+2015550123', 'length'],
		['201-555-CALL', 'characters'],
		['201/555/0123', 'characters'],
		['201-555-0123 x12', 'characters'],
		['101-555-0123', 'area'],
		['001-555-0123', 'area'],
		['201-155-0123', 'exchange'],
		['201-055-0123', 'exchange']
	])('%j → %s', (input, reason) => expect(parseUsPhone(input)).toEqual({ ok: false, reason }));
});

describe('formatUsPhone', () => {
	it('formats 10 or 1+10 digits', () => {
		expect(formatUsPhone('2015550123')).toBe('(201) 555-0123');
		expect(formatUsPhone('+1 201.555.0123')).toBe('(201) 555-0123');
	});
	it('leaves anything else as typed', () => expect(formatUsPhone(' 555-0123 ')).toBe('555-0123'));
});

describe('extensionProblem', () => {
	it.each(['', '  ', '1', '123456'])('accepts %j', (e) => expect(extensionProblem(e)).toBeNull());
	it('length', () => expect(extensionProblem('1234567')).toBe('length'));
	it.each(['x12', '1-2', '12a'])('characters: %j', (e) =>
		expect(extensionProblem(e)).toBe('characters')
	);
});

describe('parseInternationalPhone', () => {
	it('returns + and the digits', () => {
		expect(parseInternationalPhone('+44 20-7946.0958')).toEqual({
			ok: true,
			digits: '+442079460958'
		});
		expect(parseInternationalPhone('1234567')).toEqual({ ok: false, reason: 'country-code' });
		expect(parseInternationalPhone('+44 (20) 7946 0958')).toEqual({
			ok: true,
			digits: '+442079460958'
		});
		expect(parseInternationalPhone('+123456789012345')).toEqual({
			ok: true,
			digits: '+123456789012345'
		});
	});
	it.each([
		['', 'empty'],
		['+123456', 'length'],
		['+1234567890123456', 'length'],
		['44+207946', 'country-code'],
		['+44 20 7946 0958 x', 'characters'],
		['+44 abc', 'characters']
	])('%j → %s', (input, reason) =>
		expect(parseInternationalPhone(input)).toEqual({ ok: false, reason })
	);
});
