/**
 * Matching helpers of UNSPSC search: binary search over sorted strings, documents containing a
 * phrase, and what the query as a whole matches beyond its single terms (curated synonyms, two
 * words written as one).
 */
import { stem } from './normalize';
import type { QueryTerm } from './query';
import type { Runtime } from './runtime';
import type { CompiledSynonym, SearchIndex } from './search-index';

/** Index of the first element of `sorted` that is ≥ `key` (code-unit order). */
export function lowerBound(sorted: readonly string[], key: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Documents whose title contains the normalized words in this order (or the word, if one); with
 * `adjacent` false, anywhere in the title.
 */
export function phraseDocs(
	index: SearchIndex,
	rt: Runtime,
	words: readonly string[],
	adjacent = true
): number[] {
	const ids: number[] = [];
	for (const w of words) {
		const id = rt.vocabId.get(w);
		if (id === undefined) return [];
		ids.push(id);
	}
	const { postingStarts, postings, docWordStarts, docWords } = index;
	// Scan the postings of the rarest word, then check adjacency in each title.
	let rare = 0;
	for (let i = 1; i < ids.length; i++) {
		const a = ids[i]!;
		const b = ids[rare]!;
		if (postingStarts[a + 1]! - postingStarts[a]! < postingStarts[b + 1]! - postingStarts[b]!)
			rare = i;
	}
	const rareId = ids[rare]!;
	const out: number[] = [];
	for (let p = postingStarts[rareId]!; p < postingStarts[rareId + 1]!; p++) {
		const d = postings[p]!;
		if (ids.length === 1) {
			out.push(d);
			continue;
		}
		const start = docWordStarts[d]!;
		const end = docWordStarts[d + 1]!;
		if (!adjacent) {
			let all = true;
			for (let j = 0; j < ids.length && all; j++) {
				let seen = false;
				for (let k = start; k < end && !seen; k++) seen = docWords[k] === ids[j];
				all = seen;
			}
			if (all) out.push(d);
			continue;
		}
		for (let k = start + rare; k + ids.length - rare <= end; k++) {
			if (docWords[k] !== rareId) continue;
			let ok = true;
			for (let j = 0; j < ids.length && ok; j++) ok = docWords[k - rare + j] === ids[j];
			if (ok) {
				out.push(d);
				break;
			}
		}
	}
	return out;
}

/** A curated synonym found in the query, and how well it matched (0.9 for a word being typed). */
export interface SynonymHit {
	syn: CompiledSynonym;
	quality: number;
}

/**
 * Curated synonyms in the query: their `say` phrases among consecutive word terms (stop words
 * included), the last word possibly still being typed. Keyed by the position of each term the
 * phrase covers.
 */
export function findSynonyms(rt: Runtime, terms: readonly QueryTerm[]): Map<number, SynonymHit[]> {
	const hits = new Map<number, SynonymHit[]>();
	for (let i = 0; i < terms.length; i++) {
		const t = terms[i]!;
		if (t.kind !== 'word') continue;
		const lastIsTyping = i === terms.length - 1 && !t.prefix && t.norm.length >= 3;
		// A finished word is looked up; only the word being typed is compared with every first word.
		const lists = lastIsTyping
			? [...rt.synonymsByFirst].filter(([first]) => first.startsWith(t.norm)).map(([, l]) => l)
			: [rt.synonymsByFirst.get(t.norm) ?? []];
		for (const list of lists) {
			for (const syn of list) {
				let j = 0;
				let partial = false;
				for (; j < syn.key.length; j++) {
					const tj = terms[i + j];
					if (!tj || tj.kind !== 'word') break;
					const want = syn.key[j]!;
					if (tj.norm === want) continue;
					const typing = i + j === terms.length - 1 && !tj.prefix && tj.norm.length >= 3;
					if (typing && j === syn.key.length - 1 && want.startsWith(tj.norm)) {
						partial = true;
						continue;
					}
					break;
				}
				if (j < syn.key.length) continue;
				for (let k = i; k < i + syn.key.length; k++) {
					const list2 = hits.get(k) ?? [];
					list2.push({ syn, quality: (partial ? 0.9 : 1) * (syn.quality ?? 1) });
					hits.set(k, list2);
				}
			}
		}
	}
	return hits;
}

/**
 * Two consecutive words written as one in titles: "light bulbs" also matches "lightbulbs". Maps
 * the position of both terms to the vocabulary id of the joined word.
 */
export function findJoinedWords(rt: Runtime, terms: readonly QueryTerm[]): Map<number, number> {
	const joined = new Map<number, number>();
	for (let i = 0; i + 1 < terms.length; i++) {
		const a = terms[i]!;
		const b = terms[i + 1]!;
		if (a.kind !== 'word' || b.kind !== 'word' || b.prefix) continue;
		const id = rt.vocabId.get(stem(a.folded + b.folded));
		if (id === undefined) continue;
		joined.set(i, id);
		joined.set(i + 1, id);
	}
	return joined;
}
