import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UnspscTree } from '$lib/domain/unspsc/tree';
import type { UnspscDataset, UnspscRow } from '$lib/domain/unspsc/types';
import { buildSegmentedTree, SegmentedTree, splitRows } from '$lib/unspsc/segmented-tree';

const ROWS: UnspscRow[] = [
	['43000000', 'Information Technology Broadcasting and Telecommunications', null],
	['43210000', 'Computer Equipment and Accessories', '43000000'],
	['43211500', 'Computers', '43210000'],
	['43211503', 'Notebook computers', '43211500'],
	['43220000', 'Data Voice or Multimedia Network Equipment', '43000000'],
	['43222600', 'Network service equipment', '43220000'],
	['43222609', 'Network routers', '43222600'],
	['53000000', 'Apparel and Luggage and Personal Care Products', null],
	['53100000', 'Clothing', '53000000'],
	['53101501', 'Mens slacks', '53100000'],
	// A parent missing from the data: the code is a top-level row of its own.
	['60101010', 'Orphaned commodity', '60101000'],
	['72000000', 'Building and Facility Construction and Maintenance Services', null],
	['72101507', 'Building maintenance service', '72000000']
];

const dataPath = fileURLToPath(new URL('../../../src/generated/unspsc.json', import.meta.url));

/** A small deterministic generator for random selections. */
function random(seed: number): () => number {
	let s = seed;
	return () => {
		s = (s * 1103515245 + 12345) % 2147483648;
		return s / 2147483648;
	};
}

function expectSameTree(rows: UnspscRow[], partRows: number, selections = 50): void {
	const whole = new UnspscTree(rows);
	const parts = splitRows(rows, partRows);
	expect(parts.flat()).toHaveLength(rows.length);
	const split = new SegmentedTree(parts.map((p) => new UnspscTree(p)));
	const codes = rows.map((r) => r[0]);
	const ids = (nodes: readonly { code: string }[]) => nodes.map((n) => n.code);

	expect(split.size).toBe(whole.size);
	expect(ids(split.roots())).toEqual(ids(whole.roots()));
	expect(ids(split.children(null))).toEqual(ids(whole.children(null)));
	for (const code of codes) {
		expect(split.get(code)).toEqual(whole.get(code));
		expect(split.hasChildren(code)).toBe(whole.hasChildren(code));
		expect(ids(split.children(code))).toEqual(ids(whole.children(code)));
		expect(split.descendantCount(code)).toBe(whole.descendantCount(code));
		expect(ids(split.ancestors(code))).toEqual(ids(whole.ancestors(code)));
		expect(ids(split.path(code))).toEqual(ids(whole.path(code)));
	}
	const next = random(7);
	const pick = () => codes[Math.floor(next() * codes.length)]!;
	for (let k = 0; k < selections; k++) {
		const selected = new Set([pick(), pick(), pick(), pick(), '99999999']);
		const code = pick();
		expect(split.withSelected(selected, code)).toEqual(whole.withSelected(selected, code));
		expect(split.normalizeSelection(selected)).toEqual(whole.normalizeSelection(selected));
		expect(split.coveredBy(selected, code)).toEqual(whole.coveredBy(selected, code));
		expect(split.coveringCode(code, selected)).toBe(whole.coveringCode(code, selected));
		const other = pick();
		expect(split.isAncestor(other, code)).toBe(whole.isAncestor(other, code));
		const a = split.selectionIndex(selected);
		const b = whole.selectionIndex(selected);
		expect([...a.partial].sort()).toEqual([...b.partial].sort());
		for (const c of [code, pick(), pick(), '99999999']) {
			expect(split.selectionState(c, a)).toBe(whole.selectionState(c, b));
			expect(split.selectionState(c, selected)).toBe(whole.selectionState(c, selected));
		}
	}
}

describe('SegmentedTree', () => {
	it('splits rows by top-level subtree, never splitting one', () => {
		const parts = splitRows(ROWS, 1);
		expect(parts.map((p) => p.map((r) => r[0].slice(0, 2)))).toEqual([
			['43', '43', '43', '43', '43', '43', '43'],
			['53', '53', '53'],
			['60'],
			['72', '72']
		]);
		expect(splitRows(ROWS, 100)).toHaveLength(1);
	});

	it('handles children listed before their parents, and duplicate codes', () => {
		const shuffled = [...ROWS].reverse();
		expect(splitRows(shuffled, 1).map((p) => p.length)).toEqual([2, 1, 3, 7]);
		expectSameTree(shuffled, 1, 100);
		const twice = [...ROWS, ['43222609', 'Network routers again', '43222600'] as UnspscRow];
		expect(splitRows(twice, 1)[0]).toHaveLength(8);
		expectSameTree(twice, 1, 50);
	});

	it('answers exactly like one UnspscTree (small data, one segment per part)', () => {
		expectSameTree(ROWS, 1, 200);
	});

	it('answers like one UnspscTree on every code of the real data', async () => {
		if (!existsSync(dataPath)) return; // written by `npm run data`
		const data = JSON.parse(readFileSync(dataPath, 'utf8')) as UnspscDataset;
		expectSameTree(data.rows, 1500);
		const parts: number[] = [];
		const built = await buildSegmentedTree(data.rows, (ms) => parts.push(ms));
		expect(built.size).toBe(new Set(data.rows.map((r) => r[0])).size);
		expect(parts.length).toBeGreaterThan(5);
	}, 60_000); // every one of the 13,288 codes, twice: seconds on a busy 2-core machine
});
