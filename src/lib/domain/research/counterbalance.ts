/**
 * Counterbalancing: which variant a participant sees (between-subject studies) and in which order
 * a participant sees every variant (within-subject studies). Participants get better at a task
 * as they repeat it and tire as the session goes on; when every variant comes first, second, ...
 * equally often, and follows every other variant equally often, those effects spread evenly over
 * the variants instead of favouring one. The participant index is the session's position in the
 * study (0 for the first participant), so the assignment is reproducible from the index alone.
 */

/** How participants are spread over the variants. */
export type CounterbalanceScheme = 'alternate' | 'latin-square';

export const COUNTERBALANCE_SCHEMES: readonly CounterbalanceScheme[] = [
	'alternate',
	'latin-square'
];

/**
 * The first row of a Williams design: 0, 1, n−1, 2, n−2, 3, ... Its successive differences
 * (1, −2, 3, −4, ... mod n) are all different, which is what makes the square balanced.
 */
function williamsFirstRow(n: number): number[] {
	return Array.from({ length: n }, (_, j) => {
		if (j === 0) return 0;
		return j % 2 === 1 ? (j + 1) / 2 : n - j / 2;
	});
}

/**
 * A balanced Latin square (Williams design) of orders for n conditions, numbered 0..n−1: every
 * condition appears once in each row and equally often in each column (each position), and every
 * ordered pair of conditions is adjacent (one right after the other) equally often. Row r is the first row
 * with r added to each entry, mod n. For an even n the n rows are balanced; for an odd n no n-row
 * square can be, so Williams adds each row reversed: 2n rows, the n rows first and then their
 * reversals. One condition has the one row [0]; fewer than one (or a fraction) gives none.
 */
export function latinSquare(n: number): number[][] {
	if (!Number.isInteger(n) || n < 1) return [];
	const first = williamsFirstRow(n);
	const rows = Array.from({ length: n }, (_, r) => first.map((condition) => (condition + r) % n));
	if (n % 2 === 0 || n === 1) return rows;
	return [...rows, ...rows.map((row) => [...row].reverse())];
}

/** Refuses what no caller should pass: no variants, or an index that is not a session position. */
function checkArguments(participantIndex: number, variantIds: readonly string[]): void {
	if (variantIds.length === 0) throw new RangeError('A study needs at least one variant');
	if (!Number.isInteger(participantIndex) || participantIndex < 0) {
		throw new RangeError(`Not a participant index: ${participantIndex}`);
	}
}

/** The variant ids in the order a row of the balanced square gives. */
function squareOrder(participantIndex: number, variantIds: readonly string[]): string[] {
	const square = latinSquare(variantIds.length);
	const row = square[participantIndex % square.length] as number[];
	return row.map((condition) => variantIds[condition] as string);
}

/**
 * Every variant, in the order this participant sees them (within-subject studies). 'alternate'
 * rotates the list by one per participant (A B C, B C A, C A B, ...): each variant comes first
 * equally often, but B always follows A. 'latin-square' takes row (index mod rows) of the balanced
 * square, so every variant also follows every other equally often over a full round of rows.
 * Throws a RangeError for no variants or a negative or fractional index (a caller's bug).
 */
export function orderFor(
	participantIndex: number,
	variantIds: readonly string[],
	scheme: CounterbalanceScheme
): string[] {
	checkArguments(participantIndex, variantIds);
	if (scheme === 'latin-square') return squareOrder(participantIndex, variantIds);
	const k = variantIds.length;
	return variantIds.map((_, i) => variantIds[(participantIndex + i) % k] as string);
}

/**
 * The one variant this participant sees (between-subject studies): the first of orderFor.
 * 'alternate' cycles A, B, A, B, ...; 'latin-square' takes the first entry of the participant's row
 * of the balanced square, so each variant leads equally often over a full round of rows (for 3
 * variants, A B C C A B). Throws like orderFor.
 */
export function assignVariant(
	participantIndex: number,
	variantIds: readonly string[],
	scheme: CounterbalanceScheme
): string {
	return orderFor(participantIndex, variantIds, scheme)[0] as string;
}
