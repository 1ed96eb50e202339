/**
 * Spelling correction for UNSPSC search, for a word that is neither a vocabulary word nor the
 * start of one. fuse.js is only used over the vocabulary (bucketed by word length, see
 * `./runtime`) to propose words; its candidates are confirmed with an edit distance. A word that
 * is two vocabulary words written as one ("snowplow") is split instead. Synonyms are looked up
 * with words corrected the same way, or to a synonym's own word.
 */
import { phraseDocs, startsAWord } from './match';
import { queryRoots, stem } from './normalize';
import type { QueryTerm } from './query';
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

/** Whether two words of the same length have the same letters (two of them swapped). */
function sameLetters(a: string, b: string): boolean {
	return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/**
 * How likely `cand`, `d` edits from the typed `word`, is what was meant; lower first: fewer edits,
 * then a letter left out ("routr"), then two letters swapped ("recieving"), then anything else.
 */
export function typoRank(word: string, cand: string, d: number): number {
	if (cand.length > word.length && isSubsequence(word, cand)) return d * 3;
	return d * 3 + (sameLetters(word, cand) ? 1 : 2);
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
 * distance only; among equals, prefers the likelier typo (`typoRank`), then frequent words.
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
	const found = new Map<number, { id: number; d: number; rank: number; df: number }>();
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
					rank: typoRank(word, cand, d),
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
	const list = [...found.values()].sort((a, b) => a.rank - b.rank || b.df - a.df);
	const bestD = list[0]!.d;
	return list
		.filter((f) => f.d === bestD)
		.slice(0, 3)
		.map((f) => ({ id: f.id, quality: f.d > 1 ? 0.5 : f.rank === 3 ? 0.75 : 0.7 }));
}

/** The words of the synonyms' `say` phrases: all, and by length. */
interface SynonymWords {
	all: Set<string>;
	byLength: Map<number, string[]>;
}

const synonymWordsCache = new WeakMap<Runtime, SynonymWords>();

/** The runtime's synonym words, gathered on the first misspelled word (few queries need them). */
function synonymWords(rt: Runtime): SynonymWords {
	let words = synonymWordsCache.get(rt);
	if (words) return words;
	words = { all: new Set(), byLength: new Map() };
	for (const list of rt.synonymsByFirst.values())
		for (const syn of list) for (const w of syn.key) words.all.add(w);
	for (const w of words.all) {
		const same = words.byLength.get(w.length);
		if (same) same.push(w);
		else words.byLength.set(w.length, [w]);
	}
	synonymWordsCache.set(rt, words);
	return words;
}

/**
 * The synonym word a misspelled (normalized) word probably meant ("exterminater" →
 * exterminator), so that a curated synonym still applies: the likeliest (`typoRank`) within the
 * edit distance `correct` allows (two edits only between longer words: "along" is not "lng"),
 * then the one with the same first letter. Undefined when none.
 */
export function correctToSynonymWord(
	rt: Runtime,
	word: string
): { word: string; rank: number } | undefined {
	const len = word.length;
	if (len < 4 || /^\d+$/.test(word)) return undefined;
	const { byLength } = synonymWords(rt);
	let best: { word: string; rank: number; order: number } | undefined;
	for (let l = Math.max(4, len - 2); l <= len + 2; l++) {
		const maxEd = Math.min(len, l) <= 5 ? 1 : 2;
		for (const w of byLength.get(l) ?? []) {
			const d = editDistance(word, w, maxEd);
			if (d > maxEd) continue;
			const rank = typoRank(word, w, d);
			const order = rank * 2 + (w[0] === word[0] ? 0 : 1);
			if (!best || order < best.order) best = { word: w, rank, order };
		}
	}
	return best && { word: best.word, rank: best.rank };
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

/**
 * Each term's word as synonyms are looked up: its normalized form, or for a word that is neither
 * a title word nor a synonym's, nor the start of a title word or a short related form (nor, last
 * in the query, the start of a synonym still being typed), its likeliest correction among
 * synonym words and `fixes` ("shreding" → shredding, "recieving" → receiving). A real word one
 * letter away from the second word of a two-word synonym that the word before starts is taken
 * for it (`phraseSlip`: "lawn moving" → lawn mowing).
 */
export function synonymSpellings(
	index: SearchIndex,
	rt: Runtime,
	terms: readonly QueryTerm[],
	fixes: (word: string) => Correction[]
): string[] {
	const norms = terms.map((t, i) => {
		if (t.kind !== 'word') return '';
		if (t.prefix || rt.vocabId.has(t.norm)) return t.norm;
		if (synonymWords(rt).all.has(t.norm)) return t.norm;
		// The start of a title word is no typo, nor a short related form ("shred": shredding); a
		// longer one may be ("shreding"), as the search corrects it.
		const related = queryRoots(t.norm).some((r) => rt.roots.has(r));
		if (startsAWord(index.vocab, t.norm) || (related && t.folded.length < 6)) return t.norm;
		const typing =
			i === terms.length - 1 &&
			[...rt.synonymsByFirst.keys()].some((first) => first.startsWith(t.norm));
		if (typing) return t.norm;
		const said = correctToSynonymWord(rt, t.norm);
		const top = fixes(t.norm)[0];
		const word = top && index.vocab[top.id]!;
		if (!word) return said?.word ?? t.norm;
		const rank = typoRank(t.norm, word, editDistance(t.norm, word));
		return said && said.rank <= rank ? said.word : word;
	});
	for (let i = 1; i < terms.length; i++) {
		const slip = phraseSlip(index, rt, norms[i - 1]!, norms[i]!);
		if (slip) norms[i] = slip;
	}
	return norms;
}

/**
 * The word a two-word synonym starting with `before` has where the query has `word`, when the two
 * differ by one letter and neither a synonym nor a title has the pair as typed; else undefined.
 */
function phraseSlip(
	index: SearchIndex,
	rt: Runtime,
	before: string,
	word: string
): string | undefined {
	if (word.length < 4) return undefined;
	const pairs = (rt.synonymsByFirst.get(before) ?? []).filter((syn) => syn.key.length === 2);
	if (pairs.some((syn) => syn.key[1] === word)) return undefined;
	const near = pairs.find((syn) => editDistance(word, syn.key[1]!, 1) === 1)?.key[1];
	return near && phraseDocs(index, rt, [before, word]).length === 0 ? near : undefined;
}
