import {
	filterBids,
	parseBidFilters,
	sampleContracts,
	sampleSolicitations
} from '$lib/domain/boards';
import { documentCounts, type BoardSolicitation } from '$lib/domain/portal/documents';

describe('documentCounts (from the Bid Board and the Contract Board)', () => {
	const sol = (over: Partial<BoardSolicitation>): BoardSolicitation => ({
		formal: true,
		status: 'open',
		codes: ['72101501'],
		invited: [],
		...over
	});
	const org = { id: 'org-1', legalName: 'Acme Builders LLC', codes: ['72100000'] };

	it('counts open formal solicitations the codes cover, open informal ones with an invitation, and contracts awarded to the organization', () => {
		const board = {
			solicitations: [
				sol({}),
				sol({ codes: ['43211503', '72101500'] }),
				sol({ status: 'closed' }),
				sol({ status: 'awarded' }),
				sol({ codes: ['72151500'] }),
				sol({ formal: false, invited: ['org-1'] }),
				sol({ formal: false, invited: ['org-2'] }),
				sol({ formal: false, invited: ['org-1'], status: 'closed' })
			],
			contracts: [
				{ contractor: 'Acme Builders LLC' },
				{ contractor: ' acme builders llc ' },
				{ contractor: 'Granite Works Inc.' }
			]
		};
		expect(documentCounts(board, org)).toEqual({ formal: 2, informal: 1, contracts: 2 });
	});

	it('counts no formal solicitation without codes, and no contracts for a new supplier', () => {
		const board = { solicitations: [sol({})], contracts: [{ contractor: 'Granite Works Inc.' }] };
		expect(documentCounts(board, { ...org, codes: [] })).toEqual({
			formal: 0,
			informal: 0,
			contracts: 0
		});
	});

	it('counts the sample Bid Board the same way as the board filtered by the codes', () => {
		const now = Date.parse('2026-11-22T12:00:00Z');
		const solicitations = sampleSolicitations(now);
		const expected = filterBids(
			solicitations,
			parseBidFilters(new URLSearchParams('status=open&type=formal&codes=72100000'))
		).length;
		expect(expected).toBeGreaterThan(0);
		expect(documentCounts({ solicitations, contracts: sampleContracts(now) }, org).formal).toBe(
			expected
		);
	});
});
