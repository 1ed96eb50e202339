/** Dates in the Additional Required Attributes: Month/Day/Year fields, their messages, display. */
import { parseMonthDayYear, type MonthDayYear } from '../../validators';

export const blankDate = (): MonthDayYear => ({ month: '', day: '', year: '' });

/** The message for a Month/Day/Year date that is incomplete or not a real date, else null. */
export function dateMessage(label: string, date: MonthDayYear): string | null {
	const parsed = parseMonthDayYear(date);
	if (parsed.ok) return null;
	switch (parsed.reason) {
		case 'incomplete':
			return `Enter the ${label}: Month, Day and Year`;
		case 'year-range':
			return `${label}: enter a year between 1900 and 2100`;
		default:
			return `${label} must be a real date (check the day for the month, e.g. no February 30)`;
	}
}

/** "March 7, 2026" from '2026-03-07'. */
export function formatIso(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-US', {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC'
	});
}
