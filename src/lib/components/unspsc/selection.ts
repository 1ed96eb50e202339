/**
 * The UNSPSC selector's changes to what is chosen: select, remove or toggle a code, turn
 * "Unknown" on or off, clear everything. Each returns what it sets (the codes and "Unknown", each
 * only where it changes them) and the sentence the selector's live region shows when the change
 * did more than the click suggests (empty when it did not). Plain functions over the values;
 * UnspscSelector applies the result.
 */
import { label, type SelectionIndex } from '$lib/domain/unspsc/tree';
import type { UnspscNode } from '$lib/domain/unspsc/types';
import type { CodeTree } from '$lib/unspsc/client.svelte';

/**
 * The guide's code "Unknown" (select it to receive no notifications): offered first in the tree
 * and found by searching "unknown", as a row of its own with this id (no UNSPSC code is letters).
 */
export const UNKNOWN_CODE = 'unknown';
export const UNKNOWN_LABEL = 'Unknown (no solicitation notifications)';
/** "Unknown" as a top-level row of the tree. */
export const UNKNOWN_NODE: UnspscNode = {
	code: UNKNOWN_CODE,
	title: UNKNOWN_LABEL,
	parent: null,
	level: 'segment'
};

/** True when a search is for "Unknown" (its word, or the start of it: "unk"). */
export function queryMeansUnknown(query: string): boolean {
	const words = query.trim().toLowerCase().split(/\s+/);
	return words.some((w) => w.length >= 3 && 'unknown'.startsWith(w));
}

export interface Chosen {
	codes: string[];
	unknown: boolean;
}

/** What a change sets: the codes and "Unknown" where it changes them, and always the message. */
export interface Change extends Partial<Chosen> {
	/** What the change did, beyond the obvious ('' when nothing more). */
	message: string;
}

export function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** A code's label ("code title"), or the code itself when the tree does not have it. */
export function nameOf(tree: CodeTree | null | undefined, code: string): string {
	const node = tree?.get(code);
	return node ? label(node) : code;
}

/** Selects a code: it replaces the codes it covers, and turns "Unknown" off. */
export function selectCode(tree: CodeTree, { codes, unknown }: Chosen, code: string): Change {
	const dropped = tree.coveredBy(codes, code).length;
	const name = nameOf(tree, code);
	const message = unknown
		? `Selected ${name}; “Unknown” was turned off.`
		: dropped > 0
			? `Selected ${name}; it covers ${plural(dropped, 'code', 'codes')} you had selected.`
			: '';
	return { codes: tree.withSelected(codes, code), unknown: false, message };
}

export function removeCode(
	tree: CodeTree | null | undefined,
	{ codes }: Chosen,
	code: string
): Change {
	return { codes: codes.filter((c) => c !== code), message: `Removed ${nameOf(tree, code)}.` };
}

/**
 * A tree row or result: selects, deselects, or (for a code a selected higher level covers)
 * changes nothing and only explains why.
 */
export function toggleCode(
	tree: CodeTree,
	selection: SelectionIndex,
	chosen: Chosen,
	code: string
): Change {
	const state = tree.has(code)
		? tree.selectionState(code, selection)
		: chosen.codes.includes(code)
			? 'selected'
			: 'none';
	if (state === 'selected') return removeCode(tree, chosen, code);
	if (state === 'covered') {
		const cover = tree.coveringCode(code, selection.selected);
		return {
			message: `${nameOf(tree, code)} is included in ${nameOf(tree, cover ?? code)}. Remove that code to choose the codes below it one by one.`
		};
	}
	return selectCode(tree, chosen, code);
}

/** "Unknown" on replaces every selected code; off changes nothing else. */
export function chooseUnknown({ codes }: Chosen, on: boolean): Change {
	const replaced = codes.length;
	if (on && replaced > 0) {
		return {
			codes: [],
			unknown: true,
			message: `“Unknown” replaced your ${plural(replaced, 'selected code', 'selected codes')}.`
		};
	}
	return { unknown: on, message: '' };
}

/** Clears every selected code and "Unknown". */
export function clearChosen({ codes, unknown }: Chosen): Change {
	const n = codes.length + (unknown ? 1 : 0);
	return {
		codes: [],
		unknown: false,
		message: `Cleared ${plural(n, 'selected category', 'selected categories')}.`
	};
}
