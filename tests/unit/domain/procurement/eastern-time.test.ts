import { easternToInstant, instantToEastern } from '$lib/domain/procurement';

describe('Eastern time', () => {
	it('reads 2:00 PM Eastern in winter (EST, UTC−5) and summer (EDT, UTC−4)', () => {
		expect(new Date(easternToInstant('2026-12-10T14:00')!).toISOString()).toBe(
			'2026-12-10T19:00:00.000Z'
		);
		expect(new Date(easternToInstant('2026-07-01T14:00')!).toISOString()).toBe(
			'2026-07-01T18:00:00.000Z'
		);
	});

	it('writes an instant back as the Eastern wall-clock time', () => {
		expect(instantToEastern(Date.parse('2026-12-10T19:00:00.000Z'))).toBe('2026-12-10T14:00');
		expect(instantToEastern(Date.parse('2026-07-01T03:30:00.000Z'))).toBe('2026-06-30T23:30');
	});

	it('refuses what is not a date and time', () => {
		expect(easternToInstant('')).toBe(null);
		expect(easternToInstant('2026-02-30T10:00')).toBe(null);
		expect(easternToInstant('2026-12-10 14:00')).toBe(null);
	});
});
