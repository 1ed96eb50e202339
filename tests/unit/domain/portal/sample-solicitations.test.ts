import {
	filterBids,
	parseBidFilters,
	sampleContracts,
	sampleSolicitations
} from '$lib/domain/boards';
import {
	SAMPLE_SOLICITATIONS,
	documentCounts,
	type BoardSolicitation,
	isCovered,
	isOpen,
	openFormalFor,
	openInformalFor,
	type SampleSolicitation
} from '$lib/domain/portal/sample-solicitations';
import { isUnspscCode } from '$lib/domain/unspsc/codes';

const NOW = new Date('2026-11-22T12:00:00Z');
const CT = 'State of Connecticut';

const sample = (over: Partial<SampleSolicitation>): SampleSolicitation => ({
	id: 'X',
	title: 'X',
	buyer: CT,
	type: 'formal',
	codes: ['72101501'],
	closesInDays: 10,
	invited: [],
	...over
});

describe('isCovered', () => {
	it('is covered by the same code or a segment, family or class above it', () => {
		expect(isCovered('72101501', ['72101501'])).toBe(true);
		expect(isCovered('72101501', ['72101500'])).toBe(true);
		expect(isCovered('72101501', ['72100000'])).toBe(true);
		expect(isCovered('72101501', ['72000000'])).toBe(true);
	});

	it('is not covered by a code below it, a sibling, or nothing', () => {
		expect(isCovered('72100000', ['72101501'])).toBe(false);
		expect(isCovered('72101501', ['72101502'])).toBe(false);
		expect(isCovered('72101501', ['72150000'])).toBe(false);
		expect(isCovered('72101501', [])).toBe(false);
		expect(isCovered('not-a-code', ['72000000'])).toBe(false);
	});
});

describe('openFormalFor', () => {
	it('counts open formal ones whose codes the organization covers', () => {
		const list = [
			sample({ id: 'a' }),
			sample({ id: 'closed', closesInDays: -1 }),
			sample({ id: 'informal', type: 'informal' }),
			sample({ id: 'other code', codes: ['43211503'] }),
			sample({ id: 'other buyer', buyer: 'City of Pittsburgh' })
		];
		expect(openFormalFor(list, CT, ['72100000'], NOW).map((s) => s.id)).toEqual(['a']);
		expect(openFormalFor(list, CT, [], NOW)).toEqual([]);
	});

	it('gives the sample supplier (family 72100000) two open formal solicitations, as the guide shows', () => {
		expect(openFormalFor(SAMPLE_SOLICITATIONS, CT, ['72100000'], NOW)).toHaveLength(2);
	});
});

describe('openInformalFor', () => {
	it('counts only open informal ones the organization is invited to', () => {
		const list = [
			sample({ id: 'invited', type: 'informal', invited: ['org-1'] }),
			sample({ id: 'not invited', type: 'informal', invited: ['org-2'] }),
			sample({ id: 'closed', type: 'informal', invited: ['org-1'], closesInDays: -2 })
		];
		expect(openInformalFor(list, CT, 'org-1', NOW).map((s) => s.id)).toEqual(['invited']);
	});

	it('invites nobody in the samples', () => {
		expect(openInformalFor(SAMPLE_SOLICITATIONS, CT, 'any', NOW)).toEqual([]);
	});
});

describe('SAMPLE_SOLICITATIONS', () => {
	it('has valid codes and distinct ids, with open and past ones', () => {
		expect(SAMPLE_SOLICITATIONS.every((s) => s.codes.every(isUnspscCode))).toBe(true);
		expect(new Set(SAMPLE_SOLICITATIONS.map((s) => s.id)).size).toBe(SAMPLE_SOLICITATIONS.length);
		expect(SAMPLE_SOLICITATIONS.some((s) => isOpen(s, NOW))).toBe(true);
		expect(SAMPLE_SOLICITATIONS.some((s) => !isOpen(s, NOW))).toBe(true);
	});
});

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
