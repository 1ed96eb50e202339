import {
	codePrefix,
	covers,
	coveringCode,
	matchSolicitation,
	nearestCode,
	notificationRecipients,
	type MatchSolicitation,
	type MatchSupplier
} from '$lib/domain/boards/matching';

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

	it('a declined registration is not notified; pending and approved ones are', () => {
		expect(matchSolicitation({ ...supplier, registration: 'declined' }, formal)).toMatchObject({
			notified: false,
			reason: 'declined',
			byCodes: { notified: true, reason: 'covered' }
		});
		expect(matchSolicitation({ ...supplier, registration: 'pending' }, formal).notified).toBe(true);
		expect(matchSolicitation({ ...supplier, registration: 'approved' }, formal).notified).toBe(
			true
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
