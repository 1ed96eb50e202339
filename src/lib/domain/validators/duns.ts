/** D-U-N-S Number (Dun & Bradstreet): nine digits, often printed as "12-345-6789". */

/** Why a D-U-N-S entry is not acceptable. */
export type DunsProblem = 'empty' | 'not-digits' | 'length';

/** The nine digits of a D-U-N-S typed with optional dashes/spaces, or null. */
export function normalizeDuns(input: string): string | null {
	const compact = input.replace(/[\s-]/g, '');
	return /^\d{9}$/.test(compact) ? compact : null;
}

/** Null for exactly nine digits (dashes/spaces between them allowed); otherwise why not. */
export function dunsProblem(input: string): DunsProblem | null {
	const compact = input.replace(/[\s-]/g, '');
	if (compact === '') return 'empty';
	if (!/^\d+$/.test(compact)) return 'not-digits';
	return compact.length === 9 ? null : 'length';
}
