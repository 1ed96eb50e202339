import {
	correct,
	correctToSynonymWord,
	editDistance,
	splitCompound,
	synonymSpellings,
	typoRank
} from '$lib/domain/unspsc/search/correct';
import { parseQuery } from '$lib/domain/unspsc/search/query';
import type { UnspscRow } from '$lib/domain/unspsc/types';
import { runtime } from '$lib/domain/unspsc/search/runtime';
import { buildSearchIndex } from '$lib/domain/unspsc/search/search-index';
import { ROWS } from './rows';

describe('editDistance', () => {
	it('measures edit distance with transpositions', () => {
		expect(editDistance('routr', 'router')).toBe(1);
		expect(editDistance('gaurd', 'guard')).toBe(1);
		expect(editDistance('telefone', 'telephone')).toBe(2);
		expect(editDistance('abc', 'xyzxyz')).toBe(3);
	});

	it('stops counting past the maximum', () => {
		expect(editDistance('router', 'router')).toBe(0);
		expect(editDistance('kitten', 'sitting', 1)).toBe(2);
		expect(editDistance('a', 'abcdef', 2)).toBe(3);
	});
});

describe('correct', () => {
	const index = buildSearchIndex(ROWS, []);
	const rt = runtime(index);
	const fixes = (w: string) => correct(index, rt, w).map((f) => [index.vocab[f.id], f.quality]);

	it('proposes the vocabulary word one edit away, higher when letters were left out', () => {
		expect(fixes('routr')).toEqual([['router', 0.75]]);
		expect(fixes('plumbng')).toEqual([['plumbing', 0.75]]);
		// First letter dropped: found through the second-letter buckets.
		expect(fixes('outer')).toEqual([['router', 0.75]]);
	});

	it('gives a lower quality to other edits', () => {
		expect(fixes('ruoter')).toEqual([['router', 0.7]]);
		expect(fixes('netwrok')).toEqual([['network', 0.7]]);
	});

	it('does not correct short words, numbers or nonsense', () => {
		expect(fixes('ro')).toEqual([]);
		expect(fixes('12345')).toEqual([]);
		expect(fixes('qxzvbn')).toEqual([]);
	});
});

describe('splitCompound', () => {
	const index = buildSearchIndex(ROWS, []);
	const rt = runtime(index);
	const codes = (docs: number[]) => docs.map((d) => index.codes[d]);

	it('splits a word into two found side by side in titles', () => {
		const split = splitCompound(index, rt, 'networkrouters')!;
		expect(split.words).toEqual(['network', 'router']);
		expect(split.label).toBe('network router');
		expect(codes(split.docs)).toEqual(['43222609']);
	});

	it('else into two found anywhere in a title', () => {
		const split = splitCompound(index, rt, 'routersnetwork')!;
		expect(split.words).toEqual(['router', 'network']);
		expect(codes(split.docs)).toEqual(['43222609', '43222610']);
	});

	it('finds nothing when no split gives two words of one title', () => {
		expect(splitCompound(index, rt, 'routervalves')).toBeUndefined();
		expect(splitCompound(index, rt, 'qxzvbnqxz')).toBeUndefined();
	});
});

describe('typoRank', () => {
	it('prefers fewer edits, then a letter left out, then two letters swapped', () => {
		expect(typoRank('routr', 'router', 1)).toBeLessThan(typoRank('recieving', 'receiving', 1));
		expect(typoRank('recieving', 'receiving', 1)).toBeLessThan(
			typoRank('recieving', 'reviewing', 1)
		);
		expect(typoRank('recieving', 'reviewing', 1)).toBeLessThan(typoRank('routr', 'rotors', 2));
	});
});

describe('correcting to synonyms', () => {
	// "Moving" is a title word here: "lawn moving" is a slip, not an unknown word.
	const rows: UnspscRow[] = [...ROWS, ['78101804', 'Moving services', null]];
	const index = buildSearchIndex(rows, [
		{ say: ['exterminator'], means: ['76110000'] },
		{ say: ['lawn mowing'], means: ['76110000'] }
	]);
	const rt = runtime(index);
	const spell = (q: string) => {
		const terms = parseQuery(q).terms;
		return synonymSpellings(index, rt, terms, (w) => correct(index, rt, w));
	};

	it('corrects a word to a synonym’s word, or to a title word when likelier', () => {
		expect(correctToSynonymWord(rt, 'exterminater')?.word).toBe('exterminator');
		expect(correctToSynonymWord(rt, 'qxzvbn')).toBeUndefined();
		expect(spell('exterminater')).toEqual(['exterminator']);
		expect(spell('routr')).toEqual(['router']);
	});

	it('leaves title words, their starts and short related forms as they are', () => {
		expect(spell('network rout')).toEqual(['network', 'rout']);
		expect(spell('plumb')).toEqual(['plumb']);
	});

	it('takes a real word one letter off a two-word synonym for it: "lawn moving"', () => {
		expect(spell('lawn moving')).toEqual(['lawn', 'mowing']);
		expect(spell('moving')).toEqual(['moving']);
	});
});
