/**
 * Taxpayer identification numbers: Social Security Numbers (SSN) and Federal Employer
 * Identification Numbers (FEIN / EIN). Pure functions; messages live with the zod schemas.
 */

/** Which kind of TIN a value is. */
export type TinKind = 'ssn' | 'fein';

/** Why a nine-digit SSN cannot be real ('format' = not nine digits). */
export type SsnProblem = 'format' | 'area' | 'group' | 'serial';

/** Why a nine-digit FEIN cannot be real ('format' = not nine digits). */
export type FeinProblem = 'format' | 'prefix';

/**
 * Two-digit prefixes the IRS issues EINs with (union of every campus, Internet and SBA row).
 * Source: IRS, "How EINs are assigned and valid EIN prefixes".
 * Never issued: 00, 07–09, 17–19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97.
 */
export const VALID_EIN_PREFIXES: readonly string[] = [
	...['01', '02', '03', '04', '05', '06'],
	...['10', '11', '12', '13', '14', '15', '16'],
	...['20', '21', '22', '23', '24', '25', '26', '27'],
	...['30', '31', '32', '33', '34', '35', '36', '37', '38', '39'],
	...['40', '41', '42', '43', '44', '45', '46', '47', '48'],
	...['50', '51', '52', '53', '54', '55', '56', '57', '58', '59'],
	...['60', '61', '62', '63', '64', '65', '66', '67', '68'],
	...['71', '72', '73', '74', '75', '76', '77'],
	...['80', '81', '82', '83', '84', '85', '86', '87', '88'],
	...['90', '91', '92', '93', '94', '95', '98', '99']
];

const EIN_PREFIXES = new Set(VALID_EIN_PREFIXES);

/** Every ASCII digit of `s`, in order, and nothing else. */
export function digitsOnly(s: string): string {
	return s.replace(/\D/g, '');
}

/** The 9 digits of a TIN typed with optional dashes/spaces, or null (letters, wrong length). */
export function normalizeTin(input: string): string | null {
	const compact = input.replace(/[\s-]/g, '');
	return /^\d{9}$/.test(compact) ? compact : null;
}

/** Null when the SSN could be issued; otherwise which part is impossible. */
export function ssnProblem(nineDigits: string): SsnProblem | null {
	const d = normalizeTin(nineDigits);
	if (d === null) return 'format';
	const area = d.slice(0, 3);
	if (area === '000' || area === '666' || area[0] === '9') return 'area';
	if (d.slice(3, 5) === '00') return 'group';
	if (d.slice(5) === '0000') return 'serial';
	return null;
}

/** Null when the FEIN starts with a prefix the IRS issues; otherwise why not. */
export function feinProblem(nineDigits: string): FeinProblem | null {
	const d = normalizeTin(nineDigits);
	if (d === null) return 'format';
	return EIN_PREFIXES.has(d.slice(0, 2)) ? null : 'prefix';
}

/** SSN layout "123-45-6789"; partial input formats progressively ("12345" → "123-45"). */
export function formatSsn(d: string): string {
	const x = digitsOnly(d).slice(0, 9);
	if (x.length <= 3) return x;
	if (x.length <= 5) return `${x.slice(0, 3)}-${x.slice(3)}`;
	return `${x.slice(0, 3)}-${x.slice(3, 5)}-${x.slice(5)}`;
}

/** FEIN layout "12-3456789"; partial input formats progressively ("123" → "12-3"). */
export function formatFein(d: string): string {
	const x = digitsOnly(d).slice(0, 9);
	return x.length <= 2 ? x : `${x.slice(0, 2)}-${x.slice(2)}`;
}

/** As-you-type formatting of a TIN field: drops non-digits, caps at 9 digits, adds dashes. */
export function formatTinAsTyped(raw: string, kind: TinKind): string {
	return kind === 'ssn' ? formatSsn(raw) : formatFein(raw);
}

/** A TIN with only its last four digits shown: SSN "***-**-6789", FEIN "**-***6789". */
export function maskTin(nineDigits: string, kind: TinKind): string {
	const last4 = digitsOnly(nineDigits).slice(-4).padStart(4, '*');
	return kind === 'ssn' ? `***-**-${last4}` : `**-***${last4}`;
}

/**
 * Generic mask: one `*` per hidden digit, then the last four ("123456789" → "*****6789").
 * Four digits or fewer are masked completely, so a short value is never shown in full.
 */
export function maskLastFour(digits: string): string {
	const d = digitsOnly(digits);
	if (d.length <= 4) return '*'.repeat(d.length);
	return '*'.repeat(d.length - 4) + d.slice(-4);
}
