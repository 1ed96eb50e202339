/**
 * Matching helpers of UNSPSC search: binary search over sorted strings, documents containing a
 * phrase, and what the query as a whole matches beyond its single terms (curated synonyms, also
 * written as one word or two or said verb first, and two words written as one).
 */
import { gerunds, stem } from './normalize';
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

/** Whether some vocabulary word starts with `letters`. */
export function startsAWord(vocab: readonly string[], letters: string): boolean {
	const i = lowerBound(vocab, letters);
	return i < vocab.length && vocab[i]!.startsWith(letters);
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
	/** For a word split in two to match ("lawnmower"), the two words ("lawn mower"). */
	split?: string;
}

/**
 * Curated synonyms in the query: their `say` phrases among consecutive word terms (stop words
 * included), the last word possibly still being typed. Keyed by the position of each term the
 * phrase covers. `norms` gives each term's word as compared (by default its normalized form; the
 * search passes misspelled words corrected to a synonym's word).
 */
export function findSynonyms(
	rt: Runtime,
	terms: readonly QueryTerm[],
	norms: readonly string[] = terms.map((t) => (t.kind === 'word' ? t.norm : ''))
): Map<number, SynonymHit[]> {
	const hits = new Map<number, SynonymHit[]>();
	for (let i = 0; i < terms.length; i++) {
		const t = terms[i]!;
		if (t.kind !== 'word') continue;
		const norm = norms[i]!;
		const lastIsTyping = i === terms.length - 1 && !t.prefix && norm.length >= 3;
		// A finished word is looked up; only the word being typed is compared with every first word.
		const lists = lastIsTyping
			? [...rt.synonymsByFirst].filter(([first]) => first.startsWith(norm)).map(([, l]) => l)
			: [rt.synonymsByFirst.get(norm) ?? []];
		for (const list of lists) {
			for (const syn of list) {
				let j = 0;
				let partial = false;
				for (; j < syn.key.length; j++) {
					const tj = terms[i + j];
					if (!tj || tj.kind !== 'word') break;
					const want = syn.key[j]!;
					const nj = norms[i + j]!;
					if (nj === want) continue;
					const typing = i + j === terms.length - 1 && !tj.prefix && nj.length >= 3;
					if (typing && j === syn.key.length - 1 && want.startsWith(nj)) {
						partial = true;
						continue;
					}
					break;
				}
				if (j < syn.key.length) continue;
				const quality = (partial ? 0.9 : 1) * (syn.quality ?? 1);
				addHit(hits, { syn, quality }, i, i + syn.key.length);
			}
		}
	}
	findCompoundSynonyms(rt, terms, hits);
	return hits;
}

/** Records a synonym hit for the terms at positions [from, to). */
function addHit(hits: Map<number, SynonymHit[]>, hit: SynonymHit, from: number, to: number): void {
	for (let k = from; k < to; k++) {
		const list = hits.get(k) ?? [];
		list.push(hit);
		hits.set(k, list);
	}
}

/**
 * Synonyms the query writes as two words or as one: "lap top" for laptop, "lawnmower" for lawn
 * mower. Two consecutive words joined must make a one-word `say`; a word that is neither a title
 * word nor a synonym's, split in two, must make a two-word `say`.
 */
function findCompoundSynonyms(
	rt: Runtime,
	terms: readonly QueryTerm[],
	hits: Map<number, SynonymHit[]>
): void {
	for (let i = 0; i < terms.length; i++) {
		const a = terms[i]!;
		if (a.kind !== 'word' || a.prefix) continue;
		const b = terms[i + 1];
		if (b?.kind === 'word' && !b.prefix) {
			for (const syn of rt.synonymsByFirst.get(stem(a.folded + b.folded)) ?? [])
				if (syn.key.length === 1) addHit(hits, { syn, quality: syn.quality ?? 1 }, i, i + 2);
		}
		if (rt.vocabId.has(a.norm) || rt.synonymsByFirst.has(a.norm)) continue;
		for (let k = 3; k <= a.folded.length - 3; k++) {
			const [first, second] = [a.folded.slice(0, k), a.folded.slice(k)];
			for (const syn of rt.synonymsByFirst.get(stem(first)) ?? []) {
				if (syn.key.length !== 2 || syn.key[1] !== stem(second)) continue;
				addHit(hits, { syn, quality: syn.quality ?? 1, split: `${first} ${second}` }, i, i + 1);
			}
		}
	}
}

/**
 * Synonyms a description says verb first: "we plow snow" for snow plowing, "we shred
 * confidential documents" for document shredding, "we inspect bridges" for bridge inspection.
 * For each verb (a position in `verbs`), the synonyms made of its object (the next word or two,
 * or the word after a modifier) followed by a name of the work: the verb itself, its -ing forms
 * or a one-word meaning of its own synonyms (inspect → inspection). Added to `hits`.
 */
export function findVerbObjectSynonyms(
	rt: Runtime,
	terms: readonly QueryTerm[],
	norms: readonly string[],
	verbs: ReadonlySet<number>,
	hits: Map<number, SynonymHit[]>
): void {
	for (const v of verbs) {
		const works = new Set([norms[v]!, ...gerunds(norms[v]!)]);
		for (const syn of rt.synonymsByFirst.get(norms[v]!) ?? [])
			for (const phrase of syn.phrases) if (phrase.length === 1) works.add(phrase[0]!);
		const word = (k: number) => (terms[k]?.kind === 'word' ? norms[k]! : '');
		const objects = [[v + 1], [v + 1, v + 2], [v + 2]];
		for (const at of objects) {
			const object = at.map(word);
			if (object.includes('')) continue;
			for (const syn of rt.synonymsByFirst.get(object[0]!) ?? []) {
				const { key } = syn;
				if (key.length !== object.length + 1 || !works.has(key[key.length - 1]!)) continue;
				if (object.every((w, j) => key[j] === w))
					addHit(hits, { syn, quality: syn.quality ?? 1 }, v, at[at.length - 1]! + 1);
			}
		}
	}
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
