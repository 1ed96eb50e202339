import {
	easternTwoPm,
	sampleContracts,
	sampleSolicitations,
	seededRandom,
	SAMPLE_CODES
} from '$lib/domain/boards/sample';

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
