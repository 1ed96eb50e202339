/**
 * Query parsing for UNSPSC search: a typed query → words, quoted phrases and codes, and the role
 * of each word in a description (filler, verb, setting).
 */
import { STOP_WORDS, SUBJECT_PRONOUNS, isFiller, normalizeText, tokenize } from './normalize';

export type QueryTerm =
	/** A word; `prefix` when it ended with `*` (explicit prefix). */
	| { kind: 'word'; raw: string; folded: string; norm: string; prefix: boolean }
	/** A quoted phrase, matched exactly (word for word, in order). */
	| { kind: 'phrase'; raw: string; words: string[] }
	/** 2–8 digits (dots, dashes and spaces inside are ignored): a code prefix. */
	| { kind: 'code'; raw: string; digits: string };

/** A word term. */
export type WordTerm = Extract<QueryTerm, { kind: 'word' }>;

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

/** Prepositions that start the setting of a description: "… on parking lots", "… for schools". */
const SETTING_WORDS: ReadonlySet<string> = new Set([
	'for',
	'on',
	'in',
	'at',
	'to',
	'with',
	'along'
]);

/**
 * Positions of the words that are verbs: the first word after a subject pronoun, past filler
 * ("we also paint", "I supply").
 */
export function verbPositions(terms: readonly QueryTerm[]): Set<number> {
	const verbs = new Set<number>();
	let afterPronoun = false;
	terms.forEach((t, i) => {
		if (t.kind !== 'word') afterPronoun = false;
		else if (SUBJECT_PRONOUNS.has(t.norm)) afterPronoun = true;
		else if (afterPronoun && !STOP_WORDS.has(t.norm) && !isFiller(t.raw, t.norm, i === 0)) {
			verbs.add(i);
			afterPronoun = false;
		}
	});
	return verbs;
}

/**
 * Whether the term at position `i` is a stop word or filler (`verbs`: the verb positions), to be
 * searched only when the query has nothing else.
 */
export function droppable(t: QueryTerm, i: number, verbs: ReadonlySet<number>): boolean {
	if (t.kind !== 'word') return false;
	return STOP_WORDS.has(t.norm) || isFiller(t.raw, t.norm, i === 0, verbs.has(i));
}

/**
 * Where the setting of a description starts: the position of the first setting preposition that
 * follows a meaningful word ("books for the public library"), or past the end when there is none.
 * What comes first names the thing; what follows says for whom or where.
 */
export function settingStart(terms: readonly QueryTerm[], verbs: ReadonlySet<number>): number {
	let seen = false;
	for (let i = 0; i < terms.length; i++) {
		const t = terms[i]!;
		if (t.kind !== 'word') continue;
		if (seen && SETTING_WORDS.has(t.norm)) return i;
		if (!droppable(t, i, verbs)) seen = true;
	}
	return terms.length;
}
