import {
	findJoinedWords,
	findSynonyms,
	findVerbObjectSynonyms,
	lowerBound,
	phraseDocs,
	startsAWord
} from '$lib/domain/unspsc/search/match';
import { parseQuery } from '$lib/domain/unspsc/search/query';
import { runtime } from '$lib/domain/unspsc/search/runtime';
import { buildSearchIndex } from '$lib/domain/unspsc/search/search-index';
import { ROWS } from './rows';

describe('lowerBound', () => {
	it('finds the first element not below the key', () => {
		const sorted = ['apple', 'banana', 'band', 'cherry'];
		expect(lowerBound(sorted, 'ban')).toBe(1);
		expect(lowerBound(sorted, 'band')).toBe(2);
		expect(lowerBound(sorted, 'a')).toBe(0);
		expect(lowerBound(sorted, 'z')).toBe(4);
		expect(lowerBound([], 'a')).toBe(0);
	});
});

describe('phraseDocs', () => {
	const index = buildSearchIndex(ROWS, []);
	const rt = runtime(index);
	const codes = (docs: number[]) => docs.map((d) => index.codes[d]);

	it('finds titles with the words side by side, in order', () => {
		expect(codes(phraseDocs(index, rt, ['network', 'router']))).toEqual(['43222609']);
		expect(codes(phraseDocs(index, rt, ['router', 'network']))).toEqual([]);
	});

	it('with adjacent false, finds titles with all the words anywhere', () => {
		expect(codes(phraseDocs(index, rt, ['router', 'network'], false))).toEqual([
			'43222609',
			'43222610'
		]);
	});

	it('finds every title with a single word, none with an unknown word', () => {
		expect(codes(phraseDocs(index, rt, ['router']))).toEqual(['43222609', '43222610', '43222612']);
		expect(phraseDocs(index, rt, ['network', 'qxzvbn'])).toEqual([]);
	});
});

describe('findSynonyms', () => {
	const index = buildSearchIndex(ROWS, [
		{ say: ['plumber'], means: ['72151100'] },
		{ say: ['lawn mower'], means: ['router'] }
	]);
	const rt = runtime(index);
	const found = (q: string) =>
		[...findSynonyms(rt, parseQuery(q).terms)].map(([at, hits]) => [
			at,
			hits.map((h) => [h.syn.key.join(' '), h.quality])
		]);

	it('keys a synonym phrase by the position of each term it covers', () => {
		expect(found('the lawn mower')).toEqual([
			[1, [['lawn mower', 1]]],
			[2, [['lawn mower', 1]]]
		]);
		expect(found('plumber')).toEqual([[0, [['plumber', 1]]]]);
	});

	it('accepts the last word still being typed, at a lower quality', () => {
		expect(found('lawn mow')).toEqual([
			[0, [['lawn mower', 0.9]]],
			[1, [['lawn mower', 0.9]]]
		]);
		expect(found('plumb')).toEqual([[0, [['plumber', 0.9]]]]);
		// Not when the word is explicitly a prefix, too short, or not the last.
		expect(found('plumb*')).toEqual([]);
		expect(found('pl')).toEqual([]);
		expect(found('lawn mow valves')).toEqual([]);
	});
});

describe('findJoinedWords', () => {
	const index = buildSearchIndex([['10000000', 'Lightbulbs and lamps', null]], []);
	const rt = runtime(index);
	const lightbulb = rt.vocabId.get('lightbulb');

	it('maps two consecutive words written as one in titles to that word', () => {
		expect([...findJoinedWords(rt, parseQuery('light bulbs extra').terms)]).toEqual([
			[0, lightbulb],
			[1, lightbulb]
		]);
	});

	it('skips an explicit prefix and words that never appear joined', () => {
		expect(findJoinedWords(rt, parseQuery('light bulb*').terms).size).toBe(0);
		expect(findJoinedWords(rt, parseQuery('bulbs light').terms).size).toBe(0);
	});
});

describe('synonyms written otherwise', () => {
	const index = buildSearchIndex(ROWS, [
		{ say: ['laptop'], means: ['43222609'] },
		{ say: ['lawn mower'], means: ['40141600'] },
		{ say: ['snow plowing', 'document shredding'], means: ['76110000'] }
	]);
	const rt = runtime(index);
	const found = (q: string) =>
		[...findSynonyms(rt, parseQuery(q).terms)].map(([at, hits]) => [
			at,
			hits.map((h) => h.split ?? h.syn.key.join(' '))
		]);

	it('joins two words into a one-word synonym: "lap top" is a laptop', () => {
		expect(found('lap top')).toEqual([
			[0, ['laptop']],
			[1, ['laptop']]
		]);
	});

	it('splits an unknown word into a two-word synonym, saying how', () => {
		expect(found('lawnmower')).toEqual([[0, ['lawn mower']]]);
		expect(found('router')).toEqual([]);
	});

	it('reads a verb and its object as the work on the object: "plow snow" is snow plowing', () => {
		const terms = parseQuery('we plow snow').terms;
		const norms = terms.map((t) => (t.kind === 'word' ? t.norm : ''));
		const hits = findSynonyms(rt, terms, norms);
		findVerbObjectSynonyms(rt, terms, norms, new Set([1]), hits);
		expect([...hits.keys()]).toEqual([1, 2]);
		expect(hits.get(2)!.map((h) => h.syn.key.join(' '))).toEqual(['snow plowing']);
		// The object may have a modifier: "shred confidential documents".
		const more = parseQuery('we shred confidential documents').terms;
		const moreNorms = more.map((t) => (t.kind === 'word' ? t.norm : ''));
		const moreHits = new Map();
		findVerbObjectSynonyms(rt, more, moreNorms, new Set([1]), moreHits);
		expect([...moreHits.keys()]).toEqual([1, 2, 3]);
	});
});

describe('startsAWord', () => {
	it('tells whether a vocabulary word starts with some letters', () => {
		const vocab = ['apple', 'banana', 'band'];
		expect(startsAWord(vocab, 'ban')).toBe(true);
		expect(startsAWord(vocab, 'bank')).toBe(false);
		expect(startsAWord(vocab, 'z')).toBe(false);
	});
});
