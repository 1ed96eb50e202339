/**
 * Spelling correction for UNSPSC search, for a word that is neither a vocabulary word nor the
 * start of one. fuse.js is only used over the vocabulary (bucketed by word length, see
 * `./runtime`) to propose words; its candidates are confirmed with an edit distance. A word that
 * is two vocabulary words written as one ("snowplow") is split instead.
 */
import { phraseDocs } from './match';
import { stem } from './normalize';
import { fuseFor, type Runtime } from './runtime';
import type { SearchIndex } from './search-index';

/** Optimal string alignment distance (adjacent transpositions count 1), capped at max + 1. */
export function editDistance(a: string, b: string, max = 2): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const m = a.length;
	const n = b.length;
	let prev2 = new Array<number>(n + 1).fill(0);
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	let cur = new Array<number>(n + 1).fill(0);
	for (let i = 1; i <= m; i++) {
		cur[0] = i;
		let rowMin = i;
		for (let j = 1; j <= n; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				v = Math.min(v, prev2[j - 2]! + 1);
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		[prev2, prev, cur] = [prev, cur, prev2];
	}
	return Math.min(prev[n]!, max + 1);
}

function isSubsequence(short: string, long: string): boolean {
	let i = 0;
	for (let j = 0; j < long.length && i < short.length; j++) if (short[i] === long[j]) i++;
	return i === short.length;
}

export interface Correction {
	id: number;
	quality: number;
}

/**
 * Vocabulary words a misspelled (normalized) word probably meant: Fuse proposes, the edit distance
 * decides. Fuse runs over small buckets of words of similar length: first those with the same
 * first letter (most typos keep it); only if that finds nothing, those whose first
 * letter is the typed second letter (a letter added in front) and those whose second letter is
 * the typed first or second letter (first letter dropped, swapped or mistyped). Keeps the best
 * distance only; among equals, prefers words the typed one is a subsequence of (a letter left
 * out), then frequent words.
 */
export function correct(
	index: SearchIndex,
	rt: Runtime,
	word: string,
	/** One more edit allowed: for a "Did you mean" suggestion, never searched by itself. */
	loose = false
): Correction[] {
	const len = word.length;
	if (len < 3 || /^\d+$/.test(word)) return [];
	const maxEd = (len <= 4 ? 1 : 2) + (loose ? 1 : 0);
	const found = new Map<number, { id: number; d: number; sub: boolean; df: number }>();
	const scan = (prefix: string): void => {
		for (let l = Math.max(2, len - maxEd); l <= len + maxEd; l++) {
			const key = `${prefix}${l}`;
			const fuse = fuseFor(index, rt, key);
			if (!fuse) continue;
			const ids = rt.buckets.get(key)!.ids;
			for (const r of fuse.search(word)) {
				const id = ids[r.refIndex]!;
				if (found.has(id)) continue;
				const cand = index.vocab[id]!;
				const d = editDistance(word, cand, maxEd);
				if (d > maxEd) continue;
				found.set(id, {
					id,
					d,
					sub: cand.length > len && isSubsequence(word, cand),
					df: index.postingStarts[id + 1]! - index.postingStarts[id]!
				});
			}
		}
	};
	scan(`1${word[0]}`);
	if (found.size === 0) {
		scan(`1${word[1]}`);
		scan(`2${word[0]}`);
		if (word[1] !== word[0]) scan(`2${word[1]}`);
	}
	if (found.size === 0) return [];
	const list = [...found.values()].sort(
		(a, b) => a.d - b.d || Number(b.sub) - Number(a.sub) || b.df - a.df
	);
	const bestD = list[0]!.d;
	return list
		.filter((f) => f.d === bestD)
		.slice(0, 3)
		.map((f) => ({ id: f.id, quality: f.d === 1 ? (f.sub ? 0.75 : 0.7) : 0.5 }));
}

/**
 * Splits an unknown word into two vocabulary words found together in titles: side by side
 * ("snowplow" → "Snow plow") if any split allows, else anywhere in the title ("firetruck" →
 * "Fire fighting truck").
 */
export function splitCompound(
	index: SearchIndex,
	rt: Runtime,
	folded: string
): { words: string[]; docs: number[]; label: string } | undefined {
	const splits: Array<{ words: string[]; label: string }> = [];
	for (let k = 3; k <= folded.length - 3; k++) {
		const words = [stem(folded.slice(0, k)), stem(folded.slice(k))];
		const ids = words.map((w) => rt.vocabId.get(w));
		if (ids.some((id) => id === undefined)) continue;
		splits.push({ words, label: ids.map((id) => index.surface[id!]!).join(' ') });
	}
	for (const adjacent of [true, false]) {
		for (const split of splits) {
			const docs = phraseDocs(index, rt, split.words, adjacent);
			if (docs.length > 0) return { ...split, docs };
		}
	}
	return undefined;
}
