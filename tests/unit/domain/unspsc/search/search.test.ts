/** Search as a whole, through the public API (the barrel the worker and the bench import). */
import * as api from '$lib/domain/unspsc/search';
import {
	buildSearchIndex,
	normalizeText,
	search,
	type SearchIndex
} from '$lib/domain/unspsc/search';
import { phraseDocs } from '$lib/domain/unspsc/search/match';
import { runtime } from '$lib/domain/unspsc/search/runtime';
import { UNSPSC_SYNONYMS } from '$lib/domain/unspsc/synonyms';
import type { UnspscDataset } from '$lib/domain/unspsc/types';
import { loadFixture, loadRealDataset, loadUnseenFixture } from '../real-data';
import { ROWS } from './rows';

const codes = (r: { results: Array<{ code: string }> }) => r.results.map((x) => x.code);

describe('the public API', () => {
	it('is what the search module exported before it was split', () => {
		expect(Object.keys(api).sort()).toEqual([
			'STOP_WORDS',
			'buildSearchIndex',
			'editDistance',
			'foldWord',
			'normalizeText',
			'normalizeWord',
			'parseQuery',
			'rootOf',
			'search',
			'stem',
			'tokenize',
			'warmSearchIndex'
		]);
	});
});

describe('search on a small dataset', () => {
	const index = buildSearchIndex(ROWS);

	it('returns nothing for an empty or unmatched query', () => {
		expect(search(index, '')).toEqual({ results: [], total: 0 });
		expect(search(index, '  "" ')).toEqual({ results: [], total: 0 });
		const none = search(index, 'qxzvbn');
		expect(none.results).toEqual([]);
		expect(none.total).toBe(0);
	});

	it('puts an exact code match first, even before titles naming it', () => {
		const r = search(index, '43222609');
		expect(codes(r)[0]).toBe('43222609');
		expect(codes(r)).toContain('43222611');
		expect(r.results[0]!.path.map((p) => p.code)).toEqual(['43000000', '43220000', '43222600']);
		expect(r.results[0]!.level).toBe('commodity');
	});

	it('matches a partial code as a prefix, higher levels first', () => {
		const r = search(index, '4322');
		expect(codes(r)).toEqual([
			'43220000',
			'43222600',
			'43222609',
			'43222610',
			'43222611',
			'43222612'
		]);
		expect(r.total).toBe(6);
	});

	it('ranks every word matched above some', () => {
		// "Router" is shorter but lacks "network".
		const r = search(index, 'network router');
		expect(codes(r).slice(0, 2)).toEqual(['43222609', '43222610']);
		expect(codes(r).indexOf('43222612')).toBeGreaterThan(1);
	});

	it('ranks a whole word above a fragment even when the fragment’s title is shorter', () => {
		const r = search(index, 'pump');
		expect(codes(r).indexOf('40141602')).toBeLessThan(codes(r).indexOf('40141601'));
	});

	it('ranks shorter, higher-level titles first at equal match', () => {
		const r = search(index, 'valves');
		expect(codes(r)).toEqual(['40140000', '40000000', '40141600']);
		expect(codes(search(index, 'routers'))).toEqual(['43222612', '43222609', '43222610']);
	});

	it('matches a quoted phrase word for word, in order', () => {
		expect(codes(search(index, '"network routers"'))).toEqual(['43222609']);
		expect(codes(search(index, '"routers network"'))).toEqual([]);
		expect(codes(search(index, '"network router"'))).toEqual(['43222609']);
	});

	it('expands a trailing * as a prefix', () => {
		const r = search(index, 'consult*');
		expect(codes(r).sort()).toEqual(['80101500', '80101508', '80101509']);
		// The word being typed is a prefix too, at a lower quality than a whole word.
		expect(codes(search(index, 'janitor'))).toEqual(['76110000']);
	});

	it('highlights matched words and prefixes in the original title', () => {
		const [first] = search(index, 'network routers').results;
		expect(first!.highlights).toEqual([
			[0, 7],
			[8, 15]
		]);
		const [consult] = search(index, 'consult* creme').results;
		expect(consult!.title).toBe('Consultancy for crème brûlée makers');
		expect(consult!.highlights).toEqual([
			[0, 7],
			[16, 21]
		]);
	});

	it('corrects typos and says so', () => {
		const r = search(index, 'routr');
		expect(codes(r)).toContain('43222609');
		expect(r.corrected).toEqual([{ from: 'routr', to: 'router' }]);
		expect(codes(search(index, 'plumbng'))).toEqual(['72151100']);
		expect(codes(search(index, 'janitoral'))).toEqual(['76110000']);
		expect(search(index, 'network').corrected).toBeUndefined();
	});

	it('asks "Did you mean …" when a word matches nothing, even corrected', () => {
		const r = search(index, 'Plumbbbbing services');
		expect(r.suggestion).toBe('plumbing services');
		expect(r.corrected).toBeUndefined();
		expect(search(index, 'plumbing services').suggestion).toBeUndefined();
		// A correction is searched and said ("Searched for …"); it needs no question.
		expect(search(index, 'routr').suggestion).toBeUndefined();
		expect(search(index, 'qqqzzzxxj').suggestion).toBeUndefined();
	});

	it('matches stems both ways', () => {
		expect(codes(search(index, 'battery'))).toEqual(['26111700']);
		expect(codes(search(index, 'batter'))).toEqual(['26111700']);
	});

	it('ignores stop words unless there is nothing else', () => {
		expect(codes(search(index, 'the valves'))).toEqual(codes(search(index, 'valves')));
		expect(search(index, 'and').total).toBeGreaterThan(0);
	});

	it('uses synonyms given as codes or as UNSPSC wording', () => {
		const custom = buildSearchIndex(ROWS, [
			{ say: ['plumber'], means: ['72151100'] },
			{ say: ['lawn mower'], means: ['router'] }
		]);
		expect(codes(search(custom, 'plumber'))).toEqual(['72151100']);
		expect(codes(search(custom, 'plumb'))).toEqual(['72151100']);
		expect(codes(search(custom, 'lawn mower')).sort()).toEqual([
			'43222609',
			'43222610',
			'43222612'
		]);
	});

	it('ranks a near word of a synonym below the word itself', () => {
		const custom = buildSearchIndex(ROWS, [
			{ say: ['repair'], means: ['maintenance'], quality: 0.9 }
		]);
		expect(codes(search(custom, 'repair'))).toEqual(['40141602', '72000000']);
	});

	it('says how a word was respelled to find its synonym', () => {
		const custom = buildSearchIndex(ROWS, [
			{ say: ['janitor', 'lawn mower'], means: ['76110000'] }
		]);
		const typo = search(custom, 'janiter');
		expect(codes(typo)).toEqual(['76110000']);
		expect(typo.corrected).toEqual([{ from: 'janiter', to: 'janitor' }]);
		expect(search(custom, 'lawnmower').corrected).toEqual([
			{ from: 'lawnmower', to: 'lawn mower' }
		]);
	});

	it('respects the limit, reports the total', () => {
		const r = search(index, 'services', { limit: 2 });
		expect(r.results).toHaveLength(2);
		expect(r.total).toBeGreaterThan(2);
		expect(search(index, 'services', { limit: 0 }).results).toEqual([]);
	});
});

describe('search on the real data', () => {
	let data: UnspscDataset;
	let index: SearchIndex;
	beforeAll(() => {
		data = loadRealDataset();
		index = buildSearchIndex(data.rows);
	});

	const top = (q: string, n = 5) => codes(search(index, q, { limit: n }));

	it('finds the issue’s examples', () => {
		expect(top('43222609', 1)).toEqual(['43222609']);
		expect(top('4322', 1)).toEqual(['43220000']);
		expect(codes(search(index, '4322', { limit: 1000 })).every((c) => c.startsWith('4322'))).toBe(
			true
		);
		expect(top('"network routers"', 1)).toEqual(['43222609']);
		expect(top('routr', 1)).toEqual(['43222609']);
		expect(top('plumbng')).toContain('72151100');
		expect(top('janitoral')).toContain('76110000');
		expect(top('consult*')).toContain('80101500');
	});

	it('bridges words written together or apart', () => {
		const split = search(index, 'snowplow', { limit: 1 });
		expect(codes(split)).toEqual(['22101538']);
		expect(split.corrected).toEqual([{ from: 'snowplow', to: 'snow plow' }]);
		expect(top('light bulbs', 2)).toContain('39101600');
	});

	it('gives results with breadcrumbs and highlights', () => {
		const [first] = search(index, 'network routers').results;
		expect(first).toMatchObject({ code: '43222609', title: 'Network routers', level: 'commodity' });
		expect(first!.path).toEqual([
			{ code: '43000000', title: expect.any(String) },
			{ code: '43220000', title: expect.any(String) },
			{ code: '43222600', title: expect.any(String) }
		]);
		expect(first!.highlights).toEqual([
			[0, 7],
			[8, 15]
		]);
		expect(search(index, 'zzqqxxv').results).toEqual([]);
	});

	it('resolves every synonym code to a real code', () => {
		const known = new Set(data.rows.map((r) => r[0]));
		const missing = UNSPSC_SYNONYMS.flatMap((s) => s.means).filter(
			(m) => /^\d{8}$/.test(m) && !known.has(m)
		);
		expect(missing).toEqual([]);
	});

	it('has a relevance fixture of ≥ 40 queries whose expected codes all exist', () => {
		const fixture = loadFixture();
		expect(fixture.queries.length).toBeGreaterThanOrEqual(40);
		const known = new Set(data.rows.map((r) => r[0]));
		const missing = fixture.queries.flatMap((q) => q.expect).filter((c) => !known.has(c));
		expect(missing).toEqual([]);
	});

	it('reaches recall@5 ≥ 90% over the fixture', () => {
		const misses: string[] = [];
		let hits = 0;
		let total = 0;
		for (const { query, expect: wanted } of loadFixture().queries) {
			const got = top(query);
			for (const code of wanted) {
				total++;
				if (got.includes(code)) hits++;
				else misses.push(`${query} → ${code} (got ${got.join(' ')})`);
			}
		}
		const recall = hits / total;
		expect(recall, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
	});

	it('the unseen queries: 150+ with accepted codes that exist, split in two halves', () => {
		const unseen = loadUnseenFixture();
		expect(unseen.queries.length).toBeGreaterThanOrEqual(150);
		const known = new Set(data.rows.map((r) => r[0]));
		expect(unseen.queries.flatMap((q) => q.accept).filter((c) => !known.has(c))).toEqual([]);
		expect(unseen.queries.every((q) => q.accept.length > 0)).toBe(true);
		const held = unseen.queries.filter((q) => q.half === 'held-back').length;
		const tune = unseen.queries.filter((q) => q.half === 'tune').length;
		expect(held + tune).toBe(unseen.queries.length);
		expect(Math.abs(held - tune)).toBeLessThanOrEqual(1);
	});

	it('names a service by the work when the query names the trade (auditor → Audit services)', () => {
		expect(top('auditor')).toContain('84111600');
		expect(top('carpenter')).toContain('72152300');
		expect(top('land surveyor')).toContain('81151604');
	});

	it('understands a description of the work (filler, verbs, the setting)', () => {
		expect(top('we clean office buildings at night')).toContain('76111501');
		expect(top('we paint schools')).toContain('72151300');
		expect(top('we plow snow from parking lots')).toContain('72102903'); // Snow removal
		expect(top('we build websites for small businesses')).toContain('81112103');
		expect(top('tires for police cars')).toContain('25172500');
	});

	it('knows the short forms of trades and products', () => {
		expect(top('EKG')).toContain('42181700');
		expect(top('K-12')).toContain('86121500');
		expect(top('A/V')).toContain('80161507');
		expect(top('ADA ramps')).toContain('72152705');
		expect(top('HR software')).toContain('43231505');
	});

	it('corrects two misspelled words in one query', () => {
		expect(top('computor reapir')).toContain('81112300');
		expect(top('ofice suplies')).toContain('44120000');
		const r = search(index, 'shreding servces', { limit: 5 });
		expect(codes(r)).toContain('80161508'); // Document destruction, through the synonym
		expect(r.corrected).toContainEqual({ from: 'shreding', to: 'shredding' });
	});

	it('finds the work from the trade, the agent noun (roofer → Roofing service)', () => {
		expect(top('roofer')).toContain('72152601');
		expect(top('mason')).toContain('72151900');
		expect(top('landscaper')).toContain('72102902');
	});

	it('reads British spellings, compounds and plurals as the titles write them', () => {
		expect(top('tyres')).toContain('25172500');
		expect(top('lap top')).toContain('43211503');
		expect(top('walkietalkies')).toContain('43191510');
		expect(top('stationary')).toContain('14111509'); // the homophone of stationery
	});

	it('has each synonym `say` in one entry only, and every wording in some title', () => {
		const says = UNSPSC_SYNONYMS.flatMap((s) => s.say.map((w) => normalizeText(w).join(' ')));
		expect(says.filter((k, i) => says.indexOf(k) !== i)).toEqual([]);
		const rt = runtime(index);
		const unmatched = UNSPSC_SYNONYMS.flatMap((s) => s.means)
			.filter((m) => !/^\d{8}$/.test(m))
			.filter((m) => phraseDocs(index, rt, normalizeText(m)).length === 0);
		expect(unmatched).toEqual([]);
	});

	it('corrects a finished misspelled word even when its start matches another word', () => {
		const r = search(index, 'elevater maintenence', { limit: 5 });
		expect(codes(r)).toContain('72101506'); // Elevator maintenance services
		// A word still being typed is not "corrected".
		expect(search(index, 'electri').corrected).toBeUndefined();
	});
});
