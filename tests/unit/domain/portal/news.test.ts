import { NEWS, formatDate } from '$lib/domain/portal/news';

describe('formatDate', () => {
	it('shows a calendar date without shifting the day', () => {
		expect(formatDate('2026-11-02')).toBe('November 2, 2026');
		expect(formatDate('2026-01-01')).toBe('January 1, 2026');
	});

	it('shows a date-time as a date, and nothing for an unreadable value', () => {
		expect(formatDate('2026-11-22T12:00:00.000Z')).toMatch(/^November 2[123], 2026$/);
		expect(formatDate('soon')).toBe('');
	});
});

describe('NEWS', () => {
	it('is dated and newest first', () => {
		const dates = NEWS.map((n) => n.date);
		expect(dates.every((d) => formatDate(d) !== '')).toBe(true);
		expect([...dates].sort().reverse()).toEqual(dates);
	});
});
