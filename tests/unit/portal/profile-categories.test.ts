/** Edit Categories of My Account: the codes a Save writes into the organization record. */
import { categoriesChange, categoryValues } from '$lib/portal/profile-categories';
import { recordOf } from '../../support/accounts';

describe('Edit Categories', () => {
	const org = recordOf('parent-fein');

	it('saves added codes sorted', () => {
		const change = categoriesChange(org, { codes: ['80101500', '72100000'], unknown: false });
		expect(change.fields).toEqual(['Categories']);
		expect(change.patch.details).toMatchObject({
			codes: ['72100000', '80101500'],
			unknownCodes: false,
			buyers: ['State of Connecticut']
		});
	});

	it('"Unknown" stores no codes', () => {
		const change = categoriesChange(org, { codes: ['72100000'], unknown: true });
		expect(change.patch.details).toMatchObject({ codes: [], unknownCodes: true });
		expect(categoryValues(recordOf('out-of-country'))).toEqual({ codes: [], unknown: true });
	});
});
