/**
 * Text normalization for UNSPSC search, shared by the index and the query so both sides always
 * agree: words are folded (lowercase, no diacritics or punctuation) and lightly stemmed (plurals),
 * and `rootOf` gives a rougher key to find related forms of a word.
 */

/** One word: letters, marks and digits, with inner apostrophes ("children's"). */
export const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
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

/**
 * The roots a typed word may share with title words: its own, and for a word naming the person
 * who does the work, the work's (auditor → audit, surveyor → survey, carpenter → carpentry,
 * electrician → electric). Titles name services by the work ("Audit services", "Land
 * surveying"), suppliers by the trade.
 */
export function queryRoots(norm: string): string[] {
	const roots = [rootOf(norm)];
	const n = norm.length;
	if (n >= 6 && norm.endsWith('or')) roots.push(rootOf(norm.slice(0, -2)));
	if (n >= 6 && norm.endsWith('er')) roots.push(rootOf(`${norm.slice(0, -2)}ri`));
	if (n >= 7 && norm.endsWith('ian')) roots.push(rootOf(norm.slice(0, -3)));
	return [...new Set(roots)];
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
