/**
 * My Account's profile forms and the organization record: every persona's record (as the
 * registration writes it) opens valid and unchanged; each edit changes exactly its fields in the
 * record and in the history labels; the TIN change rule.
 */
import {
	contactProblems,
	organizationProblems,
	type ContactValues
} from '$lib/domain/registration';
import { PERSONA_IDS, personaValues } from '$lib/domain/registration/fixtures';
import { categoriesChange, categoryValues } from '$lib/portal/profile-categories';
import {
	clearTin,
	contactChange,
	contactFormProblems,
	contactValues,
	maskedTin,
	orgInfoChange,
	orgInfoProblems,
	orgInfoValues,
	removeExtraContact,
	storedTin,
	tinChange,
	TIN_HISTORY_LABEL
} from '$lib/portal/profile/record-values';
import { applied, recordOf } from '../../../support/accounts';

describe('every persona opens valid and unchanged', () => {
	it.each(PERSONA_IDS)('%s', (id) => {
		const org = recordOf(id);
		const info = orgInfoValues(org);
		expect(orgInfoProblems(info)).toEqual([]);
		expect(orgInfoChange(org, info).fields).toEqual([]);

		const contacts = contactValues(org);
		expect(contactFormProblems(contacts)).toEqual([]);
		expect(contactChange(org, contacts).fields).toEqual([]);

		expect(categoriesChange(org, categoryValues(org)).fields).toEqual([]);
	});

	it('prefills Step 2 from the record', () => {
		const org = recordOf('parent-fein');
		const persona = personaValues('parent-fein').organization;
		expect(orgInfoValues(org)).toMatchObject({
			country: 'United States',
			legalName: 'Sample Vendor LLC',
			dbaName: '',
			businessType: persona.businessType,
			orgType: 'parent',
			address1: '100 Pearl Street',
			address2: 'Suite 400',
			city: 'Hartford',
			state: 'CT',
			postalCode: '06103',
			fein: '06-1234567',
			feinConfirm: '06-1234567',
			ssn: '',
			duns: ''
		});
		expect(orgInfoValues(recordOf('out-of-country'))).toMatchObject({
			country: 'Canada',
			state: 'OTHER',
			otherRegion: 'Ontario',
			postalCode: 'M5V 2T6'
		});
		expect(orgInfoValues(recordOf('sole-proprietor-ssn'))).toMatchObject({
			fein: '',
			ssn: '123-45-6789',
			ssnConfirm: '123-45-6789'
		});
		expect(orgInfoValues(recordOf('branch-duns'))).toMatchObject({
			orgType: 'branch',
			duns: '123456789',
			dunsConfirm: '123456789'
		});
	});

	it('keeps an address that was accepted as entered accepted', () => {
		const org = recordOf('address-accepted');
		expect(orgInfoProblems(orgInfoValues(org))).toEqual([]);
		expect(contactFormProblems(contactValues(org))).toEqual([]);
		const saved = orgInfoChange(org, orgInfoValues(org)).patch.details as {
			address: { acceptedAsEntered: boolean };
		};
		expect(saved.address.acceptedAsEntered).toBe(true);
	});

	it('prefills the contacts, phones written the usual way', () => {
		expect(contactValues(recordOf('parent-fein'))).toMatchObject({
			salutation: 'Ms.',
			firstName: 'Jane',
			lastName: 'Doe',
			jobTitle: 'Managing Member',
			phone: '(860) 555-0123',
			phoneExt: '204',
			fax: '(860) 555-0199',
			email: 'jane.doe@samplevendor.example',
			solicitationContact: 'later',
			contractContact: 'later'
		});
		expect(contactValues(recordOf('branch-duns'))).toMatchObject({
			solicitationContact: 'now',
			solFirstName: 'Priya',
			solLastName: 'Raman',
			solPhone: '(203) 555-0150',
			solEmail: 'bids@samplevendor.example'
		});
		expect(contactValues(recordOf('out-of-country')).phone).toBe('+14165550199');
	});
});

describe('Edit Main Org Info', () => {
	const org = recordOf('parent-fein');

	it('a cleared Legal Name is refused with the registration message', () => {
		const problems = orgInfoProblems({ ...orgInfoValues(org), legalName: '  ' });
		expect(problems).toEqual([
			{
				field: 'legalName',
				message: 'Enter the Legal Name of Entity/Individual as shown on your income tax return'
			}
		]);
	});

	it('a new DBA name changes only that field, the rest of the record is kept', () => {
		const change = orgInfoChange(org, { ...orgInfoValues(org), dbaName: ' Hartford Supply ' });
		expect(change.fields).toEqual(['DBA Business Name']);
		expect(change.patch.details).toMatchObject({
			dbaName: 'Hartford Supply',
			codes: ['72100000'],
			buyers: ['State of Connecticut'],
			mainContact: { firstName: 'Jane' }
		});
		expect(change.patch).toMatchObject({ legalName: 'Sample Vendor LLC', tin: '061234567' });
		const after = applied(org, change.patch);
		expect(orgInfoValues(after).dbaName).toBe('Hartford Supply');
		expect(orgInfoChange(after, orgInfoValues(after)).fields).toEqual([]);
	});

	it('address and type changes are named field by field; retyped formatting is no change', () => {
		const change = orgInfoChange(org, {
			...orgInfoValues(org),
			address1: '200 Main Street',
			city: 'New Britain',
			postalCode: '06051',
			orgType: 'branch',
			duns: '111222333',
			dunsConfirm: '111222333'
		});
		expect(change.fields).toEqual([
			'Address Line 1',
			'Postal / Zip Code',
			'City',
			'Parent/Holding Company or Branch',
			'DUNS Number/Unique 9-digit Identifier'
		]);
		expect(change.patch.duns).toBe('111222333');
		expect(orgInfoChange(org, { ...orgInfoValues(org), fein: '061234567' }).fields).toEqual([]);
	});
});

describe('the Taxpayer Identification Number', () => {
	const org = recordOf('parent-fein');

	it('is shown masked, with its kind', () => {
		expect(maskedTin(org)).toBe('FEIN **-***4567');
		expect(maskedTin(recordOf('sole-proprietor-ssn'))).toBe('SSN ***-**-6789');
		expect(storedTin(recordOf('sole-proprietor-ssn'))).toEqual({
			kind: 'ssn',
			digits: '123456789'
		});
		expect(maskedTin({ ...org, tin: null })).toBeNull();
	});

	it('a change starts empty and needs the new number entered twice', () => {
		const cleared = clearTin(orgInfoValues(org));
		expect(orgInfoProblems(cleared)).toEqual([
			{
				field: 'fein',
				message: 'Enter a Federal Employer Identification Number or a Social Security Number'
			}
		]);
		expect(orgInfoProblems({ ...cleared, fein: '13-7654321' })).toEqual([
			{
				field: 'feinConfirm',
				message: 'Confirm the Federal Employer Identification Number by entering it again'
			}
		]);
		expect(orgInfoProblems({ ...cleared, fein: '13-7654321', feinConfirm: '13-7654312' })).toEqual([
			{
				field: 'feinConfirm',
				message: 'The Federal Employer Identification Number and its confirmation do not match'
			}
		]);
		expect(orgInfoProblems({ ...cleared, fein: '07-1234567', feinConfirm: '07-1234567' })).toEqual([
			{
				field: 'fein',
				message:
					'Check the Federal Employer Identification Number: the IRS does not issue numbers starting with 07'
			}
		]);
	});

	it('a matching new number is saved, recorded in the history without its value', () => {
		const values = {
			...clearTin(orgInfoValues(org)),
			fein: '13-7654321',
			feinConfirm: '137654321'
		};
		expect(orgInfoProblems(values)).toEqual([]);
		expect(tinChange(org, values)).toEqual({ kind: 'fein', digits: '137654321' });
		const change = orgInfoChange(org, values);
		expect(change.fields).toEqual([TIN_HISTORY_LABEL]);
		expect(change.fields.join(' ')).not.toMatch(/\d/);
		expect(change.patch.tin).toBe('137654321');
		expect(change.patch.details).toMatchObject({ tinKind: 'fein' });
	});

	it('the same digits as an SSN are a change of kind; the same number again is no change', () => {
		const asSsn = {
			...clearTin(orgInfoValues(org)),
			ssn: '061-23-4567',
			ssnConfirm: '061234567'
		};
		expect(tinChange(org, asSsn)).toEqual({ kind: 'ssn', digits: '061234567' });
		expect(orgInfoChange(org, asSsn).patch.details).toMatchObject({ tinKind: 'ssn' });
		const same = { ...clearTin(orgInfoValues(org)), fein: '061234567', feinConfirm: '06-1234567' };
		expect(tinChange(org, same)).toBeNull();
		expect(orgInfoChange(org, same).fields).toEqual([]);
	});

	it('an FEIN and an SSN together are refused, as in the registration', () => {
		const both = {
			...clearTin(orgInfoValues(org)),
			fein: '13-7654321',
			feinConfirm: '13-7654321',
			ssn: '123-45-6789',
			ssnConfirm: '123-45-6789'
		};
		expect(orgInfoProblems(both).map((p) => p.field)).toEqual(['ssn']);
	});
});

describe('Edit Contacts', () => {
	it('ignores the login fields of the registration step', () => {
		const v = contactValues(recordOf('parent-fein'));
		expect(contactProblems(v).map((p) => p.field)).toEqual(
			expect.arrayContaining(['username', 'password', 'confirmPassword'])
		);
		expect(contactFormProblems(v)).toEqual([]);
	});

	it('adds a Solicitation Notification Contact with the registration rules', () => {
		const org = recordOf('parent-fein');
		const v: ContactValues = {
			...contactValues(org),
			solicitationContact: 'now',
			solFirstName: 'Ann',
			solLastName: 'Lee',
			solPhone: '860 555 0111',
			solEmail: 'ann@'
		};
		expect(contactFormProblems(v)).toEqual([
			{
				field: 'solEmail',
				message: 'Enter an e-mail address in the correct format, like name@example.com'
			}
		]);
		const fixed = { ...v, solEmail: 'Ann@SampleVendor.example' };
		expect(contactFormProblems(fixed)).toEqual([]);
		const change = contactChange(org, fixed);
		expect(change.fields).toEqual(['Solicitation Notification Contact (added)']);
		expect(change.patch.details).toMatchObject({
			solicitationContact: {
				firstName: 'Ann',
				lastName: 'Lee',
				phone: '8605550111',
				email: 'ann@samplevendor.example'
			},
			contractContact: null,
			codes: ['72100000']
		});
	});

	it('edits and removes notification contacts', () => {
		const org = recordOf('branch-duns');
		const edited = { ...contactValues(org), solPhone: '(203) 555-0151' };
		expect(contactChange(org, edited).fields).toEqual(['Solicitation Notification Contact: Phone']);
		const removed = removeExtraContact(contactValues(org), 'solicitationContact');
		expect(removed).toMatchObject({ solicitationContact: 'later', solFirstName: '', solEmail: '' });
		const change = contactChange(org, removed);
		expect(change.fields).toEqual(['Solicitation Notification Contact (removed)']);
		expect(change.patch.details).toMatchObject({ solicitationContact: null });
	});

	it('names main contact changes, the address as one', () => {
		const org = recordOf('parent-fein');
		const change = contactChange(org, {
			...contactValues(org),
			email: 'jane@samplevendor.example',
			phone: '860.555.0123',
			city: 'West Hartford',
			postalCode: '06107'
		});
		expect(change.fields).toEqual(['Main Contact: Email Address', 'Main Contact: Address']);
	});
});

it('the registration rules used here are the registration step itself', () => {
	const v = orgInfoValues(recordOf('parent-fein'));
	expect(orgInfoProblems(v)).toEqual(organizationProblems(v));
});
