/**
 * Ranking of UNSPSC search. Each query term (word, quoted phrase or code) is a clause with a weight
 * (1, or the number of words of a phrase; `./search` adds a bonus for a rare word, up to 1.5, and
 * counts a word of a description's setting, "… for schools", 0.75); a document's match of a
 * clause has a quality q:
 *   1    whole word, phrase, code prefix, explicit `consult*` prefix, synonym target, two words
 *        written as one in titles ("light bulbs" → "Lamps and lightbulbs"), the work a
 *        description's verb names ("we paint" → painting)
 *   0.9  last word still being typed that is a prefix of a synonym ("lapt" → laptop); a near word
 *        of a synonym ("repair" → maintenance); a verb as written beside the work it names
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
 *   4. a tie-break in [0, 1): curated synonym targets first (in the synonym's order of codes:
 *      the first is what the words mean most); otherwise shorter titles, as the
 *      share of the title the query covers (0.6 × min(1, m / non-stop words in the title):
 *      "Valves" before "Pumps and valves", "X ray film" before "Medical x ray film viewers"),
 *      plus higher levels (0.13 per level above commodity); for code-only queries, level only
 *      (then code order).
 * score = exact·10⁶ + m·10⁴ + Q·10³ + tieBreak·50, then ties by code. Qualities differ by ≥ 0.05,
 * so a quality difference always outweighs the tie-break.
 *
 * Matching (`./search`, `./correct`) gives each document its matched weight, quality sum and
 * flags in the runtime's scratch buffers; `rankTouched` turns them into scores.
 */
import { UNSPSC_LEVELS } from '../codes';
import type { UnspscLevel } from '../types';
import { highlight, type Highlighter } from './highlight';
import type { Runtime } from './runtime';
import type { SearchIndex } from './search-index';

/** The document is the exact 8-digit code searched for. */
export const FLAG_EXACT = 1;
/** The document is a curated synonym's target. */
export const FLAG_CURATED = 2;

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

/** A ranked document: its id and score. */
export interface Ranked {
	d: number;
	s: number;
}

/**
 * Scores the first `touchedCount` documents of `rt.touched` from what matching accumulated for
 * them, resets their accumulators for the next search, and returns the best `limit`, best first
 * (equal scores by code). `codeOnly`: the query has codes only, so the tie-break is the level.
 */
export function rankTouched(
	index: SearchIndex,
	rt: Runtime,
	touchedCount: number,
	limit: number,
	codeOnly: boolean
): Ranked[] {
	const { matched, quality, flags, curatedAt, touched } = rt;
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
		else if (f & FLAG_CURATED) tieBreak = 0.99 + 0.009 / Math.max(1, curatedAt[d]!);
		else tieBreak = 0.6 * Math.min(1, matched[d]! / lengths[d]!) + (0.39 * (3 - level)) / 3;
		const q = Math.round(quality[d]! * 20) / 20;
		const score = (f & FLAG_EXACT ? 1e6 : 0) + matched[d]! * 1e4 + q * 1e3 + tieBreak * 50;
		matched[d] = 0;
		quality[d] = 0;
		flags[d] = 0;
		curatedAt[d] = 0;
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
	return heapDocs.map((d, i) => ({ d, s: heapScores[i]! })).sort((a, b) => b.s - a.s || a.d - b.d);
}

/** A ranked document as a result: code, title, level, breadcrumb path and highlights. */
export function toResult(
	index: SearchIndex,
	d: number,
	score: number,
	h: Highlighter
): SearchResult {
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
