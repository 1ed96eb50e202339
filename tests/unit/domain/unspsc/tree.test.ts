import { label, UnspscTree } from '$lib/domain/unspsc/tree';
import type { UnspscDataset, UnspscRow } from '$lib/domain/unspsc/types';
import { loadRealDataset } from './real-data';

/**
 * A small tree. Segment titles sort differently from their codes. 20101500 hangs directly under
 * its segment (a repaired row whose digit-parent family is missing), as in the real data.
 */
const ROWS: UnspscRow[] = [
	['10000000', 'Zoo supplies', null],
	['10100000', 'Live animals', '10000000'],
	['10101500', 'Livestock', '10100000'],
	['10101501', 'Cats', '10101500'],
	['10101502', 'Dogs', '10101500'],
	['10101600', 'Birds and fowl', '10100000'],
	['10101601', 'Live chickens', '10101600'],
	['10110000', 'Domestic pet products', '10000000'],
	['20000000', 'Animal feed', null],
	['20101500', 'Repaired class under its segment', '20000000'],
	['20101501', 'Hay', '20101500'],
	['30000000', 'bird seed', null]
];

const dataset: UnspscDataset = { format: 1, source: 'sample', rows: ROWS };
const codes = (nodes: readonly { code: string }[]) => nodes.map((n) => n.code);

describe('UnspscTree on a small tree', () => {
	const tree = new UnspscTree(dataset);

	it('reads nodes with their level from the digits', () => {
		expect(tree.size).toBe(ROWS.length);
		expect(tree.get('10101501')).toEqual({
			code: '10101501',
			title: 'Cats',
			parent: '10101500',
			level: 'commodity'
		});
		expect(tree.get('20101500')?.level).toBe('class');
		expect(tree.get('99999999')).toBeUndefined();
		expect(tree.has('10100000')).toBe(true);
	});

	it('lists segments alphabetically by title (case-insensitive), children by code', () => {
		expect(codes(tree.roots())).toEqual(['20000000', '30000000', '10000000']);
		expect(codes(tree.children(null))).toEqual(codes(tree.roots()));
		expect(codes(tree.children('10000000'))).toEqual(['10100000', '10110000']);
		expect(codes(tree.children('10100000'))).toEqual(['10101500', '10101600']);
		expect(tree.children('10101501')).toEqual([]);
		expect(tree.hasChildren('10101500')).toBe(true);
		expect(tree.hasChildren('10101501')).toBe(false);
	});

	it('also accepts bare rows', () => {
		expect(codes(new UnspscTree(ROWS).roots())).toEqual(codes(tree.roots()));
	});

	it('gives ancestors root first and the path including the node', () => {
		expect(codes(tree.ancestors('10101501'))).toEqual(['10000000', '10100000', '10101500']);
		expect(codes(tree.path('10101501'))).toEqual(['10000000', '10100000', '10101500', '10101501']);
		expect(tree.ancestors('10000000')).toEqual([]);
		expect(tree.ancestors('99999999')).toEqual([]);
		expect(tree.path('99999999')).toEqual([]);
	});

	it('follows the parent field, not the digits, for repaired rows', () => {
		expect(codes(tree.ancestors('20101501'))).toEqual(['20000000', '20101500']);
		expect(codes(tree.children('20000000'))).toEqual(['20101500']);
		expect(tree.isCoveredBy('20101501', new Set(['20000000']))).toBe(true);
		expect(tree.isAncestor('20000000', '20101501')).toBe(true);
		expect(tree.isAncestor('20100000', '20101501')).toBe(false);
	});

	it('counts descendants at every level', () => {
		expect(tree.descendantCount('10000000')).toBe(7);
		expect(tree.descendantCount('10100000')).toBe(5);
		expect(tree.descendantCount('10101500')).toBe(2);
		expect(tree.descendantCount('10101501')).toBe(0);
		expect(tree.descendantCount('99999999')).toBe(0);
		expect(codes([...tree.descendants('10100000')])).toEqual([
			'10101500',
			'10101501',
			'10101502',
			'10101600',
			'10101601'
		]);
	});

	it('finds the selected code covering a code: itself, else the nearest selected ancestor', () => {
		const selected = new Set(['10100000', '10000000']);
		expect(tree.coveringCode('10101501', selected)).toBe('10100000');
		expect(tree.coveringCode('10100000', selected)).toBe('10100000');
		expect(tree.coveringCode('10110000', selected)).toBe('10000000');
		expect(tree.coveringCode('20101501', selected)).toBeUndefined();
		expect(tree.isCoveredBy('10101601', new Set(['10101600']))).toBe(true);
		expect(tree.isCoveredBy('10101501', new Set(['10101600']))).toBe(false);
		// A child never covers its parent.
		expect(tree.isCoveredBy('10101500', new Set(['10101501']))).toBe(false);
	});

	it('gives each row its selection state', () => {
		const selected = new Set(['10101500', '20101501']);
		const index = tree.selectionIndex(selected);
		const state = (code: string) => tree.selectionState(code, index);
		expect(state('10101500')).toBe('selected');
		expect(state('10101501')).toBe('covered');
		expect(state('10101502')).toBe('covered');
		expect(state('10100000')).toBe('partial');
		expect(state('10000000')).toBe('partial');
		expect(state('10101600')).toBe('none');
		expect(state('10110000')).toBe('none');
		expect(state('20000000')).toBe('partial');
		expect(state('20101500')).toBe('partial');
		expect(state('20101501')).toBe('selected');
		expect(state('30000000')).toBe('none');
		// A plain set gives the same answers.
		for (const [code] of ROWS) expect(tree.selectionState(code, selected)).toBe(state(code));
		expect([...index.partial].sort()).toEqual(['10000000', '10100000', '20000000', '20101500']);
	});

	it('prefers selected over covered and covered over partial', () => {
		const index = tree.selectionIndex(new Set(['10000000', '10101500', '10101501']));
		expect(tree.selectionState('10101500', index)).toBe('selected');
		expect(tree.selectionState('10100000', index)).toBe('covered');
		expect(tree.selectionState('10101502', index)).toBe('covered');
	});

	it('normalizes a selection by dropping covered codes, keeping unknown ones', () => {
		expect(
			tree.normalizeSelection(['10101501', '10100000', '10101601', '20101501', '99999999'])
		).toEqual(['10100000', '20101501', '99999999']);
		expect(tree.normalizeSelection([])).toEqual([]);
		expect(tree.normalizeSelection(['10101501', '10101501'])).toEqual(['10101501']);
	});

	it('adds a higher level by replacing what it covers', () => {
		const before = ['10101501', '10101601', '20101501'];
		expect(tree.coveredBy(before, '10100000')).toEqual(['10101501', '10101601']);
		expect(tree.withSelected(before, '10100000')).toEqual(['10100000', '20101501']);
		// Adding a covered code changes nothing.
		expect(tree.withSelected(['10100000'], '10101501')).toEqual(['10100000']);
	});

	it('labels a node as "title (code)"', () => {
		expect(label(tree.get('10101501')!)).toBe('Cats (10101501)');
	});
});

describe('UnspscTree on the real data', () => {
	let data: UnspscDataset;
	let tree: UnspscTree;
	beforeAll(() => {
		data = loadRealDataset();
		tree = new UnspscTree(data);
	});

	it('holds every code once, with every parent present', () => {
		expect(tree.size).toBe(data.rows.length);
		expect(tree.size).toBeGreaterThan(13000);
		for (const [code, , parent] of data.rows) {
			if (parent !== null) expect(tree.has(parent), `${code} → ${parent}`).toBe(true);
		}
	});

	it('lists segments alphabetically by title with their codes in labels', () => {
		const roots = tree.roots();
		expect(roots.length).toBeGreaterThan(40);
		expect(roots.every((n) => n.level === 'segment')).toBe(true);
		const titles = roots.map((n) => n.title);
		const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
		expect(titles).toEqual([...titles].sort((a, b) => collator.compare(a, b)));
		expect(label(tree.get('43000000')!)).toMatch(/ \(43000000\)$/);
	});

	it('descends segment → family → class → commodity', () => {
		expect(codes(tree.ancestors('43222609'))).toEqual(['43000000', '43220000', '43222600']);
		expect(tree.get('43222609')?.title).toBe('Network routers');
		expect(codes(tree.children('43222600'))).toContain('43222609');
		const kids = codes(tree.children('43220000'));
		expect(kids).toEqual([...kids].sort());
	});

	it('counts every code exactly once under the roots', () => {
		const below = tree.roots().reduce((sum, n) => sum + tree.descendantCount(n.code), 0);
		expect(below + tree.roots().length).toBe(tree.size);
	});

	it('covers a family’s classes and commodities, and marks its ancestors partial', () => {
		const index = tree.selectionIndex(new Set(['43220000']));
		expect(tree.selectionState('43222609', index)).toBe('covered');
		expect(tree.selectionState('43222600', index)).toBe('covered');
		expect(tree.selectionState('43220000', index)).toBe('selected');
		expect(tree.selectionState('43000000', index)).toBe('partial');
		expect(tree.selectionState('43210000', index)).toBe('none');
		expect(tree.coveringCode('43222609', new Set(['43220000']))).toBe('43220000');
	});

	it('follows repaired parents: a class directly under its segment is covered by it', () => {
		// The data build attaches rows whose digit-parent is missing to the nearest ancestor.
		const repaired = data.rows.find(([code, , parent]) => {
			const node = tree.get(code)!;
			const parentNode = parent === null ? undefined : tree.get(parent);
			return node.level === 'class' && parentNode?.level === 'segment';
		});
		expect(repaired, 'a class whose parent is a segment').toBeDefined();
		const [code, , parent] = repaired!;
		expect(codes(tree.ancestors(code))).toEqual([parent]);
		expect(tree.isCoveredBy(code, new Set([parent!]))).toBe(true);
		expect(tree.selectionState(parent!, tree.selectionIndex(new Set([code])))).toBe('partial');
	});
});
