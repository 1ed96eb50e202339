/** Month / Day / Year date fields and ISO 'YYYY-MM-DD' date arithmetic. */

/** Earliest year the date fields accept. */
export const MIN_YEAR = 1900;

/** Latest year the date fields accept. */
export const MAX_YEAR = 2100;

/** The three date fields as typed or selected. */
export interface MonthDayYear {
	month: string | number;
	day: string | number;
	year: string | number;
}

/** Why three date fields do not make a date. */
export type DateProblem = 'incomplete' | 'not-a-date' | 'year-range';

/** Outcome of reading the date fields: an ISO date, or a reason. */
export type DateParse = { ok: true; iso: string } | { ok: false; reason: DateProblem };

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The field as a non-negative integer, or null when it is not only digits. */
function fieldNumber(value: string | number): number | null {
	const s = String(value).trim();
	return /^\d+$/.test(s) ? Number(s) : null;
}

/** Reads Month/Day/Year fields into 'YYYY-MM-DD'; rejects Feb 30, Feb 29 in common years, … */
export function parseMonthDayYear({ month, day, year }: MonthDayYear): DateParse {
	if ([month, day, year].some((v) => String(v).trim() === '')) {
		return { ok: false, reason: 'incomplete' };
	}
	const [m, d, y] = [month, day, year].map(fieldNumber);
	if (m == null || d == null || y == null) return { ok: false, reason: 'not-a-date' };
	if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, reason: 'year-range' };
	if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
		return { ok: false, reason: 'not-a-date' };
	}
	const pad = (n: number) => String(n).padStart(2, '0');
	return { ok: true, iso: `${y}-${pad(m)}-${pad(d)}` };
}

/** Splits 'YYYY-MM-DD' into the three fields ("3", "7", "2024"); blanks when not ISO. */
export function isoToMonthDayYear(iso: string): { month: string; day: string; year: string } {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return { month: '', day: '', year: '' };
	return { month: String(Number(m[2])), day: String(Number(m[3])), year: m[1] ?? '' };
}

/** Milliseconds since the epoch at UTC midnight of an ISO date. */
function utcMidnight(iso: string): number {
	const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
	return Date.UTC(y, m - 1, d);
}

/** True when ISO date `isoA` is strictly later than `isoB`. */
export function isAfter(isoA: string, isoB: string): boolean {
	return utcMidnight(isoA) > utcMidnight(isoB);
}

/** Whole days from `isoA` to `isoB` (positive when B is later); immune to daylight saving. */
export function daysBetween(isoA: string, isoB: string): number {
	return Math.round((utcMidnight(isoB) - utcMidnight(isoA)) / 86_400_000);
}
