/**
 * Full-text search over UNSPSC codes: pure TypeScript, no DOM, meant to run in a Web Worker.
 *
 * The index (`buildSearchIndex`) is plain data (strings and typed arrays, so it survives
 * `structuredClone`/`postMessage`):
 * - documents = codes sorted by code, so a code prefix ("4322") is a binary search;
 * - an inverted index: the sorted vocabulary of normalized words (lowercase, no diacritics or
 *   punctuation, simple plural stemming) → ascending document ids. A word prefix ("consult*",
 *   or a word still being typed) is a binary search for the first vocabulary word ≥ the prefix
 *   followed by a scan while words start with it;
 * - each title's words in order (vocabulary ids) to check quoted phrases.
 * fuse.js is only used over the vocabulary (bucketed by word length) to correct a misspelled
 * word that is neither a vocabulary word nor a prefix of one; its candidates are confirmed with
 * an edit distance. Fuse instances and scratch buffers are built lazily and cached per index.
 *
 * Scoring (see `search`): each query term (word, quoted phrase or code) is a clause with a weight
 * (1, or the number of words of a phrase); a document's match of a clause has a quality q:
 *   1    whole word, phrase, code prefix, explicit `consult*` prefix, synonym target, two words
 *        written as one in titles ("light bulbs" → "Lamps and lightbulbs")
 *   0.9  last word still being typed that is a prefix of a synonym ("lapt" → laptop)
 *   0.8  digits matching a number in a title
 *   0.75 misspelling one edit away where the typed word is missing letters ("routr" → router);
 *        one word written as two in titles ("snowplow" → "Snow plow")
 *   0.7  other misspelling one edit away
 *   0.6  fragment: the typed word is the start of a longer word ("furn" → furniture), or a
 *        related form sharing its root (`rootOf`: "shredder" → shredding, "plowing" → plow)
 *   0.5  misspelling two edits away
 * and the score orders documents by, in turn:
 *   1. an exact 8-digit code match;
 *   2. matched weight m (every query word matched beats some);
 *   3. quality sum Q (whole words beat fragments and corrections);
 *   4. a tie-break in [0, 1): curated synonym targets first; otherwise shorter titles, as the
 *      share of the title the query covers (0.6 × min(1, m / non-stop words in the title):
 *      "Valves" before "Pumps and valves", "X ray film" before "Medical x ray film viewers"),
 *      plus higher levels (0.13 per level above commodity); for code-only queries, level only
 *      (then code order).
 * score = exact·10⁶ + m·10⁴ + Q·10³ + tieBreak·50, then ties by code. Qualities differ by ≥ 0.05,
 * so a quality difference always outweighs the tie-break.
 */
import Fuse from 'fuse.js';
import type { UnspscLevel, UnspscRow } from './types';
import { UNSPSC_LEVELS, levelOf } from './codes';
import { UNSPSC_SYNONYMS, type UnspscSynonym } from './synonyms';

// ---------------------------------------------------------------------------------------------
// Text normalization (shared by the index and the query, so both sides always agree)

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const PLAIN_RE = /^[a-z0-9]*$/;
const MARKS_RE = /\p{M}+/gu;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;

/** Words that carry no meaning on their own; dropped from queries (unless nothing else is left). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	'a',
	'an',
	'and',
	'or',
	'the',
	'of',
	'for',
	'in',
	'on',
	'with',
	'to',
	'by',
	'at',
	'as',
	'from',
	'other'
]);

/** Irregular plurals (after folding) → singular, before the regular rules. */
const IRREGULAR: Record<string, string> = {
	buses: 'bus',
	busses: 'bus',
	gases: 'gas',
	lenses: 'lens',
	knives: 'knife',
	shelves: 'shelf',
	leaves: 'leaf',
	halves: 'half',
	wolves: 'wolf',
	children: 'child',
	men: 'man',
	women: 'woman',
	teeth: 'tooth',
	feet: 'foot',
	mice: 'mouse',
	geese: 'goose',
	indices: 'index',
	matrices: 'matrix',
	analyses: 'analysis',
	diagnoses: 'diagnosis',
	series: 'series',
	species: 'species',
	news: 'news'
};

/** Lowercase, strip diacritics and anything that is not a letter or digit. */
export function foldWord(raw: string): string {
	const lower = raw.toLowerCase();
	if (PLAIN_RE.test(lower)) return lower;
	return lower.normalize('NFD').replace(MARKS_RE, '').replace(NON_WORD_RE, '');
}

function isVowel(c: string | undefined): boolean {
	return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/**
 * Simple plural stemming of a folded word: routers → router, supplies/supply → suppli,
 * boxes → box, glasses → glass. A consonant + y ending becomes i so that "battery" and
 * "batteries" share a stem and "batter" stays a prefix of both. Deliberately light: it must
 * also be harmless on a word that is still being typed.
 */
export function stem(word: string): string {
	const irregular = IRREGULAR[word];
	if (irregular !== undefined) return irregular;
	let w = word;
	const n = w.length;
	if (n <= 3) return w;
	const last = w.charCodeAt(n - 1);
	if (last < 97 || last > 122) return w; // ends with a digit or a non-Latin letter
	if (w.endsWith('ies') && n > 4) w = w.slice(0, -3) + 'i';
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (n > 4 && (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes')))
		w = w.slice(0, -2);
	else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
		w = w.slice(0, -1);
	const m = w.length;
	if (m > 3 && w.endsWith('y') && !isVowel(w[m - 2])) w = w.slice(0, -1) + 'i';
	return IRREGULAR[w] ?? w; // "childrens" (from children's) → children → child
}

const ROOT_SUFFIXES = ['ation', 'ing', 'ion', 'er', 'ed', 'e'];

/**
 * A rougher key than the stem, to find related forms of a word at a lower quality: strips one
 * derivational suffix and a doubled final consonant, so that shredder/shredding → "shred",
 * plowing/plow → "plow", landscape/landscaping → "landscap", printer/printing/print → "print".
 */
export function rootOf(norm: string): string {
	if (norm.length < 5) return norm;
	let r = norm;
	for (const suffix of ROOT_SUFFIXES) {
		if (r.endsWith(suffix) && r.length - suffix.length >= 3) {
			r = r.slice(0, -suffix.length);
			break;
		}
	}
	const n = r.length;
	if (n >= 4 && r[n - 1] === r[n - 2] && /[b-df-hj-np-tv-z]/.test(r[n - 1]!)) r = r.slice(0, -1);
	return r;
}

/** The normalized (folded and stemmed) form of one word; '' for punctuation. */
export function normalizeWord(raw: string): string {
	const folded = foldWord(raw);
	return folded === '' ? '' : stem(folded);
}

export interface TextToken {
	/** The word as written. */
	raw: string;
	/** Folded, not stemmed. */
	folded: string;
	/** Folded and stemmed: what the index stores. */
	norm: string;
	start: number;
	end: number;
}

/** Splits text into words with their offsets in the original string. */
export function tokenize(text: string): TextToken[] {
	const out: TextToken[] = [];
	for (const m of text.matchAll(WORD_RE)) {
		const folded = foldWord(m[0]);
		if (folded === '') continue;
		out.push({
			raw: m[0],
			folded,
			norm: stem(folded),
			start: m.index,
			end: m.index + m[0].length
		});
	}
	return out;
}

/** The normalized words of a text, in order. */
export function normalizeText(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(WORD_RE)) {
		const w = normalizeWord(m[0]);
		if (w !== '') out.push(w);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Query parsing

export type QueryTerm =
	/** A word; `prefix` when it ended with `*` (explicit prefix). */
	| { kind: 'word'; raw: string; folded: string; norm: string; prefix: boolean }
	/** A quoted phrase, matched exactly (word for word, in order). */
	| { kind: 'phrase'; raw: string; words: string[] }
	/** 2–8 digits (dots, dashes and spaces inside are ignored): a code prefix. */
	| { kind: 'code'; raw: string; digits: string };

export interface ParsedQuery {
	terms: QueryTerm[];
}

const QUERY_RE = /"([^"]*)"?|[^\s"]+/g;
const CODE_RE = /^\d[\d.-]*\d$/;

/**
 * Splits a query into terms: `"network routers"` is a phrase (an unclosed quote runs to the end,
 * so a phrase being typed still works), `consult*` a prefix, `4322` / `43222609` / `43.22.26.09`
 * a code prefix, anything else words (split on punctuation, so "fire-extinguisher" is two words).
 */
export function parseQuery(q: string): ParsedQuery {
	const terms: QueryTerm[] = [];
	for (const m of q.matchAll(QUERY_RE)) {
		const quoted = m[1];
		if (quoted !== undefined) {
			const words = normalizeText(quoted);
			if (words.length > 0) terms.push({ kind: 'phrase', raw: quoted.trim(), words });
			continue;
		}
		const chunk = m[0];
		if (CODE_RE.test(chunk)) {
			const digits = chunk.replace(/[.-]/g, '');
			if (digits.length >= 2 && digits.length <= 8) {
				terms.push({ kind: 'code', raw: chunk, digits });
				continue;
			}
		}
		const explicitPrefix = chunk.endsWith('*');
		const tokens = tokenize(chunk);
		tokens.forEach((t, i) => {
			const prefix = explicitPrefix && i === tokens.length - 1;
			terms.push({ kind: 'word', raw: t.raw, folded: t.folded, norm: t.norm, prefix });
		});
	}
	return { terms };
}

// ---------------------------------------------------------------------------------------------
// Index

interface CompiledSynonym {
	/** Normalized words of one `say` phrase. */
	key: string[];
	/** Document ids of the `means` codes present in the data. */
	docs: number[];
	/** Normalized `means` wordings. */
	phrases: string[][];
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
			if (key.length > 0) compiled.push({ key, docs, phrases });
		}
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

// ---------------------------------------------------------------------------------------------
// Per-index runtime cache (not part of the serializable index)

interface Bucket {
	ids: number[];
	fuse?: Fuse<string>;
}

interface Runtime {
	vocabId: Map<string, number>;
	synonymsByFirst: Map<string, CompiledSynonym[]>;
	/** `rootOf(word)` → vocabulary ids. */
	roots: Map<string, number[]>;
	/**
	 * Vocabulary ids bucketed for spelling correction, with a Fuse instance each (lazy): key
	 * `1<letter><length>` groups words by first letter and length, `2<letter><length>` by second
	 * letter and length.
	 */
	buckets: Map<string, Bucket>;
	best: Float32Array;
	clauseDocs: Uint32Array;
	matched: Float32Array;
	quality: Float32Array;
	flags: Uint8Array;
	touched: Uint32Array;
}

const runtimes = new WeakMap<SearchIndex, Runtime>();

function addToBucket(buckets: Map<string, Bucket>, key: string, id: number): void {
	const bucket = buckets.get(key);
	if (bucket) bucket.ids.push(id);
	else buckets.set(key, { ids: [id] });
}

function runtime(index: SearchIndex): Runtime {
	let rt = runtimes.get(index);
	if (rt) return rt;
	const n = index.codes.length;
	const vocabId = new Map<string, number>();
	const buckets = new Map<string, Bucket>();
	const roots = new Map<string, number[]>();
	index.vocab.forEach((w, i) => {
		vocabId.set(w, i);
		const root = rootOf(w);
		const same = roots.get(root);
		if (same) same.push(i);
		else roots.set(root, [i]);
		if (w.length < 2) return;
		addToBucket(buckets, `1${w[0]}${w.length}`, i);
		addToBucket(buckets, `2${w[1]}${w.length}`, i);
	});
	const synonymsByFirst = new Map<string, CompiledSynonym[]>();
	for (const syn of index.synonyms) {
		const first = syn.key[0]!;
		const list = synonymsByFirst.get(first);
		if (list) list.push(syn);
		else synonymsByFirst.set(first, [syn]);
	}
	rt = {
		vocabId,
		synonymsByFirst,
		roots,
		buckets,
		best: new Float32Array(n),
		clauseDocs: new Uint32Array(n),
		matched: new Float32Array(n),
		quality: new Float32Array(n),
		flags: new Uint8Array(n),
		touched: new Uint32Array(n)
	};
	runtimes.set(index, rt);
	return rt;
}

/**
 * Builds the lazy parts (vocabulary map, scratch buffers and, with `fuzzy`, every Fuse
 * instance) now rather than on the first query. Optional.
 */
export function warmSearchIndex(index: SearchIndex, fuzzy = true): void {
	const rt = runtime(index);
	if (fuzzy) for (const key of rt.buckets.keys()) fuseFor(index, rt, key);
}

function fuseFor(index: SearchIndex, rt: Runtime, key: string): Fuse<string> | undefined {
	const bucket = rt.buckets.get(key);
	if (!bucket) return undefined;
	if (!bucket.fuse) {
		bucket.fuse = new Fuse(
			bucket.ids.map((id) => index.vocab[id]!),
			{
				includeScore: true,
				isCaseSensitive: true,
				ignoreLocation: true,
				threshold: 0.4,
				shouldSort: false
			}
		);
	}
	return bucket.fuse;
}

// ---------------------------------------------------------------------------------------------
// Matching helpers

function lowerBound(sorted: readonly string[], key: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

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

interface Correction {
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
function correct(index: SearchIndex, rt: Runtime, word: string): Correction[] {
	const len = word.length;
	if (len < 3 || /^\d+$/.test(word)) return [];
	const maxEd = len <= 4 ? 1 : 2;
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
function splitCompound(
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
 * Documents whose title contains the normalized words in this order (or the word, if one); with
 * `adjacent` false, anywhere in the title.
 */
function phraseDocs(
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

// ---------------------------------------------------------------------------------------------
// Search

export interface SearchResult {
	code: string;
	title: string;
	level: UnspscLevel;
	/** Ancestors, root (segment) first, not including the result itself. */
	path: Array<{ code: string; title: string }>;
	score: number;
	/** [start, end) ranges of `title` to highlight, ascending, not overlapping. */
	highlights: Array<[number, number]>;
}

export interface SearchResponse {
	results: SearchResult[];
	/** How many codes matched at least one query term. */
	total: number;
	/** Misspelled words that were searched as another word. */
	corrected?: Array<{ from: string; to: string }>;
}

export interface SearchOptions {
	/** Maximum number of results (default 50). */
	limit?: number;
}

const FLAG_EXACT = 1;
const FLAG_CURATED = 2;

/** What to highlight: whole words (normalized) and word starts (normalized prefix, typed length). */
interface Highlighter {
	words: Set<string>;
	prefixes: Array<{ norm: string; length: number }>;
}

export function search(
	index: SearchIndex,
	query: string,
	options: SearchOptions = {}
): SearchResponse {
	const limit = Math.max(0, options.limit ?? 50);
	const parsed = parseQuery(query);
	if (parsed.terms.length === 0) return { results: [], total: 0 };
	const rt = runtime(index);
	const { vocab, postingStarts, postings } = index;

	// Synonyms: find `say` phrases among consecutive word terms (stop words included).
	const synonymHits = new Map<number, Array<{ syn: CompiledSynonym; quality: number }>>();
	const terms = parsed.terms;
	for (let i = 0; i < terms.length; i++) {
		const t = terms[i]!;
		if (t.kind !== 'word') continue;
		for (const [first, list] of rt.synonymsByFirst) {
			const lastIsTyping = i === terms.length - 1 && !t.prefix && t.norm.length >= 3;
			if (first !== t.norm && !(lastIsTyping && first.startsWith(t.norm))) continue;
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
					const list2 = synonymHits.get(k) ?? [];
					list2.push({ syn, quality: partial ? 0.9 : 1 });
					synonymHits.set(k, list2);
				}
			}
		}
	}

	// Two words written as one in titles: "light bulbs" also matches "lightbulbs".
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

	// Stop words are dropped unless the query has nothing else.
	const meaningful = terms.filter((t) => t.kind !== 'word' || !STOP_WORDS.has(t.norm));
	const active = meaningful.length > 0 ? meaningful : terms;
	const codeOnly = active.every((t) => t.kind === 'code');

	const { best, clauseDocs, matched, quality, flags, touched } = rt;
	let touchedCount = 0;
	const highlighter: Highlighter = { words: new Set(), prefixes: [] };
	const corrected: Array<{ from: string; to: string }> = [];

	for (const term of active) {
		let clauseCount = 0;
		const hit = (d: number, q: number): void => {
			if (best[d] === 0) clauseDocs[clauseCount++] = d;
			if (q > best[d]!) best[d] = q;
		};
		const hitWord = (id: number, q: number): void => {
			for (let p = postingStarts[id]!; p < postingStarts[id + 1]!; p++) hit(postings[p]!, q);
		};
		let weight = 1;

		if (term.kind === 'code') {
			const { codes } = index;
			const from = lowerBound(codes, term.digits);
			for (let d = from; d < codes.length && codes[d]!.startsWith(term.digits); d++) {
				hit(d, 1);
				if (codes[d]!.length === term.digits.length) flags[d]! |= FLAG_EXACT;
			}
			const id = rt.vocabId.get(term.digits);
			if (id !== undefined) {
				hitWord(id, 0.8);
				highlighter.words.add(term.digits);
			}
		} else if (term.kind === 'phrase') {
			weight = Math.max(1, term.words.filter((w) => !STOP_WORDS.has(w)).length);
			for (const d of phraseDocs(index, rt, term.words)) hit(d, 1);
			for (const w of term.words) highlighter.words.add(w);
		} else {
			const w = term.norm;
			// Prefixes are matched on stems too: "batter" and "batteri" (batteries) both reach
			// "batteri", the stem of battery/batteries.
			const prefixKey = w;
			const exact = rt.vocabId.get(w);
			let found = false;
			if (exact !== undefined) {
				hitWord(exact, 1);
				highlighter.words.add(w);
				found = true;
			}
			if (term.prefix || prefixKey.length >= 2) {
				const q = term.prefix ? 1 : 0.6;
				let any = false;
				for (let i = lowerBound(vocab, prefixKey); i < vocab.length; i++) {
					if (!vocab[i]!.startsWith(prefixKey)) break;
					if (i === exact) continue;
					hitWord(i, q);
					any = true;
				}
				if (any) {
					highlighter.prefixes.push({ norm: prefixKey, length: term.folded.length });
					found = true;
				}
			}
			// Related forms: shredder ~ shredding, plowing ~ plow, landscaper ~ landscaping.
			const related = rt.roots.get(rootOf(w));
			if (related) {
				for (const id of related) {
					if (id === exact) continue;
					hitWord(id, 0.6);
					highlighter.words.add(vocab[id]!);
					found = true;
				}
			}
			const syns = synonymHits.get(terms.indexOf(term));
			if (syns) {
				for (const { syn, quality: q } of syns) {
					for (const d of syn.docs) {
						hit(d, q);
						flags[d]! |= FLAG_CURATED;
					}
					for (const phrase of syn.phrases) {
						for (const d of phraseDocs(index, rt, phrase)) hit(d, q);
						for (const pw of phrase) highlighter.words.add(pw);
					}
					for (const kw of syn.key) highlighter.words.add(kw);
				}
				found = true;
			}
			const join = joined.get(terms.indexOf(term));
			if (join !== undefined) {
				hitWord(join, 1);
				highlighter.words.add(vocab[join]!);
				found = true;
			}
			if (!found && !term.prefix) {
				// One word written as two in titles: "snowplow" → "Snow plow".
				const split = splitCompound(index, rt, term.folded);
				if (split) {
					for (const d of split.docs) hit(d, 0.75);
					for (const part of split.words) highlighter.words.add(part);
					corrected.push({ from: term.raw, to: split.label });
					found = true;
				}
			}
			if (!found && !term.prefix) {
				const fixes = correct(index, rt, w);
				for (const fix of fixes) {
					hitWord(fix.id, fix.quality);
					highlighter.words.add(vocab[fix.id]!);
				}
				const top = fixes[0];
				if (top) corrected.push({ from: term.raw, to: index.surface[top.id]! });
			}
		}

		for (let i = 0; i < clauseCount; i++) {
			const d = clauseDocs[i]!;
			if (matched[d] === 0) touched[touchedCount++] = d;
			matched[d]! += weight;
			quality[d]! += weight * best[d]!;
			best[d] = 0;
		}
	}

	// Score every matched document; keep the best `limit` in a min-heap.
	const { levels, lengths } = index;
	const heapDocs: number[] = [];
	const heapScores: number[] = [];
	const worse = (i: number, j: number): boolean =>
		heapScores[i]! < heapScores[j]! ||
		(heapScores[i] === heapScores[j] && heapDocs[i]! > heapDocs[j]!);
	const swap = (i: number, j: number): void => {
		[heapDocs[i], heapDocs[j]] = [heapDocs[j]!, heapDocs[i]!];
		[heapScores[i], heapScores[j]] = [heapScores[j]!, heapScores[i]!];
	};
	const siftDown = (i: number): void => {
		const size = heapDocs.length;
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let m = i;
			if (l < size && worse(l, m)) m = l;
			if (r < size && worse(r, m)) m = r;
			if (m === i) return;
			swap(i, m);
			i = m;
		}
	};
	for (let t = 0; t < touchedCount; t++) {
		const d = touched[t]!;
		const f = flags[d]!;
		const level = levels[d]!;
		let tieBreak: number;
		if (codeOnly) tieBreak = (0.9 * (3 - level)) / 3;
		else if (f & FLAG_CURATED) tieBreak = 0.99;
		else tieBreak = 0.6 * Math.min(1, matched[d]! / lengths[d]!) + (0.39 * (3 - level)) / 3;
		const q = Math.round(quality[d]! * 20) / 20;
		const score = (f & FLAG_EXACT ? 1e6 : 0) + matched[d]! * 1e4 + q * 1e3 + tieBreak * 50;
		matched[d] = 0;
		quality[d] = 0;
		flags[d] = 0;
		if (limit === 0) continue;
		if (heapDocs.length < limit) {
			heapDocs.push(d);
			heapScores.push(score);
			for (let i = heapDocs.length - 1; i > 0;) {
				const p = (i - 1) >> 1;
				if (!worse(i, p)) break;
				swap(i, p);
				i = p;
			}
		} else if (score > heapScores[0]! || (score === heapScores[0] && d < heapDocs[0]!)) {
			heapDocs[0] = d;
			heapScores[0] = score;
			siftDown(0);
		}
	}
	const ranked = heapDocs
		.map((d, i) => ({ d, s: heapScores[i]! }))
		.sort((a, b) => b.s - a.s || a.d - b.d);
	const results = ranked.map(({ d, s }) => toResult(index, d, s, highlighter));
	const response: SearchResponse = { results, total: touchedCount };
	if (corrected.length > 0) response.corrected = corrected;
	return response;
}

function toResult(index: SearchIndex, d: number, score: number, h: Highlighter): SearchResult {
	const path: Array<{ code: string; title: string }> = [];
	for (let p = index.parents[d]!; p >= 0 && path.length < 8; p = index.parents[p]!)
		path.unshift({ code: index.codes[p]!, title: index.titles[p]! });
	const title = index.titles[d]!;
	return {
		code: index.codes[d]!,
		title,
		level: UNSPSC_LEVELS[index.levels[d]!]!,
		path,
		score,
		highlights: highlight(title, h)
	};
}

function highlight(title: string, h: Highlighter): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	for (const t of tokenize(title)) {
		if (h.words.has(t.norm)) {
			out.push([t.start, t.end]);
			continue;
		}
		let len = 0;
		for (const p of h.prefixes) {
			if (t.norm.startsWith(p.norm) || t.folded.startsWith(p.norm))
				len = Math.max(len, Math.min(p.length, t.end - t.start));
		}
		if (len > 0) out.push([t.start, t.start + len]);
	}
	return out;
}
