/**
 * The UNSPSC tree built in pieces, so that no piece blocks the page for long.
 *
 * `new UnspscTree(rows)` of all 13,000 codes took 50–110 ms on the main thread in Chromium on the
 * 2-core test machine (a long task that would freeze typing). Coverage and ancestry never cross a
 * segment (every code's ancestors lie in its own segment), so the rows are split by top-level
 * ancestor into parts of whole segments, each part is an ordinary `UnspscTree` built in a task
 * of its own (5–15 ms), and `SegmentedTree` answers like one tree by asking the part that holds
 * the code. Every rule (ordering, coverage, normalization) still comes from `UnspscTree`.
 */
import { UnspscTree, type SelectionIndex, type SelectionState } from '$lib/domain/unspsc/tree';
import type { UnspscNode, UnspscRow } from '$lib/domain/unspsc/types';

/** The part of `UnspscTree`'s interface the selector uses; both trees provide it. */
export type CodeTree = Pick<
	UnspscTree,
	| 'size'
	| 'get'
	| 'has'
	| 'roots'
	| 'children'
	| 'hasChildren'
	| 'descendantCount'
	| 'ancestors'
	| 'path'
	| 'isAncestor'
	| 'coveringCode'
	| 'selectionIndex'
	| 'selectionState'
	| 'normalizeSelection'
	| 'withSelected'
	| 'coveredBy'
>;

/** Rows per part (whole segments are never split, so a part can be larger). */
export const PART_ROWS = 1500;

/**
 * Splits rows into groups of whole top-level subtrees of about `partRows` rows, keeping the
 * rows' order. A row's top is found by following parents present in the rows, as the tree does
 * (a row whose parent is missing is a top itself). One pass when parents come first, as they do
 * in the asset; rows seen before their parent are settled afterwards.
 */
export function splitRows(rows: readonly UnspscRow[], partRows = PART_ROWS): UnspscRow[][] {
	// Plain indexed loops: this runs once, before the JIT has warmed up, where iterators and
	// destructuring cost several times more.
	const topOf = new Map<string, string>();
	let late: UnspscRow[] = [];
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		const code = row[0];
		const parent = row[2];
		if (topOf.has(code)) continue;
		const top = parent === null ? code : topOf.get(parent);
		if (top === undefined) late.push(row);
		else topOf.set(code, top);
	}
	if (late.length > 0) {
		const codes = new Set(rows.map((r) => r[0]));
		// Settle rows whose parent is now known; a parent missing from the data makes a top.
		for (let progress = true; progress && late.length > 0;) {
			progress = false;
			const waiting: UnspscRow[] = [];
			for (const row of late) {
				const [code, , parent] = row;
				if (topOf.has(code)) continue;
				const top = parent === null || !codes.has(parent) ? code : topOf.get(parent);
				if (top === undefined) waiting.push(row);
				else {
					topOf.set(code, top);
					progress = true;
				}
			}
			late = waiting;
		}
		for (const [code] of late) if (!topOf.has(code)) topOf.set(code, code); // a parent cycle
	}
	const groups = new Map<string, UnspscRow[]>();
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		const key = topOf.get(row[0])!;
		const group = groups.get(key);
		if (group) group.push(row);
		else groups.set(key, [row]);
	}
	const parts: UnspscRow[][] = [];
	let current: UnspscRow[] = [];
	for (const group of groups.values()) {
		if (current.length > 0 && current.length + group.length > partRows) {
			parts.push(current);
			current = [];
		}
		current = current.length === 0 ? group : current.concat(group);
	}
	if (current.length > 0) parts.push(current);
	return parts;
}

/** One tree over parts built separately (see the file comment). */
export class SegmentedTree implements CodeTree {
	readonly #parts: readonly UnspscTree[];
	readonly #roots: readonly UnspscNode[];

	constructor(parts: readonly UnspscTree[]) {
		this.#parts = parts;
		// The top level in the tree's own order: a small tree of every part's roots sorts them.
		const byCode = new Map<string, UnspscNode>();
		for (const part of parts) for (const node of part.roots()) byCode.set(node.code, node);
		const order = new UnspscTree(
			[...byCode.values()].map((n): UnspscRow => [n.code, n.title, null])
		);
		this.#roots = order.roots().map((n) => byCode.get(n.code)!);
	}

	#part(code: string): UnspscTree | undefined {
		return this.#parts.find((part) => part.has(code));
	}

	get size(): number {
		return this.#parts.reduce((n, part) => n + part.size, 0);
	}

	get(code: string): UnspscNode | undefined {
		return this.#part(code)?.get(code);
	}

	has(code: string): boolean {
		return this.#part(code) !== undefined;
	}

	roots(): readonly UnspscNode[] {
		return this.#roots;
	}

	children(code: string | null): readonly UnspscNode[] {
		if (code === null) return this.#roots;
		return this.#part(code)?.children(code) ?? [];
	}

	hasChildren(code: string): boolean {
		return this.#part(code)?.hasChildren(code) ?? false;
	}

	descendantCount(code: string): number {
		return this.#part(code)?.descendantCount(code) ?? 0;
	}

	ancestors(code: string): UnspscNode[] {
		return this.#part(code)?.ancestors(code) ?? [];
	}

	path(code: string): UnspscNode[] {
		return this.#part(code)?.path(code) ?? [];
	}

	isAncestor(ancestor: string, code: string): boolean {
		return this.#part(code)?.isAncestor(ancestor, code) ?? false;
	}

	coveringCode(code: string, selected: ReadonlySet<string>): string | undefined {
		const part = this.#part(code);
		if (part) return part.coveringCode(code, selected);
		return selected.has(code) ? code : undefined;
	}

	selectionIndex(selected: ReadonlySet<string>): SelectionIndex {
		const partial = new Set<string>();
		for (const part of this.#parts) {
			for (const code of part.selectionIndex(selected).partial) partial.add(code);
		}
		return { selected, partial };
	}

	selectionState(code: string, selection: ReadonlySet<string> | SelectionIndex): SelectionState {
		const part = this.#part(code);
		if (part) return part.selectionState(code, selection);
		const selected = 'partial' in selection ? selection.selected : selection;
		return selected.has(code) ? 'selected' : 'none';
	}

	normalizeSelection(selected: Iterable<string>): string[] {
		// Coverage stays inside a part: normalize each part's codes there; keep unknown codes.
		const buckets = new Map<UnspscTree | undefined, string[]>();
		for (const code of new Set(selected)) {
			const part = this.#part(code);
			const bucket = buckets.get(part);
			if (bucket) bucket.push(code);
			else buckets.set(part, [code]);
		}
		const out: string[] = [];
		for (const [part, codes] of buckets)
			out.push(...(part ? part.normalizeSelection(codes) : codes));
		return out.sort();
	}

	withSelected(selected: Iterable<string>, code: string): string[] {
		return this.normalizeSelection([...selected, code]);
	}

	coveredBy(selected: Iterable<string>, code: string): string[] {
		return this.#part(code)?.coveredBy(selected, code) ?? [];
	}
}

/** Resolves in a later task, so the work before and after it are separate main-thread tasks. */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Builds a `SegmentedTree` in short tasks: the split, one per part, then the whole. `onTask`
 * reports each task's duration (ms).
 */
export async function buildSegmentedTree(
	rows: readonly UnspscRow[],
	onTask?: (ms: number) => void,
	partRows = PART_ROWS
): Promise<SegmentedTree> {
	const timed = async <T>(work: () => T): Promise<T> => {
		await nextTask();
		const t = performance.now();
		const result = work();
		onTask?.(performance.now() - t);
		return result;
	};
	const groups = await timed(() => splitRows(rows, partRows));
	const parts: UnspscTree[] = [];
	for (const group of groups) parts.push(await timed(() => new UnspscTree(group)));
	return timed(() => new SegmentedTree(parts));
}
