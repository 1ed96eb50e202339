import {
	decisionAfterEdit,
	decisionProblem,
	DECLINE_REASON_MAX,
	identifyingChanges,
	listed,
	receivesNotifications,
	registrationStatusOf,
	returnedToPendingNote,
	statusMeaning
} from '$lib/domain/procurement';

const before = {
	legalName: 'Acme LLC',
	dbaName: '',
	businessType: 'Corporation',
	tin: '061234567'
};
const at = '2026-12-04T15:00:00.000Z';
const ruleOn = { returnToPending: true };

describe('registration status', () => {
	it('is Pending until an agency decides', () => {
		expect(registrationStatusOf(undefined)).toBe('pending');
		expect(registrationStatusOf({ status: 'approved' })).toBe('approved');
	});

	it('names the identifying fields that changed, ignoring spacing and TIN formatting', () => {
		expect(identifyingChanges(before, { ...before, legalName: ' Acme LLC ' })).toEqual([]);
		expect(identifyingChanges(before, { ...before, tin: '06-1234567' })).toEqual([]);
		expect(
			identifyingChanges(before, { ...before, legalName: 'Acme Inc.', tin: '061234568' })
		).toEqual(['legal name', 'taxpayer identification number']);
		expect(identifyingChanges(before, { ...before, dbaName: 'Acme', businessType: 'LLC' })).toEqual(
			['DBA', 'type of business']
		);
	});

	it('returns an approved registration to Pending when its legal name changes', () => {
		expect(
			decisionAfterEdit(
				{ status: 'approved' },
				{ identifying: ['legal name'], fields: ['Legal Name of Entity/Individual'] },
				ruleOn,
				at
			)
		).toEqual({ status: 'pending', at, by: 'Changed legal name' });
	});

	it('leaves an approved registration alone when other fields change or the rule is off', () => {
		const approved = { status: 'approved' as const };
		expect(decisionAfterEdit(approved, { identifying: [], fields: ['City'] }, ruleOn, at)).toBe(
			null
		);
		expect(
			decisionAfterEdit(
				approved,
				{ identifying: ['DBA'], fields: ['DBA Business Name'] },
				{ returnToPending: false },
				at
			)
		).toBe(null);
	});

	it('keeps a pending registration pending and sends a corrected declined one back for review', () => {
		expect(
			decisionAfterEdit(undefined, { identifying: ['DBA'], fields: ['DBA'] }, ruleOn, at)
		).toBe(null);
		expect(
			decisionAfterEdit(
				{ status: 'declined', reason: 'Wrong FEIN' },
				{ identifying: [], fields: ['City'] },
				{ returnToPending: false },
				at
			)
		).toEqual({ status: 'pending', at, by: 'Corrected after being declined' });
		expect(
			decisionAfterEdit({ status: 'declined' }, { identifying: [], fields: [] }, ruleOn, at)
		).toBe(null);
	});

	it('says why in the organization history', () => {
		expect(returnedToPendingNote(['legal name', 'DBA'])).toBe(
			'Registration status returned to Pending for review: the legal name and DBA changed'
		);
		expect(listed(['a', 'b', 'c'])).toBe('a, b and c');
	});

	it('needs a reason to decline, within the limit', () => {
		expect(decisionProblem('approved', '')).toBe(null);
		expect(decisionProblem('declined', '  ')).toBe(
			'Enter the reason for declining the registration'
		);
		expect(decisionProblem('declined', 'x'.repeat(DECLINE_REASON_MAX + 1))).toBe(
			`The reason must be ${DECLINE_REASON_MAX} characters or fewer`
		);
		expect(decisionProblem('declined', 'The FEIN does not match the legal name')).toBe(null);
	});

	it('says what the status means for notifications', () => {
		expect(receivesNotifications('pending')).toBe(true);
		expect(receivesNotifications('declined')).toBe(false);
		expect(statusMeaning('declined')).toMatch(/no solicitation notifications/);
		expect(statusMeaning('approved')).toMatch(/returns it to Pending/);
	});
});
