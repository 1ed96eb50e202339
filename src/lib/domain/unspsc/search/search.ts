/**
 * UNSPSC search itself: parses the query, matches each term against the index (words, prefixes,
 * related forms, synonyms, joined and split words, corrections, phrases and codes) and ranks the
 * documents that matched.
 */
import { correct, splitCompound } from './correct';
import type { Highlighter } from './highlight';
import { findJoinedWords, findSynonyms, lowerBound, phraseDocs } from './match';
import { STOP_WORDS, queryRoots } from './normalize';
import { parseQuery } from './query';
import { FLAG_CURATED, FLAG_EXACT, rankTouched, toResult, type SearchResult } from './rank';
import { runtime } from './runtime';
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
	const parsed = parseQuery(query);
	if (parsed.terms.length === 0) return { results: [], total: 0 };
	const rt = runtime(index);
	const { vocab, postingStarts, postings } = index;
	const n = index.codes.length;

	const terms = parsed.terms;
	const synonymHits = findSynonyms(rt, terms);
	const joined = findJoinedWords(rt, terms);

	// Stop words are dropped unless the query has nothing else.
	const meaningful = terms.filter((t) => t.kind !== 'word' || !STOP_WORDS.has(t.norm));
	const active = meaningful.length > 0 ? meaningful : terms;
	const codeOnly = active.every((t) => t.kind === 'code');

	const { best, clauseDocs, matched, quality, flags, touched } = rt;
	let touchedCount = 0;
	const highlighter: Highlighter = { words: new Set(), prefixes: [] };
	const corrected: Array<{ from: string; to: string }> = [];
	const farther: Array<{ from: string; to: string }> = [];

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
			// "painting contractor", "cpa firm": the titles say "services".
			const w = active.length > 1 && BUSINESS_WORDS.has(term.norm) ? 'service' : term.norm;
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
			// A whole word followed by more words was finished: "pos system" means POS, not
			// "positioning". The last word may still be being typed.
			const finished = exact !== undefined && term !== terms[terms.length - 1];
			if (term.prefix || (prefixKey.length >= 2 && !finished)) {
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
			// Related forms: shredder ~ shredding, plowing ~ plow, landscaper ~ landscaping,
			// auditor ~ audit.
			for (const root of queryRoots(w)) {
				for (const id of rt.roots.get(root) ?? []) {
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
			// A finished word that is no title word is also corrected when only its stem's prefix
			// or a related form matched ("elevater" → "elevated", but it means "elevator"); a word
			// still being typed ("electri") is not.
			const typo = !found || (term.folded.length >= 6 && !startsAWord(vocab, term.folded));
			if (exact === undefined && !term.prefix && typo) {
				const fixes = correct(index, rt, w);
				for (const fix of fixes) {
					hitWord(fix.id, fix.quality);
					highlighter.words.add(vocab[fix.id]!);
				}
				const top = fixes[0];
				if (top && !found) corrected.push({ from: term.raw, to: index.surface[top.id]! });
				const far = top || found ? undefined : correct(index, rt, w, true)[0];
				if (far) farther.push({ from: term.raw, to: index.surface[far.id]! });
			}
		}

		// A rare word says more than a common one: "pos system" is about POS before "systems".
		// The bonus stays under one word's weight, so matching every word still comes first.
		if (clauseCount > 0 && n > 1) weight *= 1 + (0.5 * Math.log(n / clauseCount)) / Math.log(n);
		for (let i = 0; i < clauseCount; i++) {
			const d = clauseDocs[i]!;
			if (matched[d] === 0) touched[touchedCount++] = d;
			matched[d]! += weight;
			quality[d]! += weight * best[d]!;
			best[d] = 0;
		}
	}

	const ranked = rankTouched(index, rt, touchedCount, limit, codeOnly);
	const results = ranked.map(({ d, s }) => toResult(index, d, s, highlighter));
	const response: SearchResponse = { results, total: touchedCount };
	if (corrected.length > 0) response.corrected = corrected;
	if (farther.length > 0) response.suggestion = suggest(query, [...corrected, ...farther]);
	return response;
}

/** Words for a business that does the work named beside them (normalized). */
const BUSINESS_WORDS: ReadonlySet<string> = new Set(['contractor', 'firm', 'provider', 'agenci']);

/** Whether some vocabulary word starts with `letters`. */
function startsAWord(vocab: readonly string[], letters: string): boolean {
	const i = lowerBound(vocab, letters);
	return i < vocab.length && vocab[i]!.startsWith(letters);
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
