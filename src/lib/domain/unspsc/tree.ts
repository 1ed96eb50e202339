/**
 * The UNSPSC tree (segment → family → class → commodity) and selection coverage.
 * Pure TypeScript: no DOM, no Svelte.
 *
 * The tree follows each row's `parent` field, not the code's digits: the data build repairs some
 * rows whose digit-parent is missing (e.g. a commodity hanging directly under a family), and
 * coverage must follow what the user sees in the tree.
 *
 * Ordering: the top level (segments) is listed alphabetically by title, as the issue asks; below
 * that, children are listed by code, which is UNSPSC's own order and keeps related codes together
 * (e.g. a class's commodities run 01, 02, 03…).
 *
 * Selection semantics: selecting a code covers every code below it. A covered code is shown as
 * included and disabled; an ancestor of a selected code is shown as partial.
 */
import { levelOf } from './codes';
import type { UnspscDataset, UnspscNode, UnspscRow } from './types';

export type SelectionState = 'selected' | 'covered' | 'partial' | 'none';

/** Precomputed lookups for rendering many rows against one selection. */
export interface SelectionIndex {
	/** The selected codes. */
	selected: ReadonlySet<string>;
	/** Strict ancestors of selected codes (in the tree): the codes to show as partial. */
	partial: ReadonlySet<string>;
}

/** The display label of a code: "Network routers (43222609)". */
export function label(node: { code: string; title: string }): string {
	return `${node.title} (${node.code})`;
}

const MAX_DEPTH = 16;
const byTitle = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export class UnspscTree {
	private readonly nodes = new Map<string, UnspscNode>();
	private readonly kids = new Map<string, UnspscNode[]>();
	private readonly rootNodes: UnspscNode[] = [];
	private readonly counts = new Map<string, number>();

	constructor(data: UnspscDataset | readonly UnspscRow[]) {
		const rows = 'rows' in data ? data.rows : data;
		for (const [code, title, parent] of rows) {
			if (this.nodes.has(code)) continue;
			this.nodes.set(code, { code, title, parent, level: levelOf(code) });
		}
		for (const node of this.nodes.values()) {
			// A parent missing from the data would orphan the node: show it at the top instead.
			const parent = node.parent !== null && this.nodes.has(node.parent) ? node.parent : null;
			if (parent === null) {
				this.rootNodes.push(node);
				continue;
			}
			const list = this.kids.get(parent);
			if (list) list.push(node);
			else this.kids.set(parent, [node]);
		}
		this.rootNodes.sort((a, b) => byTitle.compare(a.title, b.title) || cmp(a.code, b.code));
		for (const list of this.kids.values()) list.sort((a, b) => cmp(a.code, b.code));
		for (const node of this.nodes.values()) {
			for (const a of this.ancestorCodes(node.code))
				this.counts.set(a, (this.counts.get(a) ?? 0) + 1);
		}
	}

	/** Number of codes. */
	get size(): number {
		return this.nodes.size;
	}

	get(code: string): UnspscNode | undefined {
		return this.nodes.get(code);
	}

	has(code: string): boolean {
		return this.nodes.has(code);
	}

	/** The top level (segments, plus any node whose parent is missing), alphabetically by title. */
	roots(): readonly UnspscNode[] {
		return this.rootNodes;
	}

	/** Direct children: of `null` = the roots (by title); of a code, by code. [] for a leaf. */
	children(code: string | null): readonly UnspscNode[] {
		if (code === null) return this.rootNodes;
		return this.kids.get(code) ?? [];
	}

	hasChildren(code: string): boolean {
		return this.kids.has(code);
	}

	/** Number of codes below this one (all levels); 0 for a leaf or an unknown code. */
	descendantCount(code: string): number {
		return this.counts.get(code) ?? 0;
	}

	/** Ancestors, root first, not including the code itself; [] for a root or unknown code. */
	ancestors(code: string): UnspscNode[] {
		return this.ancestorCodes(code)
			.reverse()
			.map((c) => this.nodes.get(c)!);
	}

	/** Ancestors and the node itself, root first (a breadcrumb); [] for an unknown code. */
	path(code: string): UnspscNode[] {
		const node = this.nodes.get(code);
		return node ? [...this.ancestors(code), node] : [];
	}

	/** Every code below this one, depth first, in display order. */
	*descendants(code: string): Generator<UnspscNode> {
		for (const child of this.children(code)) {
			yield child;
			yield* this.descendants(child.code);
		}
	}

	/** True if `ancestor` is a strict ancestor of `code` in the tree. */
	isAncestor(ancestor: string, code: string): boolean {
		return this.ancestorCodes(code).includes(ancestor);
	}

	/**
	 * The selected code that covers `code`: the code itself if selected, else its nearest selected
	 * ancestor; undefined if none. O(depth).
	 */
	coveringCode(code: string, selected: ReadonlySet<string>): string | undefined {
		if (selected.has(code)) return code;
		return this.ancestorCodes(code).find((a) => selected.has(a));
	}

	/** True if `code` is selected or lies below a selected code. O(depth). */
	isCoveredBy(code: string, selected: ReadonlySet<string>): boolean {
		return this.coveringCode(code, selected) !== undefined;
	}

	/** Lookups for `selectionState`: O(|selected| · depth) once, then O(depth) per row. */
	selectionIndex(selected: ReadonlySet<string>): SelectionIndex {
		const partial = new Set<string>();
		for (const code of selected) for (const a of this.ancestorCodes(code)) partial.add(a);
		return { selected, partial };
	}

	/**
	 * How to show `code` in the tree:
	 * - 'selected': the code itself is selected (checked);
	 * - 'covered': an ancestor is selected (shown as included, checkbox disabled);
	 * - 'partial': not covered, but some code below it is selected (indeterminate);
	 * - 'none'.
	 * Pass a `SelectionIndex` when rendering many rows; a plain set is indexed on every call.
	 */
	selectionState(code: string, selection: ReadonlySet<string> | SelectionIndex): SelectionState {
		const index = isSelectionIndex(selection) ? selection : this.selectionIndex(selection);
		if (index.selected.has(code)) return 'selected';
		if (this.ancestorCodes(code).some((a) => index.selected.has(a))) return 'covered';
		if (index.partial.has(code)) return 'partial';
		return 'none';
	}

	/**
	 * The selection without codes covered by another selected code, sorted by code. Codes not in
	 * the tree (e.g. from an older UNSPSC release) are kept as they are: the caller decides.
	 *
	 * The UI should apply this when a higher level is picked (via `withSelected`): the covered
	 * codes are implied, keeping them would show them twice in the "my codes" list and make them
	 * silently come back when the higher level is removed. Tell the user, e.g. "3 codes already
	 * included in Computers (43211500) were merged".
	 */
	normalizeSelection(selected: Iterable<string>): string[] {
		const set = new Set(selected);
		return [...set].filter((code) => !this.ancestorCodes(code).some((a) => set.has(a))).sort(cmp);
	}

	/** The selection with `code` added and the codes it now covers removed (normalized). */
	withSelected(selected: Iterable<string>, code: string): string[] {
		return this.normalizeSelection([...selected, code]);
	}

	/** The codes of `selected` that `code` covers, other than itself (what `withSelected` drops). */
	coveredBy(selected: Iterable<string>, code: string): string[] {
		return [...selected].filter((c) => c !== code && this.isAncestor(code, c)).sort(cmp);
	}

	/** Strict ancestors' codes, nearest first. */
	private ancestorCodes(code: string): string[] {
		const out: string[] = [];
		let parent = this.nodes.get(code)?.parent ?? null;
		while (parent !== null && out.length < MAX_DEPTH) {
			const node = this.nodes.get(parent);
			if (!node) break;
			out.push(parent);
			parent = node.parent;
		}
		return out;
	}
}

function isSelectionIndex(s: ReadonlySet<string> | SelectionIndex): s is SelectionIndex {
	return 'partial' in s && 'selected' in s;
}

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
