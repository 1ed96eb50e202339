import {
	FLAG_CURATED,
	FLAG_EXACT,
	rankTouched,
	toResult,
	type Ranked
} from '$lib/domain/unspsc/search/rank';
import { runtime } from '$lib/domain/unspsc/search/runtime';
import { buildSearchIndex } from '$lib/domain/unspsc/search/search-index';
import { ROWS } from './rows';

const index = buildSearchIndex(ROWS, []);
const id = (code: string) => index.codes.indexOf(code);

/** Records what matching would have accumulated for each code, then ranks. */
function rankCodes(
	matches: Array<{
		code: string;
		matched: number;
		quality: number;
		flags?: number;
		curatedAt?: number;
	}>,
	limit = 50,
	codeOnly = false
): Ranked[] {
	const rt = runtime(index);
	matches.forEach((m, i) => {
		const d = id(m.code);
		rt.touched[i] = d;
		rt.matched[d] = m.matched;
		rt.quality[d] = m.quality;
		rt.flags[d] = m.flags ?? 0;
		rt.curatedAt[d] = m.curatedAt ?? 0;
	});
	return rankTouched(index, rt, matches.length, limit, codeOnly);
}
const ranked = (r: Ranked[]) => r.map((x) => index.codes[x.d]);

describe('rankTouched', () => {
	it('orders by exact code, then matched weight, then quality', () => {
		const r = rankCodes([
			{ code: '43222612', matched: 1, quality: 1 },
			{ code: '43222609', matched: 2, quality: 1.2 },
			{ code: '43222610', matched: 2, quality: 2 },
			{ code: '43222611', matched: 1, quality: 1, flags: FLAG_EXACT }
		]);
		expect(ranked(r)).toEqual(['43222611', '43222610', '43222609', '43222612']);
		expect(r.map((x) => x.s)).toEqual([...r.map((x) => x.s)].sort((a, b) => b - a));
	});

	it('breaks ties by the share of the title matched and the level, curated targets first', () => {
		// "Valves" (family, 1 word) before "Industrial valves" (class, 2 words) before "Pumps and valves".
		const valves = [
			{ code: '40141600', matched: 1, quality: 1 },
			{ code: '40000000', matched: 1, quality: 1 },
			{ code: '40140000', matched: 1, quality: 1 }
		];
		expect(ranked(rankCodes(valves))).toEqual(['40140000', '40000000', '40141600']);
		const curated = valves.map((v) => (v.code === '40141600' ? { ...v, flags: FLAG_CURATED } : v));
		expect(ranked(rankCodes(curated))[0]).toBe('40141600');
	});

	it('ranks curated targets in the synonym’s order of codes', () => {
		const targets = [
			{ code: '40000000', matched: 1, quality: 1, flags: FLAG_CURATED, curatedAt: 2 },
			{ code: '40141600', matched: 1, quality: 1, flags: FLAG_CURATED, curatedAt: 1 }
		];
		expect(ranked(rankCodes(targets))).toEqual(['40141600', '40000000']);
		const rt = runtime(index);
		expect(rt.curatedAt[id('40141600')]).toBe(0); // reset for the next search
	});

	it('orders code-only queries by level, then code', () => {
		const r = rankCodes(
			[
				{ code: '43222612', matched: 1, quality: 1 },
				{ code: '43222609', matched: 1, quality: 1 },
				{ code: '43220000', matched: 1, quality: 1 }
			],
			50,
			true
		);
		expect(ranked(r)).toEqual(['43220000', '43222609', '43222612']);
	});

	it('keeps the best `limit` and resets the accumulators for the next search', () => {
		const matches = ['43222609', '43222610', '43222611', '43222612'].map((code, i) => ({
			code,
			matched: 1,
			quality: 0.5 + i * 0.1
		}));
		expect(ranked(rankCodes(matches, 2))).toEqual(['43222612', '43222611']);
		expect(rankCodes(matches, 0)).toEqual([]);
		const rt = runtime(index);
		for (const { code } of matches) {
			expect([rt.matched[id(code)], rt.quality[id(code)], rt.flags[id(code)]]).toEqual([0, 0, 0]);
		}
	});
});

describe('toResult', () => {
	it('gives the code, title, level, breadcrumb path and highlights', () => {
		const result = toResult(index, id('43222609'), 123, {
			words: new Set(['router']),
			prefixes: []
		});
		expect(result).toEqual({
			code: '43222609',
			title: 'Network routers',
			level: 'commodity',
			path: [
				{ code: '43000000', title: 'Information Technology Broadcasting and Telecommunications' },
				{
					code: '43220000',
					title: 'Data Voice or Multimedia Network Equipment or Platforms and Accessories'
				},
				{ code: '43222600', title: 'Network service equipment' }
			],
			score: 123,
			highlights: [[8, 15]]
		});
		expect(toResult(index, id('40000000'), 1, { words: new Set(), prefixes: [] })).toMatchObject({
			level: 'segment',
			path: [],
			highlights: []
		});
	});
});
