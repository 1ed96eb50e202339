import { clockTime } from '$lib/domain/clock';

describe('clockTime', () => {
	it('writes a time of day as a 12-hour clock with AM or PM', () => {
		expect(clockTime(new Date(2026, 11, 5, 0, 5))).toBe('12:05 AM');
		expect(clockTime(new Date(2026, 11, 5, 9, 30))).toBe('9:30 AM');
		expect(clockTime(new Date(2026, 11, 5, 12, 0))).toBe('12:00 PM');
		expect(clockTime(new Date(2026, 11, 5, 15, 45))).toBe('3:45 PM');
		expect(clockTime(new Date(2026, 11, 5, 23, 59))).toBe('11:59 PM');
	});
});
