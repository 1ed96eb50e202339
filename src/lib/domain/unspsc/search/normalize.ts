/**
 * Text normalization for UNSPSC search, shared by the index and the query so both sides always
 * agree: words are folded (lowercase, no diacritics or punctuation) and lightly stemmed (plurals),
 * and `rootOf` gives a rougher key to find related forms of a word. For the query only: the
 * forms a typed word may take in titles (the trade's work, British spellings, a verb's -ing form)
 * and the filler of a sentence.
 */

/** One word: letters, marks and digits, with inner apostrophes ("children's"). */
export const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const PLAIN_RE = /^[a-z0-9]*$/;
const MARKS_RE = /\p{M}+/gu;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
const ASCII_TEXT_RE = /^[\x20-\x26\x28-\x7e]*$/;
const NON_ALNUM_RE = /[^a-z0-9]+/;

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

/**
 * Irregular plurals (after folding) → singular, before the regular rules. A Map, not an object:
 * "constructor" or "valueof" must not find Object.prototype's members.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
	['buses', 'bus'],
	['busses', 'bus'],
	['gases', 'gas'],
	['lenses', 'lens'],
	['knives', 'knife'],
	['shelves', 'shelf'],
	['leaves', 'leaf'],
	['halves', 'half'],
	['wolves', 'wolf'],
	['children', 'child'],
	['men', 'man'],
	['women', 'woman'],
	['teeth', 'tooth'],
	['feet', 'foot'],
	['mice', 'mouse'],
	['geese', 'goose'],
	['indices', 'index'],
	['matrices', 'matrix'],
	['analyses', 'analysis'],
	['diagnoses', 'diagnosis'],
	['series', 'series'],
	['species', 'species'],
	['news', 'news']
]);

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
 * "batteries" share a stem and "batter" stays a prefix of both; so does an -ie ending ("cookie",
 * "cookies" → cooki). Deliberately light: it must also be harmless on a word that is still being
 * typed.
 */
export function stem(word: string): string {
	const irregular = IRREGULAR.get(word);
	if (irregular !== undefined) return irregular;
	let w = word;
	const n = w.length;
	// "pcs", "tvs", "cds": a short form's plural (no vowel before the s).
	if (n === 3 && w[2] === 's' && /^[b-df-hj-np-tv-z]{2}$/.test(w.slice(0, 2))) return w.slice(0, 2);
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
	else if (m > 3 && w.endsWith('ie')) w = w.slice(0, -1);
	return IRREGULAR.get(w) ?? w; // "childrens" (from children's) → children → child
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
 * who does the work, the work's. Titles name services by the work ("Audit services", "Land
 * surveying", "Masonry"), suppliers by the trade:
 *   -or      auditor → audit, surveyor → survey
 *   -er      carpenter → carpentry, photographer → photography, baker → bakery
 *   -ian     electrician → electric, librarian → library, optician → optic
 *   -ist     therapist → therapy, machinist → machining, dentist → dentistry
 *   -ant     consultant → consulting, accountant → accounting
 *   -man     repairman → repair, handyman → handy
 * and a short trade word names the work's noun too (mason → masonry).
 */
export function queryRoots(norm: string): string[] {
	const roots = [rootOf(norm)];
	const n = norm.length;
	const cut = (k: number) => norm.slice(0, n - k);
	if (n >= 6 && norm.endsWith('or')) roots.push(rootOf(cut(2)));
	if (n >= 5 && norm.endsWith('er'))
		roots.push(rootOf(`${cut(2)}ri`), rootOf(`${cut(2)}i`), `${norm}i`);
	if (n >= 7 && norm.endsWith('ian')) roots.push(rootOf(cut(3)), `${cut(3)}i`);
	if (n >= 7 && norm.endsWith('ist')) roots.push(rootOf(cut(3)), `${cut(3)}i`, `${norm}ri`);
	if (n >= 8 && norm.endsWith('ant')) roots.push(rootOf(cut(3)));
	if (n >= 7 && norm.endsWith('man')) roots.push(rootOf(stem(cut(3))));
	if (n >= 4 && n <= 6 && /[^aeiouy]$/.test(norm)) roots.push(`${norm}ri`);
	return [...new Set(roots)];
}

/** Word endings spelled differently in British and American English: [British, American]. */
const SPELLING_ENDINGS: ReadonlyArray<[string, string]> = [
	['our', 'or'],
	['ise', 'ize'],
	['ised', 'ized'],
	['iser', 'izer'],
	['ising', 'izing'],
	['isation', 'ization'],
	['yse', 'yze'],
	['yser', 'yzer'],
	['tre', 'ter'],
	['ogue', 'og'],
	['ence', 'ense'],
	['elling', 'eling'],
	['elled', 'eled'],
	['eller', 'eler'],
	['ellor', 'elor'],
	['lment', 'llment']
];

/** Words spelled otherwise in British English (normalized), both ways. */
const SPELLING_PAIRS: ReadonlyMap<string, string[]> = (() => {
	const pairs: Array<[string, string]> = [
		['tyre', 'tire'],
		['grey', 'gray'],
		['kerb', 'curb'],
		['plough', 'plow'],
		['mould', 'mold'],
		['moulding', 'molding'],
		['sulphur', 'sulfur'],
		['jewellery', 'jewelry'],
		['aluminium', 'aluminum'],
		['aeroplane', 'airplane'],
		['pyjama', 'pajama'],
		['draught', 'draft'],
		['programme', 'program'],
		['doughnut', 'donut'],
		['tonne', 'ton'],
		['moustache', 'mustache'],
		['manoeuvre', 'maneuver'],
		['practise', 'practice'],
		['axe', 'ax'],
		['cheque', 'check'],
		['storey', 'stori'],
		['gaol', 'jail']
	];
	const map = new Map<string, string[]>();
	for (const [uk, us] of pairs) {
		const [a, b] = [stem(uk), stem(us)];
		map.set(a, [...(map.get(a) ?? []), b]);
		map.set(b, [...(map.get(b) ?? []), a]);
	}
	return map;
})();

/**
 * British and American spellings of one word, both ways where titles use both ("Body armour",
 * "Armor plate"): the other spellings a normalized word may have, to be looked up in the
 * vocabulary (a rule that makes a word no title uses finds nothing). Word endings first
 * (colour/color, organisation/organization, analyser/analyzer, centre/center, catalogue/catalog,
 * licence/license, counselling/counseling), then letters British spelling adds (paediatric,
 * oesophageal) and words that differ otherwise (tyre, grey, kerb, plough, aluminium).
 */
export function spellingVariants(norm: string): string[] {
	if (norm.length < 5) return SPELLING_PAIRS.get(norm) ?? [];
	const out = new Set<string>();
	for (const [uk, us] of SPELLING_ENDINGS) {
		// The American ending first: "enrollment" ends with both.
		if (norm.endsWith(us)) out.add(norm.slice(0, -us.length) + uk);
		else if (norm.endsWith(uk)) out.add(norm.slice(0, -uk.length) + us);
	}
	if (norm.includes('our')) out.add(norm.replace('our', 'or'));
	// Not at the end: "canoe" is no "cane".
	if (/[ao]e./.test(norm)) out.add(norm.replace(/[ao]e(?=.)/, 'e'));
	for (const pair of SPELLING_PAIRS.get(norm) ?? []) out.add(pair);
	out.delete(norm);
	return [...out];
}

/**
 * Words of a sentence that say nothing about what is bought: pronouns, helping and wanting verbs
 * and the filler of a description ("we provide cleaning for our state buildings"). Dropped from a
 * query, like stop words, when other words remain. Words that titles use for a thing are not
 * here: "trash can", "wills", "used vehicles", "business cards", "public relations".
 */
const FILLER_WORDS: ReadonlySet<string> = new Set(
	[
		...['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'she', 'his', 'her', 'him'],
		...['they', 'them', 'their', 'it', 'its', 'this', 'that', 'these', 'those', 'who', 'whom'],
		...['what', 'which', 'where', 'when', 'how', 'why', 'some', 'any', 'all', 'each', 'every'],
		...['is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'doing'],
		...['have', 'has', 'had', 'could', 'would', 'should', 'may', 'might', 'must', 'get'],
		...['need', 'needs', 'needed', 'want', 'wants', 'looking', 'seeking', 'provide'],
		...['provides', 'providing', 'offer', 'offers', 'offering', 'sell', 'sells', 'selling'],
		...['perform', 'performs', 'help', 'helps', 'helping', 'make', 'makes', 'use', 'uses'],
		...['using', 'also', 'just', 'only', 'very', 'such', 'like', 'including', 'etc', 'please'],
		...['into', 'onto', 'about', 'through', 'via', 'per', 'within', 'during', 'so', 'than'],
		...['along', 'across', 'around', 'throughout', 'near'],
		...['company', 'companies', 'people', 'things', 'stuff', 'kinds', 'various', 'new'],
		...['broken', 'damaged', 'old'],
		...['state', 'connecticut']
	].map((w) => stem(w))
);

/** Subject pronouns (normalized): the word after one is a verb ("we paint", "I supply"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'they', 'you']);

/** Verbs of trading: as the verb after a pronoun they say nothing ("we supply gravel"). */
const TRADING_VERBS: ReadonlySet<string> = new Set(
	['supply', 'carry', 'stock', 'distribute', 'produce', 'manufacture', 'furnish'].map((w) =>
		stem(w)
	)
);

/**
 * Whether a query word is filler (`FILLER_WORDS`). "it" is the pronoun inside a sentence ("we
 * fix it") but the trade as the first word or in capitals ("it support", "IT"); "supply" is
 * filler as a verb ("we supply gravel") but not as a noun ("office supplies").
 */
export function isFiller(raw: string, norm: string, first: boolean, verb = false): boolean {
	if (norm === 'it') return !first && raw !== 'IT';
	if (verb && TRADING_VERBS.has(norm)) return true;
	return FILLER_WORDS.has(norm);
}

/**
 * The -ing forms of a verb (normalized), as titles name the work: paint → painting, move →
 * moving, shred → shredding.
 */
export function gerunds(norm: string): string[] {
	const out = [`${norm}ing`];
	if (norm.endsWith('e')) out.push(`${norm.slice(0, -1)}ing`);
	if (/[^aeiou][aeiou][b-df-hj-np-tv-z]$/.test(norm))
		out.push(`${norm}${norm[norm.length - 1]}ing`);
	return out;
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
	// Plain ASCII without apostrophes (most of the synonym table): its words are the runs of
	// letters and digits, found much faster than by the Unicode pattern.
	if (ASCII_TEXT_RE.test(text)) {
		const out: string[] = [];
		for (const w of text.toLowerCase().split(NON_ALNUM_RE)) if (w !== '') out.push(stem(w));
		return out;
	}
	const out: string[] = [];
	for (const m of text.matchAll(WORD_RE)) {
		const w = normalizeWord(m[0]);
		if (w !== '') out.push(w);
	}
	return out;
}
