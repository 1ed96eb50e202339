import { buildSearchIndex, type SearchIndex } from '$lib/domain/unspsc/search/search-index';
import { search } from '$lib/domain/unspsc/search/search';
import { ROWS } from './rows';

describe('buildSearchIndex', () => {
	const index = buildSearchIndex(ROWS, []);
	const id = (code: string) => index.codes.indexOf(code);
	const word = (w: string) => index.vocab.indexOf(w);
	const docsOf = (w: string) => {
		const v = word(w);
		return [...index.postings.slice(index.postingStarts[v], index.postingStarts[v + 1])].map(
			(d) => index.codes[d]
		);
	};

	it('sorts the documents by code, whatever the order of the rows', () => {
		expect(index.codes).toEqual(ROWS.map((r) => r[0]).sort());
		expect(buildSearchIndex(ROWS.slice().reverse(), []).codes).toEqual(index.codes);
		expect(index.titles[id('43222609')]).toBe('Network routers');
	});

	it('links each document to its parent and knows its level from the code', () => {
		expect(index.parents[id('43222609')]).toBe(id('43222600'));
		expect(index.parents[id('43000000')]).toBe(-1);
		expect(index.levels[id('43000000')]).toBe(0);
		expect(index.levels[id('43220000')]).toBe(1);
		expect(index.levels[id('43222600')]).toBe(2);
		expect(index.levels[id('43222609')]).toBe(3);
	});

	it('counts the non-stop words of each title (at least 1)', () => {
		expect(index.lengths[id('40000000')]).toBe(2); // Pumps and valves
		expect(index.lengths[id('43222612')]).toBe(1); // Router
	});

	it('keeps a sorted vocabulary of normalized words, each with a readable form', () => {
		expect(index.vocab).toEqual(index.vocab.slice().sort());
		expect(new Set(index.vocab).size).toBe(index.vocab.length);
		expect(index.surface[word('batteri')]).toBe('batteries');
		expect(index.surface[word('router')]).toBe('router');
	});

	it('posts each word once per document, in ascending document order', () => {
		expect(docsOf('router')).toEqual(['43222609', '43222610', '43222612']);
		expect(docsOf('valve')).toEqual(['40000000', '40140000', '40141600']);
		expect(index.postingStarts).toHaveLength(index.vocab.length + 1);
		expect(index.postingStarts[index.vocab.length]).toBe(index.postings.length);
	});

	it('keeps every title’s words in order', () => {
		const d = id('43222610');
		const words = [...index.docWords.slice(index.docWordStarts[d], index.docWordStarts[d + 1])];
		expect(words.map((v) => index.vocab[v])).toEqual([
			'router',
			'for',
			'network',
			'attached',
			'storage'
		]);
		expect(index.docWordStarts).toHaveLength(index.codes.length + 1);
	});

	it('compiles synonyms to normalized words and the codes present in the data', () => {
		const custom = buildSearchIndex(ROWS, [
			{ say: ['Plumbers', 'pipe fitter'], means: ['72151100', '99999999', 'Routers'] }
		]);
		const plumbing = custom.codes.indexOf('72151100');
		expect(custom.synonyms).toEqual([
			{ key: ['plumber'], docs: [plumbing], phrases: [['router']] },
			{ key: ['pipe', 'fitter'], docs: [plumbing], phrases: [['router']] }
		]);
	});

	it('builds a plain index that survives structured cloning', () => {
		const withSynonyms = buildSearchIndex(ROWS);
		const copy = structuredClone(withSynonyms) as SearchIndex;
		expect(search(copy, 'routr')).toEqual(search(withSynonyms, 'routr'));
	});
});
