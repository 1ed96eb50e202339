/**
 * The UNSPSC search index (`buildSearchIndex`). It is plain data (strings and typed arrays, so it
 * survives `structuredClone`/`postMessage` from the worker):
 * - documents = codes sorted by code, so a code prefix ("4322") is a binary search;
 * - an inverted index: the sorted vocabulary of normalized words (lowercase, no diacritics or
 *   punctuation, simple plural stemming) → ascending document ids. A word prefix ("consult*",
 *   or a word still being typed) is a binary search for the first vocabulary word ≥ the prefix
 *   followed by a scan while words start with it;
 * - each title's words in order (vocabulary ids) to check quoted phrases;
 * - the curated synonyms, compiled to normalized words and document ids.
 * What a search needs besides (lookup maps, spelling buckets, scratch buffers) is built lazily
 * per index in `./runtime`.
 */
import type { UnspscLevel, UnspscRow } from '../types';
import { levelOf } from '../codes';
import { UNSPSC_SYNONYMS, type UnspscSynonym } from '../synonyms';
import { acronymsIn } from './acronyms';
import { STOP_WORDS, WORD_RE, foldWord, normalizeText, stem } from './normalize';

export interface CompiledSynonym {
	/** Normalized words of one `say` phrase. */
	key: string[];
	/** Document ids of the `means` codes present in the data. */
	docs: number[];
	/** Normalized `means` wordings. */
	phrases: string[][];
	/** How well a match counts: 1 for the curated ones; less for short forms found in titles. */
	quality?: number;
}

export interface SearchIndex {
	format: 1;
	/** Document id → code; sorted ascending. */
	codes: string[];
	titles: string[];
	/** Document id → parent's document id, or -1. */
	parents: Int32Array;
	/** 0 segment, 1 family, 2 class, 3 commodity (from the code's digits). */
	levels: Uint8Array;
	/** Number of non-stop words in each title (capped at 255). */
	lengths: Uint8Array;
	/** Sorted distinct normalized words. */
	vocab: string[];
	/** Vocabulary id → a readable form of the word as found in titles (shortest). */
	surface: string[];
	/** Vocabulary id → start in `postings` (length vocab + 1). */
	postingStarts: Uint32Array;
	/** Ascending document ids per word. */
	postings: Uint32Array;
	/** Document id → start in `docWords` (length docs + 1). */
	docWordStarts: Uint32Array;
	/** Each title's words as vocabulary ids, in order. */
	docWords: Uint32Array;
	synonyms: CompiledSynonym[];
}

const LEVEL_INDEX: Record<UnspscLevel, number> = { segment: 0, family: 1, class: 2, commodity: 3 };

/** Builds the search index from dataset rows (any order). */
export function buildSearchIndex(
	rows: readonly UnspscRow[],
	synonyms: readonly UnspscSynonym[] = UNSPSC_SYNONYMS
): SearchIndex {
	const sorted = rows.slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	const n = sorted.length;
	const codes = new Array<string>(n);
	const titles = new Array<string>(n);
	const idOf = new Map<string, number>();
	for (let i = 0; i < n; i++) {
		const row = sorted[i]!;
		codes[i] = row[0];
		titles[i] = row[1];
		idOf.set(row[0], i);
	}
	const parents = new Int32Array(n);
	const levels = new Uint8Array(n);
	const lengths = new Uint8Array(n);

	// Words → temporary ids in order of appearance.
	const tempId = new Map<string, number>();
	const tempWords: string[] = [];
	const tempSurface: string[] = [];
	const tempDf: number[] = [];
	const tempLastDoc: number[] = [];
	const tempStop: number[] = [];
	/** Cache: a word as written → its temporary id (titles repeat words a lot). */
	const rawId = new Map<string, number>();
	const docWordStarts = new Uint32Array(n + 1);
	let docWordsTemp = new Uint32Array(Math.max(16, n * 8));
	let dw = 0;
	for (let d = 0; d < n; d++) {
		const row = sorted[d]!;
		parents[d] = row[2] === null ? -1 : (idOf.get(row[2]) ?? -1);
		levels[d] = LEVEL_INDEX[levelOf(row[0])];
		docWordStarts[d] = dw;
		let len = 0;
		for (const m of row[1].matchAll(WORD_RE)) {
			let id = rawId.get(m[0]);
			if (id === undefined) {
				const folded = foldWord(m[0]);
				if (folded === '') continue;
				const w = stem(folded);
				id = tempId.get(w);
				if (id === undefined) {
					id = tempWords.length;
					tempId.set(w, id);
					tempWords.push(w);
					tempSurface.push(folded);
					tempDf.push(0);
					tempLastDoc.push(-1);
					tempStop.push(STOP_WORDS.has(w) ? 1 : 0);
				} else if (folded.length < tempSurface[id]!.length) {
					tempSurface[id] = folded;
				}
				rawId.set(m[0], id);
			}
			if (tempLastDoc[id] !== d) {
				tempLastDoc[id] = d;
				tempDf[id]!++;
			}
			if (dw === docWordsTemp.length) {
				const grown = new Uint32Array(docWordsTemp.length * 2);
				grown.set(docWordsTemp);
				docWordsTemp = grown;
			}
			docWordsTemp[dw++] = id;
			if (tempStop[id] === 0) len++;
		}
		lengths[d] = Math.min(255, Math.max(1, len));
	}
	docWordStarts[n] = dw;

	// Sort the vocabulary (code-unit order, as the binary searches compare) and remap.
	const v = tempWords.length;
	const order = Array.from({ length: v }, (_, i) => i).sort((a, b) =>
		tempWords[a]! < tempWords[b]! ? -1 : 1
	);
	const remap = new Uint32Array(v);
	const vocab = new Array<string>(v);
	const surface = new Array<string>(v);
	const postingStarts = new Uint32Array(v + 1);
	let total = 0;
	for (let i = 0; i < v; i++) {
		const t = order[i]!;
		remap[t] = i;
		vocab[i] = tempWords[t]!;
		surface[i] = tempSurface[t]!;
		postingStarts[i] = total;
		total += tempDf[t]!;
	}
	postingStarts[v] = total;
	const docWords = new Uint32Array(dw);
	const postings = new Uint32Array(total);
	const cursor = postingStarts.slice(0, v);
	const lastDoc = new Int32Array(v).fill(-1);
	for (let d = 0; d < n; d++) {
		for (let k = docWordStarts[d]!; k < docWordStarts[d + 1]!; k++) {
			const id = remap[docWordsTemp[k]!]!;
			docWords[k] = id;
			if (lastDoc[id] !== d) {
				lastDoc[id] = d;
				postings[cursor[id]!++] = d;
			}
		}
	}

	const compiled: CompiledSynonym[] = [];
	for (const syn of synonyms) {
		const docs: number[] = [];
		const phrases: string[][] = [];
		for (const meaning of syn.means) {
			if (/^\d{8}$/.test(meaning)) {
				const id = idOf.get(meaning);
				if (id !== undefined) docs.push(id);
			} else {
				const words = normalizeText(meaning);
				if (words.length > 0) phrases.push(words);
			}
		}
		for (const say of syn.say) {
			const key = normalizeText(say);
			if (key.length === 0) continue;
			compiled.push(
				syn.quality === undefined
					? { key, docs, phrases }
					: { key, docs, phrases, quality: syn.quality }
			);
		}
	}
	// Short forms the titles spell out ("Point of sale POS terminal"): below a curated synonym
	// and below the word itself, so "pos" still finds the titles that write "POS" first.
	for (const [short, expansions] of acronymsIn(titles)) {
		const key = normalizeText(short);
		if (key.length !== 1) continue;
		const phrases = [...expansions].map((e) => normalizeText(e)).filter((p) => p.length > 1);
		if (phrases.length > 0) compiled.push({ key, docs: [], phrases, quality: 0.8 });
	}

	return {
		format: 1,
		codes,
		titles,
		parents,
		levels,
		lengths,
		vocab,
		surface,
		postingStarts,
		postings,
		docWordStarts,
		docWords,
		synonyms: compiled
	};
}
