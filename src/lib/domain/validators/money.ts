/** U.S. dollar amounts and whole numbers (for the Connecticut Economic Impact Form). */

/** Why a dollar amount is not acceptable. */
export type UsdProblem = 'empty' | 'format' | 'negative' | 'too-many-decimals';

/** Outcome of parsing a dollar amount: whole cents, or a reason. */
export type UsdParse = { ok: true; cents: number } | { ok: false; reason: UsdProblem };

/** Why a whole-number entry is not acceptable. */
export type WholeNumberProblem = 'empty' | 'not-whole' | 'min' | 'max';

/** Digits with correctly placed thousands commas ("1,234,567") or none ("1234567"). */
const GROUPED_INT = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;

/** Inserts thousands separators into a string of digits ("1234567" → "1,234,567"). */
function groupThousands(digits: string): string {
	return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Parses "$1,234.56", "1234", "1,234", ".5" into integer cents (123456, 123400, …). */
export function parseUsd(input: string): UsdParse {
	let s = input.trim();
	if (s === '') return { ok: false, reason: 'empty' };
	if (/^\(.*\)$/.test(s) || /^\$?\s*-|^-/.test(s)) return { ok: false, reason: 'negative' };
	s = s.replace(/^\$\s*/, '');
	const m = /^([\d,]*)(?:\.(\d*))?$/.exec(s);
	if (!m || s === '.' || s === '') return { ok: false, reason: 'format' };
	const [, whole = '', frac = ''] = m;
	if (whole !== '' && !GROUPED_INT.test(whole)) return { ok: false, reason: 'format' };
	if (frac.length > 2) return { ok: false, reason: 'too-many-decimals' };
	const cents = Number(whole.replace(/,/g, '') + frac.padEnd(2, '0'));
	return Number.isSafeInteger(cents) ? { ok: true, cents } : { ok: false, reason: 'format' };
}

/** As-you-type: keeps digits and one ".", adds thousands commas, at most 2 decimals, no "$". */
export function formatUsdAsTyped(input: string): string {
	const cleaned = input.replace(/[^\d.]/g, '');
	const dot = cleaned.indexOf('.');
	const rawWhole = dot === -1 ? cleaned : cleaned.slice(0, dot);
	const whole = rawWhole.replace(/^0+(?=\d)/, '');
	if (dot === -1) return groupThousands(whole);
	const frac = cleaned
		.slice(dot + 1)
		.replace(/\./g, '')
		.slice(0, 2);
	return `${groupThousands(whole || '0')}.${frac}`;
}

/** "$1,234.56" from integer cents (rounded if not whole); negatives as "-$1,234.56". */
export function formatUsd(cents: number): string {
	const c = Math.round(cents);
	const abs = Math.abs(c);
	const dollars = groupThousands(String(Math.floor(abs / 100)));
	const rest = String(abs % 100).padStart(2, '0');
	return `${c < 0 ? '-' : ''}$${dollars}.${rest}`;
}

/** The integer in "1234", "1,234" or "-5", or null when the entry is not a whole number. */
export function parseWholeNumber(input: string): number | null {
	const m = /^(-?)(.+)$/.exec(input.trim());
	if (!m || !GROUPED_INT.test(m[2] ?? '')) return null;
	const n = Number(`${m[1]}${(m[2] ?? '').replace(/,/g, '')}`);
	return Number.isSafeInteger(n) ? n : null;
}

/** Null for a whole number within [min, max] (each bound optional); otherwise why not. */
export function wholeNumberProblem(
	input: string,
	{ min, max }: { min?: number; max?: number } = {}
): WholeNumberProblem | null {
	if (input.trim() === '') return 'empty';
	const n = parseWholeNumber(input);
	if (n === null) return 'not-whole';
	if (min !== undefined && n < min) return 'min';
	if (max !== undefined && n > max) return 'max';
	return null;
}
