import {
	PROFILE_STALE_DAYS,
	REMINDERS,
	guideReminders,
	organizationReminders,
	profileIsStale,
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

const ids = (facts: ReminderFacts) => organizationReminders(facts, NOW).map((r) => r.id);

describe('REMINDERS', () => {
	it("has the guide's five sentences, in its order", () => {
		expect(Object.values(REMINDERS).map((r) => r.text)).toEqual([
			'Please make sure your profile is up to date.',
			'Add more buyers',
			'Add more regions for wider geographical business offerings',
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

describe('guideReminders', () => {
	it("is the guide's five, in its order, whatever the organization has done", () => {
		expect(guideReminders().map((r) => r.id)).toEqual([
			'profile',
			'buyers',
			'regions',
			'attributes',
			'do-not-block'
		]);
	});
});

describe('organizationReminders', () => {
	it('a new supplier: Connecticut only, no regions, readiness', () => {
		expect(ids(fresh)).toEqual(['connecticut-only', 'no-regions', 'readiness']);
	});

	it('lists expiring certifications and a stale EO 13G declaration before readiness', () => {
		const list = organizationReminders(
			{
				...fresh,
				certificationWarnings: ['Your SBE certification expired on October 1, 2026.'],
				eo13gStale: true
			},
			NOW
		);
		expect(list.map((r) => r.id)).toEqual([
			'connecticut-only',
			'no-regions',
			'certification-0',
			'eo13g',
			'readiness'
		]);
		expect(list[2]).toMatchObject({
			text: 'Your SBE certification expired on October 1, 2026.',
			href: '/portal/account/ct/attributes'
		});
		expect(list[4]?.href).toBe('/portal/readiness');
	});

	it('says when the profile was not saved for 90 days', () => {
		expect(ids({ ...fresh, profileUpdatedAt: daysAgo(91) })).toContain('profile-stale');
		expect(ids({ ...fresh, profileUpdatedAt: daysAgo(90) })).not.toContain('profile-stale');
	});

	it('says when no codes were chosen or "Unknown" was', () => {
		expect(ids({ ...fresh, codes: [] })).toContain('no-codes');
		expect(ids({ ...fresh, codes: [], unknownCodes: true })).toContain('no-codes');
		expect(ids(fresh)).not.toContain('no-codes');
	});

	it('stops saying Connecticut only once another buyer is added', () => {
		expect(
			ids({ ...fresh, buyers: ['State of Connecticut', 'State of Rhode Island'] })
		).not.toContain('connecticut-only');
	});

	it('stops saying no regions once one is chosen', () => {
		expect(ids({ ...fresh, regions: ['CT'] })).not.toContain('no-regions');
	});

	it('points at readiness until the additional information is known to be complete', () => {
		expect(ids({ ...fresh, attributesComplete: false })).toContain('readiness');
		expect(ids({ ...fresh, attributesComplete: true })).not.toContain('readiness');
	});

	it('is empty for an organization with nothing to do', () => {
		expect(
			ids({
				...fresh,
				buyers: ['State of Connecticut', 'City of Pittsburgh'],
				regions: ['CT'],
				attributesComplete: true
			})
		).toEqual([]);
	});
});
