/**
 * UNSPSC search itself: parses the query, matches each term against the index (words, prefixes,
 * related forms, synonyms, joined and split words, corrections, phrases and codes) and ranks the
 * documents that matched.
 */
import { correct, splitCompound, synonymSpellings, type Correction } from './correct';
import type { Highlighter } from './highlight';
import {
	findJoinedWords,
	findSynonyms,
	findVerbObjectSynonyms,
	lowerBound,
	phraseDocs,
	startsAWord,
	type SynonymHit
} from './match';
import { STOP_WORDS, gerunds, queryRoots, spellingVariants } from './normalize';
import {
	droppable,
	parseQuery,
	settingStart,
	verbPositions,
	type QueryTerm,
	type WordTerm
} from './query';
import { FLAG_CURATED, FLAG_EXACT, rankTouched, toResult, type SearchResult } from './rank';
import { runtime, type Runtime } from './runtime';
import type { SearchIndex } from './search-index';

export interface SearchResponse {
	results: SearchResult[];
	/** How many codes matched at least one query term. */
	total: number;
	/** Misspelled words that were searched as another word. */
	corrected?: Array<{ from: string; to: string }>;
	/**
	 * "Did you mean …": the query with each word that matched nothing (not even corrected)
	 * replaced by the nearest vocabulary word, one edit further than a correction goes. Only when
	 * such a word exists; nothing matches the whole query well then.
	 */
	suggestion?: string;
}

export interface SearchOptions {
	/** Maximum number of results (default 50). */
	limit?: number;
}

/** How much a word of the setting counts, against 1 to 1.5 for a word naming the thing. */
const SETTING_WEIGHT = 0.75;

/** Words for a business that does the work named beside them (normalized). */
const BUSINESS_WORDS: ReadonlySet<string> = new Set(['contractor', 'firm', 'provider', 'agenci']);

/** What the whole query says, worked out once before its terms are matched. */
interface QueryContext {
	index: SearchIndex;
	rt: Runtime;
	terms: readonly QueryTerm[];
	/** How many terms are searched (stop words and filler left out). */
	searched: number;
	/** Positions of the verbs of a description ("we paint …"). */
	verbs: ReadonlySet<number>;
	/** Each term's word as synonyms were looked up (see `synonymSpellings`). */
	synonymNorms: readonly string[];
	synonymHits: ReadonlyMap<number, SynonymHit[]>;
	joined: ReadonlyMap<number, number>;
	/** Corrections of a word (computed once per word). */
	fixes: (word: string) => Correction[];
	highlighter: Highlighter;
	corrected: Array<{ from: string; to: string }>;
	farther: Array<{ from: string; to: string }>;
}

/** How one term records its matches: a document, or every document with a vocabulary word. */
interface Clause {
	hit: (d: number, q: number) => void;
	hitWord: (id: number, q: number) => void;
}

/**
 * Searches the index: every query term is matched as a clause (see `parseQuery`), each matching
 * document gets the clause's weight and the quality of its best match (see `./rank` for the
 * qualities and the score), and the best `limit` documents come back as results.
 */
export function search(
	index: SearchIndex,
	query: string,
	options: SearchOptions = {}
): SearchResponse {
	const limit = Math.max(0, options.limit ?? 50);
	const { terms } = parseQuery(query);
	if (terms.length === 0) return { results: [], total: 0 };
	const rt = runtime(index);
	const { postingStarts, postings } = index;
	const n = index.codes.length;

	const verbs = verbPositions(terms);
	// Stop words and filler ("we", "provide") are dropped unless the query has nothing else.
	const meaningful = terms.filter((t, i) => !droppable(t, i, verbs));
	const active = meaningful.length > 0 ? meaningful : terms;
	const settingFrom = settingStart(terms, verbs);
	const ctx = analyze(index, rt, terms, verbs, active.length);

	const { best, clauseDocs, matched, quality, touched } = rt;
	let touchedCount = 0;
	for (const term of active) {
		let clauseCount = 0;
		const hit = (d: number, q: number): void => {
			if (best[d] === 0) clauseDocs[clauseCount++] = d;
			if (q > best[d]!) best[d] = q;
		};
		const hitWord = (id: number, q: number): void => {
			for (let p = postingStarts[id]!; p < postingStarts[id + 1]!; p++) hit(postings[p]!, q);
		};
		const clause: Clause = { hit, hitWord };
		let weight = 1;
		if (term.kind === 'code') matchCode(ctx, clause, term.digits);
		else if (term.kind === 'phrase') weight = matchPhrase(ctx, clause, term.words);
		else matchWord(ctx, clause, term, terms.indexOf(term));

		// A rare word says more than a common one: "pos system" is about POS before "systems".
		// The bonus stays under one word's weight, so matching every word still comes first. A
		// word of the setting counts less and gets no bonus: "websites for small businesses" is
		// about websites, "painting lines on parking lots" about painting lines.
		if (terms.indexOf(term) > settingFrom) weight *= SETTING_WEIGHT;
		else if (clauseCount > 0 && n > 1)
			weight *= 1 + (0.5 * Math.log(n / clauseCount)) / Math.log(n);
		for (let i = 0; i < clauseCount; i++) {
			const d = clauseDocs[i]!;
			if (matched[d] === 0) touched[touchedCount++] = d;
			matched[d]! += weight;
			quality[d]! += weight * best[d]!;
			best[d] = 0;
		}
	}

	const codeOnly = active.every((t) => t.kind === 'code');
	const ranked = rankTouched(index, rt, touchedCount, limit, codeOnly);
	const results = ranked.map(({ d, s }) => toResult(index, d, s, ctx.highlighter));
	const response: SearchResponse = { results, total: touchedCount };
	const { corrected, farther } = ctx;
	if (corrected.length > 0) response.corrected = corrected;
	if (farther.length > 0) response.suggestion = suggest(query, [...corrected, ...farther]);
	return response;
}

/** The query's synonyms, joined words and corrections, before its terms are matched. */
function analyze(
	index: SearchIndex,
	rt: Runtime,
	terms: readonly QueryTerm[],
	verbs: ReadonlySet<number>,
	searched: number
): QueryContext {
	const fixes = memoized((word: string) => correct(index, rt, word));
	const synonymNorms = synonymSpellings(index, rt, terms, fixes);
	const synonymHits = findSynonyms(rt, terms, synonymNorms);
	findVerbObjectSynonyms(rt, terms, synonymNorms, verbs, synonymHits);
	return {
		index,
		rt,
		terms,
		searched,
		verbs,
		synonymNorms,
		synonymHits,
		joined: findJoinedWords(rt, terms),
		fixes,
		highlighter: { words: new Set(), prefixes: [] },
		corrected: [],
		farther: []
	};
}

/** A code prefix: the codes starting with it (flagging the exact code), and titles naming it. */
function matchCode(ctx: QueryContext, c: Clause, digits: string): void {
	const { index, rt } = ctx;
	const { codes } = index;
	for (let d = lowerBound(codes, digits); d < codes.length && codes[d]!.startsWith(digits); d++) {
		c.hit(d, 1);
		if (codes[d]!.length === digits.length) rt.flags[d]! |= FLAG_EXACT;
	}
	const id = rt.vocabId.get(digits);
	if (id !== undefined) {
		c.hitWord(id, 0.8);
		ctx.highlighter.words.add(digits);
	}
}

/** A quoted phrase, word for word; returns its weight (its number of words, stop words aside). */
function matchPhrase(ctx: QueryContext, c: Clause, words: readonly string[]): number {
	for (const d of phraseDocs(ctx.index, ctx.rt, words)) c.hit(d, 1);
	for (const w of words) ctx.highlighter.words.add(w);
	return Math.max(1, words.filter((w) => !STOP_WORDS.has(w)).length);
}

/**
 * A word: as written (or the work its verb names, or spelled the other side of the Atlantic), as
 * a prefix, through related forms, synonyms and joined words, split in two, or corrected.
 */
function matchWord(ctx: QueryContext, c: Clause, term: WordTerm, at: number): void {
	const { index, rt, terms, highlighter } = ctx;
	const { vocab } = index;
	const addWord = (id: number, q: number): void => {
		c.hitWord(id, q);
		highlighter.words.add(vocab[id]!);
	};
	// "painting contractor", "cpa firm": the titles say "services".
	const w = ctx.searched > 1 && BUSINESS_WORDS.has(term.norm) ? 'service' : term.norm;
	const exact = rt.vocabId.get(w);
	// The verb of a description names the work: "we paint schools" → painting, before paint.
	const workIds = ctx.verbs.has(at) ? workNames(rt, w) : [];
	for (const id of workIds) addWord(id, 1);
	let found = workIds.length > 0;
	if (exact !== undefined) {
		addWord(exact, found ? 0.9 : 1);
		found = true;
	}
	// The same word spelled the other side of the Atlantic: colour ~ color, armor ~ armour.
	const otherSpellings = spellingVariants(w)
		.map((v) => rt.vocabId.get(v))
		.filter((id): id is number => id !== undefined && id !== exact);
	for (const id of otherSpellings) addWord(id, 1);
	found ||= otherSpellings.length > 0;
	// A whole word followed by more words was finished: "pos system" means POS, not
	// "positioning". The last word may still be being typed.
	const finished = exact !== undefined && term !== terms[terms.length - 1];
	if (term.prefix || (w.length >= 2 && !finished)) found = matchPrefix(ctx, c, term, w) || found;
	// Related forms: shredder ~ shredding, plowing ~ plow, landscaper ~ landscaping,
	// auditor ~ audit.
	for (const root of queryRoots(w)) {
		for (const id of rt.roots.get(root) ?? []) {
			if (id === exact) continue;
			addWord(id, 0.6);
			found = true;
		}
	}
	found = matchSynonyms(ctx, c, term, at) || found;
	const join = ctx.joined.get(at);
	if (join !== undefined) {
		addWord(join, 1);
		found = true;
	}
	if (!found && !term.prefix) found = matchSplit(ctx, c, term);
	// A finished word that is no title word is also corrected when only its stem's prefix or a
	// related form matched ("elevater" → "elevated", but it means "elevator"); a word still being
	// typed ("electri") is not.
	const typo = !found || (term.folded.length >= 6 && !startsAWord(vocab, term.folded));
	if (exact === undefined && otherSpellings.length === 0 && !term.prefix && typo)
		matchCorrections(ctx, c, term, w, found);
}

/** The vocabulary words `w` starts (all of them for `consult*`); whether there were any. */
function matchPrefix(ctx: QueryContext, c: Clause, term: WordTerm, w: string): boolean {
	const { vocab } = ctx.index;
	const exact = ctx.rt.vocabId.get(w);
	// Prefixes are matched on stems too: "batter" and "batteri" (batteries) both reach "batteri",
	// the stem of battery/batteries.
	const q = term.prefix ? 1 : 0.6;
	let any = false;
	for (let i = lowerBound(vocab, w); i < vocab.length && vocab[i]!.startsWith(w); i++) {
		if (i === exact) continue;
		c.hitWord(i, q);
		any = true;
	}
	if (any) ctx.highlighter.prefixes.push({ norm: w, length: term.folded.length });
	return any;
}

/**
 * The curated synonyms covering the term: their codes (flagged, to rank first among equals) and
 * their wording. Says so when the word was respelled to find them. Whether there were any.
 */
function matchSynonyms(ctx: QueryContext, c: Clause, term: WordTerm, at: number): boolean {
	const { index, rt, highlighter } = ctx;
	const syns = ctx.synonymHits.get(at);
	if (!syns) return false;
	const respelled = respelling(ctx, term.norm, ctx.synonymNorms[at]!, syns);
	if (respelled) ctx.corrected.push({ from: term.raw, to: respelled });
	for (const { syn, quality: q } of syns) {
		syn.docs.forEach((d, k) => {
			c.hit(d, q);
			rt.flags[d]! |= FLAG_CURATED;
			if (rt.curatedAt[d] === 0 || k + 1 < rt.curatedAt[d]!) rt.curatedAt[d] = k + 1;
		});
		for (const phrase of syn.phrases) {
			for (const d of phraseDocs(index, rt, phrase)) c.hit(d, q);
			for (const pw of phrase) highlighter.words.add(pw);
		}
		for (const kw of syn.key) highlighter.words.add(kw);
	}
	return true;
}

/** One word written as two in titles: "snowplow" → "Snow plow". Whether it was. */
function matchSplit(ctx: QueryContext, c: Clause, term: WordTerm): boolean {
	const split = splitCompound(ctx.index, ctx.rt, term.folded);
	if (!split) return false;
	for (const d of split.docs) c.hit(d, 0.75);
	for (const part of split.words) ctx.highlighter.words.add(part);
	ctx.corrected.push({ from: term.raw, to: split.label });
	return true;
}

/**
 * The vocabulary words a misspelled `w` probably meant; said when nothing else `found` the word,
 * and failing any, the nearest word one edit further for "Did you mean …".
 */
function matchCorrections(
	ctx: QueryContext,
	c: Clause,
	term: WordTerm,
	w: string,
	found: boolean
): void {
	const { index, rt } = ctx;
	for (const fix of ctx.fixes(w)) {
		c.hitWord(fix.id, fix.quality);
		ctx.highlighter.words.add(index.vocab[fix.id]!);
	}
	const top = ctx.fixes(w)[0];
	if (top && !found) ctx.corrected.push({ from: term.raw, to: index.surface[top.id]! });
	const far = top || found ? undefined : correct(index, rt, w, true)[0];
	if (far) ctx.farther.push({ from: term.raw, to: index.surface[far.id]! });
}

/** Vocabulary ids of the -ing forms of a verb (normalized): paint → painting. */
function workNames(rt: Runtime, verb: string): number[] {
	const ids: number[] = [];
	for (const form of gerunds(verb)) {
		const id = rt.vocabId.get(form);
		if (id !== undefined) ids.push(id);
	}
	return ids;
}

/**
 * How a word found its synonyms when not as typed, to say so ("Searched for …"): corrected
 * (`looked` differs from `typed`: "shreding" → shredding) or split in two ("snowplow" → snow plow).
 */
function respelling(
	ctx: QueryContext,
	typed: string,
	looked: string,
	syns: readonly SynonymHit[]
): string | undefined {
	if (looked !== typed) {
		const id = ctx.rt.vocabId.get(looked);
		return id === undefined ? looked : ctx.index.surface[id];
	}
	return syns.find((h) => h.split)?.split;
}

/** `fn` computed once per argument. */
function memoized<T>(fn: (key: string) => T): (key: string) => T {
	const cache = new Map<string, T>();
	return (key) => {
		let value = cache.get(key);
		if (value === undefined) {
			value = fn(key);
			cache.set(key, value);
		}
		return value;
	};
}

/** The query with each word replaced as `fixes` say (whole words, case ignored). */
function suggest(query: string, fixes: ReadonlyArray<{ from: string; to: string }>): string {
	let text = query.trim();
	for (const { from, to } of fixes) {
		const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		text = text.replace(
			new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, 'iu'),
			`$1${to}`
		);
	}
	return text;
}
