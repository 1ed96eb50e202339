import { assignVariant, latinSquare, orderFor } from '$lib/domain/research';

/** Whether an array holds each of 0..n−1 exactly once. */
const isPermutation = (row: readonly number[], n: number) =>
	row.length === n && [...row].sort((a, b) => a - b).every((value, i) => value === i);

/** How often each ordered pair "a right before b" occurs across the rows. */
function adjacentPairs(rows: readonly number[][]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const row of rows) {
		for (let i = 0; i + 1 < row.length; i++) {
			const key = `${row[i]}>${row[i + 1]}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}
	return counts;
}

/** Checks a square is Latin (rows and columns permutations) and balanced; returns its row count. */
function expectBalancedLatin(n: number): number {
	const rows = latinSquare(n);
	for (const row of rows) expect(isPermutation(row, n), `row ${row}`).toBe(true);
	// Columns: over each block of n rows every condition appears once in each position.
	for (let block = 0; block < rows.length; block += n) {
		for (let column = 0; column < n; column++) {
			const values = rows.slice(block, block + n).map((row) => row[column] as number);
			expect(isPermutation(values, n), `column ${column}`).toBe(true);
		}
	}
	const pairs = adjacentPairs(rows);
	// Every ordered pair of distinct conditions occurs, and all equally often.
	expect(pairs.size).toBe(n * (n - 1));
	expect(new Set(pairs.values()).size).toBe(1);
	return rows.length;
}

describe('latinSquare', () => {
	it('gives the Williams square for 4 conditions', () => {
		expect(latinSquare(4)).toEqual([
			[0, 1, 3, 2],
			[1, 2, 0, 3],
			[2, 3, 1, 0],
			[3, 0, 2, 1]
		]);
	});

	it('is a balanced Latin square of 4 rows for 4 conditions', () => {
		expect(expectBalancedLatin(4)).toBe(4);
	});

	it('needs 6 rows for 3 conditions: the 3 rows and their reversals', () => {
		expect(latinSquare(3)).toEqual([
			[0, 1, 2],
			[1, 2, 0],
			[2, 0, 1],
			[2, 1, 0],
			[0, 2, 1],
			[1, 0, 2]
		]);
		expect(expectBalancedLatin(3)).toBe(6);
	});

	it('is balanced for other sizes too', () => {
		expect(expectBalancedLatin(2)).toBe(2);
		expect(expectBalancedLatin(5)).toBe(10);
		expect(expectBalancedLatin(6)).toBe(6);
		expect(expectBalancedLatin(8)).toBe(8);
	});

	it('handles one condition and no conditions', () => {
		expect(latinSquare(1)).toEqual([[0]]);
		expect(latinSquare(0)).toEqual([]);
		expect(latinSquare(-2)).toEqual([]);
		expect(latinSquare(2.5)).toEqual([]);
	});
});

describe('assignVariant', () => {
	const ab = ['A', 'B'];
	const sixParticipants = [0, 1, 2, 3, 4, 5];

	it('alternates A, B, A, B for two variants', () => {
		expect(sixParticipants.map((i) => assignVariant(i, ab, 'alternate'))).toEqual([
			'A',
			'B',
			'A',
			'B',
			'A',
			'B'
		]);
	});

	it('alternates the same way with a Latin square of two variants', () => {
		expect(sixParticipants.map((i) => assignVariant(i, ab, 'latin-square'))).toEqual([
			'A',
			'B',
			'A',
			'B',
			'A',
			'B'
		]);
	});

	it('cycles through three variants', () => {
		const abc = ['A', 'B', 'C'];
		expect(sixParticipants.map((i) => assignVariant(i, abc, 'alternate')).join('')).toBe('ABCABC');
		// Rows 0–2 lead with A, B, C; their reversals with C, A, B.
		expect(sixParticipants.map((i) => assignVariant(i, abc, 'latin-square')).join('')).toBe(
			'ABCCAB'
		);
	});

	it('lets each variant lead equally often over a round of rows', () => {
		const ids = ['A', 'B', 'C', 'D', 'E'];
		const leads = new Map<string, number>();
		for (let i = 0; i < 10; i++) {
			const id = assignVariant(i, ids, 'latin-square');
			leads.set(id, (leads.get(id) ?? 0) + 1);
		}
		expect([...leads.values()]).toEqual([2, 2, 2, 2, 2]);
	});

	it('gives the only variant to everyone', () => {
		expect(assignVariant(7, ['A'], 'alternate')).toBe('A');
		expect(assignVariant(7, ['A'], 'latin-square')).toBe('A');
	});

	it('refuses no variants or an index that is not a position', () => {
		expect(() => assignVariant(0, [], 'alternate')).toThrow(RangeError);
		expect(() => assignVariant(-1, ab, 'alternate')).toThrow(RangeError);
		expect(() => assignVariant(1.5, ab, 'latin-square')).toThrow(RangeError);
	});
});

describe('orderFor', () => {
	const abcd = ['A', 'B', 'C', 'D'];
	const orders = (scheme: 'alternate' | 'latin-square') =>
		[0, 1, 2, 3, 4].map((i) => orderFor(i, abcd, scheme).join(''));

	it('follows the balanced square for four participants, then starts again', () => {
		expect(orders('latin-square')).toEqual(['ABDC', 'BCAD', 'CDBA', 'DACB', 'ABDC']);
	});

	it('rotates the list by one per participant when alternating', () => {
		expect(orders('alternate')).toEqual(['ABCD', 'BCDA', 'CDAB', 'DABC', 'ABCD']);
	});

	it('swaps two variants each participant', () => {
		expect([0, 1, 2, 3].map((i) => orderFor(i, ['A', 'B'], 'latin-square').join(''))).toEqual([
			'AB',
			'BA',
			'AB',
			'BA'
		]);
	});

	it('starts with the assigned variant and uses real ids', () => {
		const ids = ['control', 'new-nav', 'search-first'];
		for (let i = 0; i < 12; i++) {
			for (const scheme of ['alternate', 'latin-square'] as const) {
				const order = orderFor(i, ids, scheme);
				expect([...order].sort()).toEqual([...ids].sort());
				expect(order[0]).toBe(assignVariant(i, ids, scheme));
			}
		}
	});

	it('leaves the caller’s list alone', () => {
		const ids = ['A', 'B', 'C'];
		orderFor(4, ids, 'latin-square');
		orderFor(4, ids, 'alternate');
		expect(ids).toEqual(['A', 'B', 'C']);
	});
});
