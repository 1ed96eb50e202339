import {
	formatUsd,
	formatUsdAsTyped,
	parseUsd,
	parseWholeNumber,
	wholeNumberProblem
} from '$lib/domain/validators/money';

describe('parseUsd', () => {
	it.each([
		['$1,234.56', 123456],
		['1234', 123400],
		['1,234', 123400],
		['$ 1,234,567.8', 123456780],
		['0', 0],
		['0.01', 1],
		['.5', 50],
		['12.', 1200],
		[' $99 ', 9900]
	])('%j → %d cents', (input, cents) => expect(parseUsd(input)).toEqual({ ok: true, cents }));
	it.each([
		['', 'empty'],
		['-5', 'negative'],
		['-$5', 'negative'],
		['$-5', 'negative'],
		['(1,234.00)', 'negative'],
		['1.234', 'too-many-decimals'],
		['$0.001', 'too-many-decimals'],
		['12,34', 'format'],
		['1,2345', 'format'],
		[',123', 'format'],
		['$', 'format'],
		['.', 'format'],
		['1.2.3', 'format'],
		['12 dollars', 'format'],
		['1e5', 'format'],
		['99999999999999999', 'format']
	])('%j → %s', (input, reason) => expect(parseUsd(input)).toEqual({ ok: false, reason }));
});

describe('formatUsdAsTyped', () => {
	it.each([
		['', ''],
		['1', '1'],
		['1234', '1,234'],
		['1234567', '1,234,567'],
		['$1,2345', '12,345'],
		['1234.', '1,234.'],
		['1234.5', '1,234.5'],
		['1234.567', '1,234.56'],
		['.', '0.'],
		['007', '7'],
		['0', '0'],
		['-12a3', '123'],
		['1.2.3', '1.23']
	])('%j → %j', (input, out) => expect(formatUsdAsTyped(input)).toBe(out));
});

describe('formatUsd', () => {
	it.each([
		[0, '$0.00'],
		[5, '$0.05'],
		[123456, '$1,234.56'],
		[100000000, '$1,000,000.00'],
		[-123456, '-$1,234.56'],
		[12.6, '$0.13']
	])('%d → %j', (cents, out) => expect(formatUsd(cents)).toBe(out));
	it('round-trips with parseUsd', () => {
		expect(parseUsd(formatUsd(987654321))).toEqual({ ok: true, cents: 987654321 });
	});
});

describe('wholeNumberProblem', () => {
	const range = { min: 0, max: 1000 };
	it.each(['0', '1000', '1,000', ' 42 '])('accepts %j', (n) =>
		expect(wholeNumberProblem(n, range)).toBeNull()
	);
	it.each([
		['', 'empty'],
		['1.5', 'not-whole'],
		['1.0', 'not-whole'],
		['abc', 'not-whole'],
		['1,00', 'not-whole'],
		['-1', 'min'],
		['1001', 'max'],
		['1,001', 'max']
	])('%j → %s', (n, reason) => expect(wholeNumberProblem(n, range)).toBe(reason));
	it('bounds are optional', () => expect(wholeNumberProblem('-99999')).toBeNull());
	it('parseWholeNumber', () => {
		expect(parseWholeNumber('-1,234')).toBe(-1234);
		expect(parseWholeNumber('-')).toBeNull();
		expect(parseWholeNumber('')).toBeNull();
	});
});
