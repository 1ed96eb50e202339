/**
 * Full-text search over UNSPSC codes: pure TypeScript, no DOM, meant to run in a Web Worker
 * (`src/workers/unspsc.worker.ts`). One module per idea:
 * - `normalize`: folding, stemming and tokenizing text, shared by the index and the query;
 * - `query`: a typed query → words, quoted phrases and codes, and each word's role in a
 *   description (filler, verb, setting);
 * - `search-index`: the serializable index built from the dataset rows;
 * - `runtime`: what a search needs besides, built lazily and cached per index;
 * - `match`: phrases, curated synonyms (also written otherwise or said verb first) and joined
 *   words;
 * - `correct`: misspelled words (also for synonyms) and words written as one;
 * - `search`: matching every term of a query;
 * - `rank`: qualities, scores and results; `highlight`: what a result highlights.
 * This barrel is the public API.
 */
export {
	STOP_WORDS,
	foldWord,
	normalizeText,
	normalizeWord,
	rootOf,
	stem,
	tokenize
} from './normalize';
export type { TextToken } from './normalize';
export { parseQuery, type ParsedQuery, type QueryTerm } from './query';
export { buildSearchIndex, type SearchIndex } from './search-index';
export { warmSearchIndex } from './runtime';
export { editDistance } from './correct';
export type { SearchResult } from './rank';
export { search, type SearchOptions, type SearchResponse } from './search';
