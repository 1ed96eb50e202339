import {
	addressKey,
	addressNeedsAcceptance,
	addressNotFound,
	addressNotFoundMessage,
	addressNotFoundParts,
	emptyOrganization,
	normalizePostalCode,
	ORGANIZATION_FIELDS,
	ORGANIZATION_ORDER,
	organizationProblems,
	organizationSchema,
	taxpayerId,
	type OrganizationValues
} from '$lib/domain/registration';
import { personaValues } from '$lib/domain/registration/fixtures';

const parent = () => personaValues('parent-fein').organization;
const fieldsOf = (v: OrganizationValues) => organizationProblems(v).map((p) => p.field);

describe('organizationProblems: page order', () => {
	it('lists the problems of an empty step in page order', () => {
		expect(fieldsOf(emptyOrganization())).toEqual([
			'legalName',
			'businessType',
			'address1',
			'postalCode',
			'city',
			'state',
			'fein'
		]);
	});

	it('orders many problems as the fields appear on the page', () => {
		const v: OrganizationValues = {
			...parent(),
			orgType: 'branch',
			duns: '',
			dunsConfirm: '123456788',
			fein: '',
			feinConfirm: '',
			ssn: '666-12-3456',
			ssnConfirm: '',
			state: OTHER,
			otherRegion: '',
			city: '',
			postalCode: '',
			address2: 'x'.repeat(31),
			address1: '',
			businessType: '',
			dbaName: 'y'.repeat(51),
			legalName: ''
		};
		const fields = fieldsOf(v);
		expect(fields).toEqual([
			'legalName',
			'dbaName',
			'businessType',
			'address1',
			'address2',
			'postalCode',
			'city',
			'otherRegion',
			'ssn',
			'ssnConfirm',
			'duns',
			'dunsConfirm'
		]);
		const positions = fields.map((f) => ORGANIZATION_ORDER.indexOf(f));
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	it('names every field but acceptedAddress in the page order', () => {
		expect([...ORGANIZATION_ORDER].sort()).toEqual(
			Object.keys(ORGANIZATION_FIELDS)
				.filter((f) => f !== 'acceptedAddress')
				.sort()
		);
	});
});

const OTHER = 'OTHER';

describe('address validation and acceptance', () => {
	const notFound = (v: OrganizationValues) =>
		organizationProblems(v).filter((p) => p.field === 'postalCode');

	it('flags a ZIP that is not in the chosen state', () => {
		const v = { ...parent(), postalCode: '10001' };
		expect(addressNotFound(v)).toBe(true);
		expect(notFound(v)).toEqual([
			{
				field: 'postalCode',
				message:
					'10001 - We could not find this address. Please check for spelling errors. If it appears correct, please double click here. ZIP code 10001 is not in Connecticut; it is a New York ZIP code.'
			}
		]);
	});

	it('flags a malformed ZIP with the same sentence and says what a ZIP code looks like', () => {
		const v = { ...parent(), postalCode: '6103' };
		expect(notFound(v)[0]?.message).toBe(
			'6103 - We could not find this address. Please check for spelling errors. If it appears correct, please double click here. A ZIP code has 5 digits, or 5 and 4 more (for example 06103 or 06103-1234).'
		);
	});

	it('names the state a ZIP belongs to, and only the chosen one when it belongs to none', () => {
		expect(addressNotFoundParts({ postalCode: '10001', state: 'CT' }).reason).toBe(
			'ZIP code 10001 is not in Connecticut; it is a New York ZIP code.'
		);
		expect(addressNotFoundParts({ postalCode: '06103', state: 'IN' }).reason).toBe(
			'ZIP code 06103 is not in Indiana; it is a Connecticut ZIP code.'
		);
		expect(addressNotFoundParts({ postalCode: '35203', state: 'CT' }).reason).toBe(
			'ZIP code 35203 is not in Connecticut; it is an Alabama ZIP code.'
		);
		// 009xx is Puerto Rico's: no state or DC has it.
		expect(addressNotFoundParts({ postalCode: '00901', state: 'CT' }).reason).toBe(
			'ZIP code 00901 is not in Connecticut.'
		);
	});

	it('accepts ZIP+4 in either form', () => {
		expect(notFound({ ...parent(), postalCode: '06103-1234' })).toEqual([]);
		expect(notFound({ ...parent(), postalCode: '061031234' })).toEqual([]);
	});

	it('does not check the ZIP against a state for Other, outside the U.S., or when blank', () => {
		expect(
			addressNotFound({ ...parent(), state: OTHER, otherRegion: 'Guam', postalCode: '96910' })
		).toBe(false);
		expect(addressNotFound({ ...parent(), country: 'Canada', postalCode: 'M5V 2T6' })).toBe(false);
		expect(addressNotFound({ ...parent(), postalCode: '' })).toBe(false);
		expect(addressNotFound({ ...parent(), state: '', postalCode: '10001' })).toBe(false);
	});

	it('an accepted address has no postal code problem', () => {
		const v = { ...parent(), postalCode: '10001' };
		const accepted = { ...v, acceptedAddress: addressKey(v) };
		expect(addressNeedsAcceptance(accepted)).toBe(false);
		expect(organizationProblems(accepted)).toEqual([]);
	});

	it('the acceptance survives changes of case and surrounding spaces only', () => {
		const v = { ...parent(), postalCode: '10001' };
		const accepted = { ...v, acceptedAddress: addressKey(v) };
		expect(organizationProblems({ ...accepted, city: ' HARTFORD ' })).toEqual([]);
	});

	it.each([
		['city', { city: 'West Hartford' }],
		['postal code', { postalCode: '10002' }],
		['address line 1', { address1: '101 Pearl Street' }],
		['address line 2', { address2: 'Suite 500' }],
		['state', { state: 'NJ' }]
	])('the postal code problem returns when the %s changes', (_what, change) => {
		const v = { ...parent(), postalCode: '10001' };
		const accepted = { ...v, acceptedAddress: addressKey(v) };
		const changed = { ...accepted, ...change };
		expect(notFound(changed)).toEqual([
			{ field: 'postalCode', message: addressNotFoundMessage(changed) }
		]);
	});

	it('an acceptance does not hide a problem that is not about the address being found', () => {
		const v = { ...parent(), postalCode: '10001', city: '' };
		const accepted = { ...v, acceptedAddress: addressKey(v) };
		expect(organizationProblems(accepted).map((p) => p.field)).toEqual(['city']);
	});

	it('the message trims the postal code', () => {
		expect(addressNotFoundMessage({ postalCode: ' 23606 ', state: 'CT' })).toBe(
			'23606 - We could not find this address. Please check for spelling errors. If it appears correct, please double click here. ZIP code 23606 is not in Connecticut; it is a Virginia ZIP code.'
		);
	});
});

describe('normalizePostalCode', () => {
	it.each([
		['United States', '06103', '06103'],
		['United States', ' 06103 ', '06103'],
		['United States', '061031234', '06103-1234'],
		['United States', '06103-1234', '06103-1234'],
		['United States', '0610', '0610'],
		['Canada', ' m5v 2t6 ', 'M5V 2T6'],
		['United Kingdom', 'sw1a 1aa', 'SW1A 1AA']
	])('%s %j → %j', (country, postalCode, expected) => {
		expect(normalizePostalCode({ country, postalCode })).toBe(expected);
	});
});

describe('taxpayerId', () => {
	it('returns the FEIN digits', () => {
		expect(taxpayerId(parent())).toEqual({ kind: 'fein', digits: '061234567' });
	});

	it('returns the SSN digits', () => {
		expect(taxpayerId(personaValues('sole-proprietor-ssn').organization)).toEqual({
			kind: 'ssn',
			digits: '123456789'
		});
	});

	it('accepts spaces and dashes', () => {
		expect(taxpayerId({ ...emptyOrganization(), ssn: ' 123 45-6789 ' })).toEqual({
			kind: 'ssn',
			digits: '123456789'
		});
	});

	it('returns null when neither is nine digits', () => {
		expect(taxpayerId(emptyOrganization())).toBeNull();
		expect(taxpayerId({ ...emptyOrganization(), fein: '06-12345', ssn: 'abc' })).toBeNull();
	});
});

describe('organizationSchema', () => {
	it('passes a valid persona', () => {
		expect(organizationSchema.safeParse(parent()).success).toBe(true);
	});

	it('puts each message on its field path', () => {
		const r = organizationSchema.safeParse({
			...parent(),
			legalName: '',
			postalCode: '10001',
			fein: '07-1234567',
			feinConfirm: '07-1234567'
		});
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
			[
				['legalName'],
				'Enter the Legal Name of Entity/Individual as shown on your income tax return'
			],
			[['postalCode'], addressNotFoundMessage({ postalCode: '10001', state: 'CT' })],
			[
				['fein'],
				'Check the Federal Employer Identification Number: the IRS does not issue numbers starting with 07'
			]
		]);
	});

	it('fills defaults for missing fields', () => {
		const r = organizationSchema.safeParse({});
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => i.path[0])).toEqual([
			'legalName',
			'businessType',
			'address1',
			'postalCode',
			'city',
			'state',
			'fein'
		]);
	});

	it('rejects a designation other than parent or branch on its path', () => {
		const r = organizationSchema.safeParse({ ...parent(), orgType: 'subsidiary' });
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => i.path)).toEqual([['orgType']]);
	});
});

describe('emptyOrganization', () => {
	it('starts in the United States as a Parent/Holding Company with nothing chosen', () => {
		expect(emptyOrganization()).toMatchObject({
			country: 'United States',
			businessType: '',
			state: '',
			orgType: 'parent',
			fein: '',
			ssn: '',
			duns: '',
			acceptedAddress: ''
		});
	});
});

describe('rules added after review', () => {
	const base = () => personaValues('parent-fein').organization;

	it('reports a DUNS confirmation typed without the DUNS number', () => {
		expect(organizationProblems({ ...base(), duns: '', dunsConfirm: '123' })).toEqual([
			{
				field: 'dunsConfirm',
				message: 'Enter the DUNS number above too, or clear this confirmation'
			}
		]);
	});

	it('refuses a DUNS number with dashes (digits only, as the guide says)', () => {
		expect(
			organizationProblems({ ...base(), duns: '12-345-6789', dunsConfirm: '12-345-6789' })
		).toEqual([
			{
				field: 'duns',
				message: 'Enter the 9 digits of the DUNS number, with no letters or symbols'
			}
		]);
	});

	it('reports a malformed FEIN once when its confirmation is identical', () => {
		const problems = organizationProblems({ ...base(), fein: '12-34', feinConfirm: '12-34' });
		expect(problems.map((p) => p.field)).toEqual(['fein']);
	});

	it('checks Country and State/Province against their lists', () => {
		expect(
			organizationProblems({ ...base(), country: 'Atlantis' }).map((p) => p.message)
		).toContain('Select the Country from the list');
		expect(organizationProblems({ ...base(), state: 'XX' }).map((p) => p.message)).toEqual([
			'Select the State/Province from the list'
		]);
	});
});
