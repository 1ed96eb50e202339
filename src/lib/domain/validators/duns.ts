/** D-U-N-S Number (Dun & Bradstreet): nine digits, often printed as "12-345-6789". */

/** Why a D-U-N-S entry is not acceptable. */
export type DunsProblem = 'empty' | 'not-digits' | 'length';

/**
 * The nine digits of a D-U-N-S, or null. The guide: "This field must contain 9 digits. It cannot
 * contain letters or symbols" — so dashes are refused too (surrounding spaces are ignored).
 */
export function normalizeDuns(input: string): string | null {
	const compact = input.trim();
	return /^\d{9}$/.test(compact) ? compact : null;
}

/** Null for exactly nine digits and nothing else; otherwise why not. */
export function dunsProblem(input: string): DunsProblem | null {
	const compact = input.trim();
	if (compact === '') return 'empty';
	if (!/^\d+$/.test(compact)) return 'not-digits';
	return compact.length === 9 ? null : 'length';
}
