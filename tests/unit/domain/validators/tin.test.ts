import {
	digitsOnly,
	feinProblem,
	formatFein,
	formatSsn,
	formatTinAsTyped,
	maskLastFour,
	maskTin,
	normalizeTin,
	ssnProblem,
	VALID_EIN_PREFIXES
} from '$lib/domain/validators/tin';

describe('digitsOnly', () => {
	it('keeps only digits', () => {
		expect(digitsOnly('12-3 4a5')).toBe('12345');
		expect(digitsOnly('')).toBe('');
	});
});

describe('normalizeTin', () => {
	it.each(['123456789', '123-45-6789', '12-3456789', ' 123 45 6789 ', '1-2-3-4-5-6-7-8-9'])(
		'accepts %j',
		(input) => expect(normalizeTin(input)).toBe('123456789')
	);
	it.each(['12345678', '1234567890', '12345678a', '123.45.6789', '', 'abcdefghi'])(
		'rejects %j',
		(input) => expect(normalizeTin(input)).toBeNull()
	);
});

describe('ssnProblem', () => {
	it('accepts real-looking SSNs at the boundaries', () => {
		expect(ssnProblem('001010001')).toBeNull();
		expect(ssnProblem('665-99-9999')).toBeNull();
		expect(ssnProblem('667-01-0001')).toBeNull();
		expect(ssnProblem('899-99-9999')).toBeNull();
	});
	it.each(['000-12-3456', '666-12-3456', '900-12-3456', '999-12-3456'])('area: %s', (ssn) =>
		expect(ssnProblem(ssn)).toBe('area')
	);
	it('group 00', () => expect(ssnProblem('123-00-4567')).toBe('group'));
	it('serial 0000', () => expect(ssnProblem('123-45-0000')).toBe('serial'));
	it('format when not nine digits', () => expect(ssnProblem('12345')).toBe('format'));
});

describe('feinProblem', () => {
	const never = ['00', '07', '08', '09', '17', '18', '19', '28', '29', '49'];
	const neverToo = ['69', '70', '78', '79', '89', '96', '97'];
	it.each([...never, ...neverToo])('prefix %s is never issued', (p) =>
		expect(feinProblem(`${p}1234567`)).toBe('prefix')
	);
	it('accepts every listed prefix, and only those', () => {
		for (let i = 0; i < 100; i++) {
			const p = String(i).padStart(2, '0');
			expect(feinProblem(`${p}-1234567`)).toBe(VALID_EIN_PREFIXES.includes(p) ? null : 'prefix');
		}
		expect(VALID_EIN_PREFIXES).toHaveLength(100 - never.length - neverToo.length);
	});
	it('format when not nine digits', () => expect(feinProblem('06-12345')).toBe('format'));
});

describe('formatting', () => {
	it('formats SSNs progressively', () => {
		expect(formatSsn('')).toBe('');
		expect(formatSsn('123')).toBe('123');
		expect(formatSsn('1234')).toBe('123-4');
		expect(formatSsn('12345')).toBe('123-45');
		expect(formatSsn('123456')).toBe('123-45-6');
		expect(formatSsn('123456789')).toBe('123-45-6789');
		expect(formatSsn('1234567890')).toBe('123-45-6789');
	});
	it('formats FEINs progressively', () => {
		expect(formatFein('12')).toBe('12');
		expect(formatFein('123')).toBe('12-3');
		expect(formatFein('123456789')).toBe('12-3456789');
	});
	it('formats as typed, dropping stray characters', () => {
		expect(formatTinAsTyped('123-4a5 6', 'ssn')).toBe('123-45-6');
		expect(formatTinAsTyped('12-345', 'fein')).toBe('12-345');
		expect(formatTinAsTyped('123-45-6789', 'fein')).toBe('12-3456789');
	});
});

describe('masking', () => {
	it('masks TINs to the last four', () => {
		expect(maskTin('123456789', 'ssn')).toBe('***-**-6789');
		expect(maskTin('12-3456789', 'fein')).toBe('**-***6789');
	});
	it('masks generically', () => {
		expect(maskLastFour('123456789')).toBe('*****6789');
		expect(maskLastFour('12345')).toBe('*2345');
		expect(maskLastFour('1234')).toBe('****');
		expect(maskLastFour('')).toBe('');
	});
});
