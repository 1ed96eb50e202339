import {
	bidFiltersQuery,
	contractFiltersQuery,
	filterBids,
	filterContracts,
	paginate,
	parseBidFilters,
	parseContractFilters
} from '$lib/domain/boards/filters';
import { sampleContracts, sampleSolicitations } from '$lib/domain/boards/sample';

const now = Date.parse('2026-11-22T15:00:00Z');
const bids = sampleSolicitations(now);
const contracts = sampleContracts(now);
const q = (s: string) => new URLSearchParams(s);

describe('Bid Board filters in the URL', () => {
	it('defaults to current (open) solicitations sorted by due date; bad values fall back', () => {
		expect(parseBidFilters(q(''))).toEqual({
			q: '',
			status: 'open',
			agency: '',
			type: 'all',
			codes: [],
			sort: 'due-asc',
			page: 1
		});
		expect(
			parseBidFilters(q('status=bogus&page=-3&codes=123,43210000,43210000&type=x'))
		).toMatchObject({
			status: 'open',
			page: 1,
			codes: ['43210000'],
			type: 'all'
		});
	});

	it('round-trips through the query string, leaving defaults out', () => {
		const f = parseBidFilters(
			q(
				'q=laptop&status=past&agency=Department+of+Transportation&type=formal&codes=43210000&sort=due-desc&page=2'
			)
		);
		expect(parseBidFilters(q(bidFiltersQuery(f).slice(1)))).toEqual(f);
		expect(bidFiltersQuery(parseBidFilters(q('')))).toBe('');
	});

	it('filters by status, type, agency, UNSPSC coverage and keywords; sorts by due date', () => {
		const open = filterBids(bids, parseBidFilters(q('')));
		expect(open.length).toBeGreaterThan(0);
		expect(open.every((s) => s.status === 'open')).toBe(true);
		expect(open.map((s) => s.dueAt)).toEqual([...open.map((s) => s.dueAt)].sort());

		const past = filterBids(bids, parseBidFilters(q('status=past&sort=due-desc')));
		expect(past.every((s) => s.status !== 'open')).toBe(true);
		expect(past.map((s) => s.dueAt)).toEqual([...past.map((s) => s.dueAt)].sort().reverse());

		const all = filterBids(bids, parseBidFilters(q('status=all')));
		expect(all).toHaveLength(60);
		const informal = filterBids(bids, parseBidFilters(q('status=all&type=informal')));
		expect(informal.every((s) => !s.formal)).toBe(true);

		const family = filterBids(bids, parseBidFilters(q('status=all&codes=43210000')));
		expect(family.length).toBeGreaterThan(0);
		expect(family.every((s) => s.codes.some((c) => c.startsWith('4321')))).toBe(true);

		const first = bids[0]!;
		const byWords = filterBids(
			bids,
			parseBidFilters(q(`status=all&q=${encodeURIComponent(first.number.toLowerCase())}`))
		);
		expect(byWords.map((s) => s.id)).toEqual([first.id]);
		expect(filterBids(bids, parseBidFilters(q('status=all&q=zzzz-nothing')))).toEqual([]);
	});

	it('paginates, clamping a page past the end', () => {
		const p = paginate(bids, 99, 15);
		expect(p).toMatchObject({ page: 4, pages: 4, total: 60, from: 46, to: 60 });
		expect(p.items).toHaveLength(15);
		expect(paginate([], 1, 15)).toMatchObject({ page: 1, pages: 1, total: 0, from: 0, to: 0 });
	});
});

describe('Contract Board filters', () => {
	it('SBE/MBE only, usable by municipalities, keywords, round-trip', () => {
		const f = parseContractFilters(q('sbe=yes&usable=Municipalities'));
		const list = filterContracts(contracts, f);
		expect(list.length).toBeGreaterThan(0);
		expect(list.every((c) => c.sbeMbe && c.usableBy.includes('Municipalities'))).toBe(true);
		expect(parseContractFilters(q(contractFiltersQuery(f).slice(1)))).toEqual(f);
		expect(filterContracts(contracts, parseContractFilters(q('')))).toHaveLength(40);
		const name = contracts[0]!.contractor;
		expect(
			filterContracts(contracts, parseContractFilters(q(`q=${encodeURIComponent(name)}`))).every(
				(c) => `${c.contractor} ${c.title} ${c.description}`.includes(name.split(' ')[0]!)
			)
		).toBe(true);
	});
});
