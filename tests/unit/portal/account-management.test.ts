/** The standard options of My Account's Account Management: their fields and what a Save writes. */
import {
	STANDARD_PAGES,
	standardChange,
	standardProblems,
	standardValues
} from '$lib/portal/account-management';
import { applied, recordOf } from '../../support/accounts';

describe('the standard options of Account Management', () => {
	const org = recordOf('parent-fein');
	const page = STANDARD_PAGES.serviceLevel;

	it('require nothing (the State "does not require or monitor" them)', () => {
		for (const p of Object.values(STANDARD_PAGES)) {
			expect(p.fields.filter((f) => f.required).map((f) => f.label)).toEqual([]);
			const empty = Object.fromEntries(p.fields.map((f) => [f.name, '']));
			expect(standardProblems(p, empty)).toEqual([]);
		}
	});

	it('start empty and check what is entered', () => {
		expect(standardValues(page, org)).toEqual({ description: '', responseHours: '' });
		const message =
			'Enter the Response Time as a whole number of hours from 1 to 720, for example 24';
		for (const bad of ['two', '1.5', '0', '721', '-3']) {
			expect(standardProblems(page, { description: 'x', responseHours: bad })).toEqual([
				{ field: 'responseHours', message }
			]);
		}
		expect(standardProblems(page, { description: 'x', responseHours: ' 24 ' })).toEqual([]);
	});

	it('save into details.accountManagement, keeping the other pages', () => {
		const first = standardChange(page, org, {
			description: ' Next business day ',
			responseHours: '24'
		});
		expect(first.fields).toEqual(['Service Level Description', 'Response Time (hours)']);
		const after = applied(org, first.patch);
		expect(standardValues(page, after)).toEqual({
			description: 'Next business day',
			responseHours: '24'
		});
		const terms = STANDARD_PAGES.additionalTerms;
		const second = standardChange(terms, after, { terms: 'Net 30.' });
		expect(second.patch.details).toMatchObject({
			accountManagement: {
				serviceLevel: { description: 'Next business day', responseHours: '24' },
				additionalTerms: { terms: 'Net 30.' }
			}
		});
		expect(standardChange(page, after, standardValues(page, after)).fields).toEqual([]);
	});

	it('limit Additional Terms to 2,000 characters and check the other pages', () => {
		expect(standardProblems(STANDARD_PAGES.additionalTerms, { terms: 'a'.repeat(2001) })).toEqual([
			{ field: 'terms', message: 'Additional Terms must be 2000 characters or fewer' }
		]);
		expect(
			standardProblems(STANDARD_PAGES.accountCodes, { accountCode: 'CT 12', description: '' })
		).toEqual([
			{ field: 'accountCode', message: 'Use only letters, numbers and dashes in the Account Code' }
		]);
		expect(
			standardProblems(STANDARD_PAGES.paymentRouting, {
				remitToName: 'Sample Vendor LLC',
				remitToAddress: 'PO Box 1, Hartford, CT 06103',
				paymentMethod: 'Barter'
			})
		).toEqual([{ field: 'paymentMethod', message: 'Select the Payment Method from the list' }]);
	});
});
