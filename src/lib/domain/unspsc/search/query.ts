/** Query parsing for UNSPSC search: a typed query → words, quoted phrases and codes. */
import { normalizeText, tokenize } from './normalize';

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
