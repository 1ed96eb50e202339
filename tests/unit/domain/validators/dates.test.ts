import {
	daysBetween,
	daysInMonth,
	isAfter,
	isLeapYear,
	isoToMonthDayYear,
	parseMonthDayYear
} from '$lib/domain/validators/dates';

describe('parseMonthDayYear', () => {
	it.each([
		[{ month: '3', day: '7', year: '2024' }, '2024-03-07'],
		[{ month: 12, day: 31, year: 2100 }, '2100-12-31'],
		[{ month: '01', day: '01', year: '1900' }, '1900-01-01'],
		[{ month: '2', day: '29', year: '2024' }, '2024-02-29'],
		[{ month: '2', day: '29', year: '2000' }, '2000-02-29'],
		[{ month: ' 4 ', day: '30', year: '2025' }, '2025-04-30']
	])('%j → %s', (fields, iso) => expect(parseMonthDayYear(fields)).toEqual({ ok: true, iso }));
	it.each([
		[{ month: '', day: '1', year: '2024' }, 'incomplete'],
		[{ month: '1', day: ' ', year: '2024' }, 'incomplete'],
		[{ month: '1', day: '1', year: '' }, 'incomplete'],
		[{ month: '2', day: '30', year: '2024' }, 'not-a-date'],
		[{ month: '2', day: '29', year: '2025' }, 'not-a-date'],
		[{ month: '2', day: '29', year: '1900' }, 'not-a-date'],
		[{ month: '4', day: '31', year: '2025' }, 'not-a-date'],
		[{ month: '13', day: '1', year: '2025' }, 'not-a-date'],
		[{ month: '0', day: '1', year: '2025' }, 'not-a-date'],
		[{ month: '1', day: '0', year: '2025' }, 'not-a-date'],
		[{ month: '1', day: '1.5', year: '2025' }, 'not-a-date'],
		[{ month: 'Jan', day: '1', year: '2025' }, 'not-a-date'],
		[{ month: '1', day: '1', year: '1899' }, 'year-range'],
		[{ month: '1', day: '1', year: '2101' }, 'year-range'],
		[{ month: '1', day: '1', year: '25' }, 'year-range']
	])('%j → %s', (fields, reason) =>
		expect(parseMonthDayYear(fields)).toEqual({ ok: false, reason })
	);
});

describe('calendar helpers', () => {
	it('isLeapYear', () => {
		expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
	});
	it('daysInMonth', () => {
		expect(daysInMonth(2024, 2)).toBe(29);
		expect(daysInMonth(2023, 2)).toBe(28);
		expect(daysInMonth(2023, 9)).toBe(30);
		expect(daysInMonth(2023, 12)).toBe(31);
	});
	it('isoToMonthDayYear', () => {
		expect(isoToMonthDayYear('2024-03-07')).toEqual({ month: '3', day: '7', year: '2024' });
		expect(isoToMonthDayYear('nope')).toEqual({ month: '', day: '', year: '' });
	});
});

describe('isAfter / daysBetween', () => {
	it('isAfter is strict', () => {
		expect(isAfter('2024-03-08', '2024-03-07')).toBe(true);
		expect(isAfter('2024-03-07', '2024-03-07')).toBe(false);
		expect(isAfter('2023-12-31', '2024-01-01')).toBe(false);
	});
	it('daysBetween counts whole days, signed', () => {
		expect(daysBetween('2024-01-01', '2024-01-01')).toBe(0);
		expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
		expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
		expect(daysBetween('2024-03-09', '2024-03-11')).toBe(2);
		expect(daysBetween('2024-12-31', '2024-01-01')).toBe(-365);
		expect(daysBetween('2000-01-01', '2100-01-01')).toBe(36525);
	});
});
