import { fuseFor, runtime, warmSearchIndex } from '$lib/domain/unspsc/search/runtime';
import { buildSearchIndex } from '$lib/domain/unspsc/search/search-index';
import { ROWS } from './rows';

describe('runtime', () => {
	it('is built once per index and maps words to their vocabulary ids', () => {
		const index = buildSearchIndex(ROWS, []);
		const rt = runtime(index);
		expect(runtime(index)).toBe(rt);
		expect(runtime(buildSearchIndex(ROWS, []))).not.toBe(rt);
		expect(index.vocab[rt.vocabId.get('router')!]).toBe('router');
		expect(rt.best).toHaveLength(index.codes.length);
		expect(rt.touched).toHaveLength(index.codes.length);
	});

	it('groups related forms by root and synonyms by their first word', () => {
		const index = buildSearchIndex(
			[['10000000', 'Shredders and shredding services', null]],
			[{ say: ['paper shredder', 'paper cutter'], means: ['10000000'] }]
		);
		const rt = runtime(index);
		expect(
			rt.roots
				.get('shred')!
				.map((i) => index.vocab[i])
				.sort()
		).toEqual(['shredder', 'shredding']);
		expect(rt.synonymsByFirst.get('paper')!.map((s) => s.key)).toEqual([
			['paper', 'shredder'],
			['paper', 'cutter']
		]);
	});

	it('buckets words by first and by second letter and length, with a Fuse instance made on demand', () => {
		const index = buildSearchIndex(ROWS, []);
		const rt = runtime(index);
		const words = (key: string) => rt.buckets.get(key)!.ids.map((i) => index.vocab[i]);
		expect(words('1r6')).toContain('router');
		expect(words('2o6')).toContain('router');
		expect(rt.buckets.get('1r6')!.fuse).toBeUndefined();
		const fuse = fuseFor(index, rt, '1r6')!;
		expect(fuse.search('routr').map((r) => r.item)).toContain('router');
		expect(fuseFor(index, rt, '1r6')).toBe(fuse);
		expect(fuseFor(index, rt, '1q99')).toBeUndefined();
	});

	it('warms every Fuse instance up front, or only the maps without fuzzy', () => {
		const cold = buildSearchIndex(ROWS, []);
		warmSearchIndex(cold, false);
		expect([...runtime(cold).buckets.values()].some((b) => b.fuse)).toBe(false);
		const warm = buildSearchIndex(ROWS, []);
		warmSearchIndex(warm);
		expect([...runtime(warm).buckets.values()].every((b) => b.fuse)).toBe(true);
	});
});
