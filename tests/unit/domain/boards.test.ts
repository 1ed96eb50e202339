import {
	GL71_THRESHOLD_CENTS,
	codePrefix,
	covers,
	coveringCode,
	matchSolicitation,
	nearestCode,
	notificationRecipients,
	purchasePath,
	easternTwoPm,
	sampleContracts,
	sampleSolicitations,
	seededRandom,
	SAMPLE_CODES,
	type MatchSolicitation,
	type MatchSupplier
} from '$lib/domain/boards';

describe('UNSPSC coverage', () => {
	it('a segment, family or class covers the codes below it; a commodity only itself', () => {
		expect(codePrefix('43000000')).toBe('43');
		expect(codePrefix('43210000')).toBe('4321');
		expect(codePrefix('43211500')).toBe('432115');
		expect(codePrefix('43211503')).toBe('43211503');
		expect(covers('43210000', '43211503')).toBe(true);
		expect(covers('43210000', '43210000')).toBe(true);
		expect(covers('43000000', '43211503')).toBe(true);
		expect(covers('43211500', '43211503')).toBe(true);
		expect(covers('43211503', '43211503')).toBe(true);
		expect(covers('43211503', '43211500')).toBe(false);
		expect(covers('43220000', '43211503')).toBe(false);
		// A commodity never covers its parent, and a family does not cover a sibling family.
		expect(covers('43211500', '43210000')).toBe(false);
		expect(covers('72100000', '72101500')).toBe(true);
		expect(covers('72100000', '72150000')).toBe(false);
	});

	it('names the selected code that covers, and the nearest one when none does', () => {
		expect(coveringCode(['72100000', '43210000'], ['43211503'])).toEqual({
			selected: '43210000',
			code: '43211503'
		});
		expect(coveringCode(['72100000'], ['43211503'])).toBeNull();
		expect(nearestCode(['43220000', '72100000'], ['43211503'])).toEqual({
			selected: '43220000',
			code: '43211503',
			level: 'segment'
		});
		expect(nearestCode(['43211600'], ['43211503'])).toMatchObject({ level: 'family' });
		expect(nearestCode(['72100000'], ['43211503'])).toBeNull();
	});
});

describe('matchSolicitation', () => {
	const supplier: MatchSupplier = {
		organizationId: 'o1',
		codes: ['43210000'],
		unknownCodes: false,
		registeredAt: '2026-01-01T00:00:00.000Z'
	};
	const formal: MatchSolicitation = {
		id: 's1',
		formal: true,
		codes: ['43211503'],
		invited: [],
		publishedAt: '2026-02-01T00:00:00.000Z'
	};

	it('formal: notified when a selected code covers one of its codes', () => {
		expect(matchSolicitation(supplier, formal)).toEqual({
			notified: true,
			reason: 'covered',
			selected: '43210000',
			code: '43211503'
		});
		expect(matchSolicitation({ ...supplier, codes: ['43220000'] }, formal)).toMatchObject({
			notified: false,
			reason: 'not-covered',
			nearest: { selected: '43220000' }
		});
	});

	it('Unknown gets nothing; registered after publication was not notified; drafts notify nobody', () => {
		expect(matchSolicitation({ ...supplier, codes: [], unknownCodes: true }, formal)).toEqual({
			notified: false,
			reason: 'unknown-codes'
		});
		// Registered after publication: not notified, and whether its codes match comes with it.
		const late = matchSolicitation(
			{ ...supplier, registeredAt: '2026-03-01T00:00:00.000Z' },
			formal
		);
		expect(late).toMatchObject({
			notified: false,
			reason: 'registered-after',
			byCodes: { notified: true, reason: 'covered' }
		});
		expect(matchSolicitation(supplier, { ...formal, publishedAt: null }).reason).toBe(
			'not-published'
		);
	});

	it('informal: only the invited, whatever their codes (but not with "Unknown")', () => {
		const informal = { ...formal, formal: false, invited: ['o2'] };
		expect(matchSolicitation(supplier, informal)).toEqual({
			notified: false,
			reason: 'not-invited'
		});
		expect(
			matchSolicitation({ ...supplier, organizationId: 'o2', codes: ['72100000'] }, informal)
		).toEqual({
			notified: true,
			reason: 'invited'
		});
		// An invited supplier that chose "Unknown" still gets none.
		expect(
			matchSolicitation({ ...supplier, organizationId: 'o2', unknownCodes: true }, informal)
		).toEqual({ notified: false, reason: 'unknown-codes' });
	});
});

describe('notificationRecipients', () => {
	it('main contact, solicitation contact and users with the permission; one per address; no suspended', () => {
		expect(
			notificationRecipients({
				mainContactEmail: 'Jane@Example.com',
				solicitationContactEmail: 'bids@example.com',
				users: [
					{ email: 'jane@example.com', roles: ['receive-notifications'] },
					{ email: 'bob@example.com', roles: ['receive-notifications'] },
					{ email: 'sue@example.com', roles: ['respond'] },
					{ email: 'max@example.com', roles: ['receive-notifications'], suspended: true }
				]
			})
		).toEqual(['jane@example.com', 'bids@example.com', 'bob@example.com']);
		expect(
			notificationRecipients({ mainContactEmail: null, solicitationContactEmail: ' ', users: [] })
		).toEqual([]);
	});
});

describe('purchase path (General Letter 71)', () => {
	it('the threshold is $100,000.00', () => {
		expect(GL71_THRESHOLD_CENTS).toBe(10_000_000);
	});

	it('at the boundary: $100,000.00 is delegated, $100,000.01 needs DAS approval', () => {
		expect(purchasePath({ amount: '100,000.00', contractCovers: 'no' })).toEqual({
			ok: true,
			path: { kind: 'delegated', cents: 10_000_000 }
		});
		expect(purchasePath({ amount: '$100,000.01', contractCovers: 'no' })).toEqual({
			ok: true,
			path: { kind: 'das-approval', cents: 10_000_001 }
		});
		expect(purchasePath({ amount: '0', contractCovers: 'no' })).toMatchObject({
			path: { kind: 'delegated' }
		});
	});

	it('an existing DAS contract means the delegated authority does not apply, at any amount', () => {
		expect(purchasePath({ amount: '500', contractCovers: 'yes' })).toMatchObject({
			path: { kind: 'use-contract' }
		});
		expect(purchasePath({ amount: '250000', contractCovers: 'yes' })).toMatchObject({
			path: { kind: 'use-contract' }
		});
	});

	it('bad amounts and a missing answer get clear messages', () => {
		expect(purchasePath({ amount: '', contractCovers: 'no' })).toMatchObject({
			ok: false,
			field: 'amount',
			message: expect.stringMatching(/Enter the estimated cost/)
		});
		expect(purchasePath({ amount: '-5', contractCovers: 'no' })).toMatchObject({
			message: expect.stringMatching(/cannot be negative/)
		});
		expect(purchasePath({ amount: 'ten thousand', contractCovers: 'no' })).toMatchObject({
			message: expect.stringMatching(/as a number/)
		});
		expect(purchasePath({ amount: '10', contractCovers: '' })).toMatchObject({
			ok: false,
			field: 'contractCovers'
		});
	});
});

describe('sample boards', () => {
	const now = Date.parse('2026-11-22T15:00:00Z');

	it('are the same for the same seed and day, and differ for another seed', () => {
		expect(sampleSolicitations(now)).toEqual(sampleSolicitations(now));
		expect(sampleContracts(now)).toEqual(sampleContracts(now));
		expect(sampleSolicitations(now, 7)).not.toEqual(sampleSolicitations(now));
	});

	it('about 60 solicitations in open, closed and awarded states, every code a real sample code', () => {
		const list = sampleSolicitations(now);
		expect(list).toHaveLength(60);
		const statuses = new Set(list.map((s) => s.status));
		expect(statuses).toEqual(new Set(['open', 'closed', 'awarded']));
		expect(list.some((s) => !s.formal)).toBe(true);
		const known = new Set(SAMPLE_CODES.map((c) => c.code));
		for (const s of list) {
			expect(s.codes.every((c) => known.has(c))).toBe(true);
			expect(Date.parse(s.dueAt)).toBeGreaterThan(Date.parse(s.postedAt));
			expect(s.status === 'open').toBe(Date.parse(s.dueAt) > now);
			if (s.formal) expect(s.invited).toEqual([]);
		}
		expect(new Set(list.map((s) => s.number)).size).toBe(60);
	});

	it('about 40 contracts, some SBE/MBE, terms in order', () => {
		const list = sampleContracts(now);
		expect(list).toHaveLength(40);
		expect(list.some((c) => c.sbeMbe)).toBe(true);
		expect(list.some((c) => !c.sbeMbe)).toBe(true);
		for (const c of list) expect(c.termEnd > c.termStart).toBe(true);
	});

	it('due times are 2:00 PM in Connecticut, in daylight and standard time', () => {
		expect(easternTwoPm('2026-07-01')).toBe('2026-07-01T18:00:00.000Z');
		expect(easternTwoPm('2026-12-01')).toBe('2026-12-01T19:00:00.000Z');
		expect(easternTwoPm('2026-03-08')).toBe('2026-03-08T18:00:00.000Z');
		expect(easternTwoPm('2026-03-07')).toBe('2026-03-07T19:00:00.000Z');
		expect(easternTwoPm('2026-11-01')).toBe('2026-11-01T19:00:00.000Z');
	});

	it('the generator is a seeded PRNG: same seed, same sequence', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const xs = Array.from({ length: 5 }, () => a());
		expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
	});
});
