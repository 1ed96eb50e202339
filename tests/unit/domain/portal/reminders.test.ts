import {
	PROFILE_STALE_DAYS,
	REMINDERS,
	profileIsStale,
	remindersFor,
	type ReminderFacts
} from '$lib/domain/portal/reminders';

const NOW = new Date('2026-11-22T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY).toISOString();

/** A supplier just registered with codes: registered only with the State of Connecticut. */
const fresh: ReminderFacts = {
	profileUpdatedAt: daysAgo(1),
	codes: ['72100000'],
	unknownCodes: false,
	buyers: ['State of Connecticut'],
	regions: []
};

const ids = (facts: ReminderFacts) => remindersFor(facts, NOW).map((r) => r.id);

describe('REMINDERS', () => {
	it("has the guide's five sentences, in its order", () => {
		expect(Object.values(REMINDERS).map((r) => r.text)).toEqual([
			'Please make sure your profile is up to date.',
			'Add more buyers',
			'Add more regions for wider geographical business offerings.',
			'Please fill in any additional required information for your selected buyers.',
			'Please add @perfect.com and @proactis.com domains to the "Do-Not-Block" list on your email account.'
		]);
	});

	it('links each to where it is done (the e-mail one is done outside the portal)', () => {
		expect(Object.values(REMINDERS).map((r) => r.href)).toEqual([
			'/portal/account',
			'/portal/opportunities',
			'/portal/regions',
			'/portal/account/ct/attributes',
			null
		]);
	});
});

describe('profileIsStale', () => {
	it(`is stale after ${PROFILE_STALE_DAYS} days, not on the day`, () => {
		expect(profileIsStale(daysAgo(PROFILE_STALE_DAYS), NOW)).toBe(false);
		expect(profileIsStale(daysAgo(PROFILE_STALE_DAYS + 1), NOW)).toBe(true);
		expect(profileIsStale(daysAgo(0), NOW)).toBe(false);
	});

	it('treats a missing or unreadable date as stale', () => {
		expect(profileIsStale(null, NOW)).toBe(true);
		expect(profileIsStale('yesterday', NOW)).toBe(true);
	});
});

describe('remindersFor', () => {
	it('a new supplier: add buyers, add regions, additional information, do-not-block', () => {
		expect(ids(fresh)).toEqual(['buyers', 'regions', 'attributes', 'readiness', 'do-not-block']);
	});

	it('adds expiring certifications and a stale EO 13G declaration before the do-not-block one', () => {
		const list = remindersFor(
			{
				...fresh,
				certificationWarnings: ['Your SBE certification expired on October 1, 2026.'],
				eo13gStale: true
			},
			NOW
		);
		expect(list.map((r) => r.id)).toEqual([
			'buyers',
			'regions',
			'attributes',
			'certification-0',
			'eo13g',
			'readiness',
			'do-not-block'
		]);
		expect(list[3]).toMatchObject({
			text: 'Your SBE certification expired on October 1, 2026.',
			href: '/portal/account/ct/attributes'
		});
		expect(list[5]?.href).toBe('/portal/readiness');
	});

	it('asks to update the profile when it was not saved for 90 days', () => {
		expect(ids({ ...fresh, profileUpdatedAt: daysAgo(91) })).toContain('profile');
	});

	it('asks to update the profile when no codes were chosen or "Unknown" was', () => {
		expect(ids({ ...fresh, codes: [] })).toContain('profile');
		expect(ids({ ...fresh, codes: [], unknownCodes: true })).toContain('profile');
	});

	it('stops asking for buyers once another buyer is added', () => {
		expect(
			ids({ ...fresh, buyers: ['State of Connecticut', 'State of Rhode Island'] })
		).not.toContain('buyers');
		expect(ids({ ...fresh, buyers: [] })).toContain('buyers');
	});

	it('stops asking for regions once one is chosen', () => {
		expect(ids({ ...fresh, regions: ['CT'] })).not.toContain('regions');
	});

	it('asks for the additional information until it is known to be complete', () => {
		expect(ids({ ...fresh, attributesComplete: false })).toContain('attributes');
		expect(ids({ ...fresh, attributesComplete: true })).not.toContain('attributes');
	});

	it('always shows the do-not-block reminder, last', () => {
		const all = remindersFor(
			{
				...fresh,
				buyers: ['State of Connecticut', 'City of Pittsburgh'],
				regions: ['CT'],
				attributesComplete: true
			},
			NOW
		);
		expect(all.map((r) => r.id)).toEqual(['do-not-block']);
	});
});
