import { highlight } from '$lib/domain/unspsc/search/highlight';

describe('highlight', () => {
	it('marks whole words by their normalized form, in the original text', () => {
		expect(
			highlight('Crème brûlée, Routers', { words: new Set(['router', 'creme']), prefixes: [] })
		).toEqual([
			[0, 5],
			[14, 21]
		]);
	});

	it('marks the typed length of a word start', () => {
		expect(
			highlight('Consultancy for consulting', {
				words: new Set(),
				prefixes: [{ norm: 'consult', length: 7 }]
			})
		).toEqual([
			[0, 7],
			[16, 23]
		]);
		// Never past the end of the word.
		expect(
			highlight('Bat batteries', { words: new Set(), prefixes: [{ norm: 'bat', length: 6 }] })
		).toEqual([
			[0, 3],
			[4, 10]
		]);
	});

	it('marks nothing when nothing matched', () => {
		expect(highlight('Network routers', { words: new Set(['valve']), prefixes: [] })).toEqual([]);
	});
});
