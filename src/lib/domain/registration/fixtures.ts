/**
 * Named example registrations (personas) and named mistakes, shared by the unit, component and
 * browser tests and by the demo tools ("Fill this step" with a persona's valid data or a chosen
 * mistake). Not re-exported from the registration index: import it from this file.
 *
 * Every persona is valid on every step. Every mistake, applied to a persona's values of its step,
 * produces exactly `expectedMessage` on `field` (plus the problems listed in `alsoFlags`), as long
 * as `appliesTo` (when given) accepts the persona's values. The messages are copied verbatim from
 * the step modules so the tests catch any change of wording.
 */
import { addressNotFound, isUnitedStates, type AddressValues } from './address';
import type { ContactValues } from './contact';
import { OTHER_STATE, UNITED_STATES } from './options';
import type { OrganizationValues } from './organization';
import type { RegistrationValues, StepSlug } from './steps';

export * from './personas';

// ---------------------------------------------------------------------------------------------
// Mistakes
// ---------------------------------------------------------------------------------------------

export type StepField<K extends StepSlug> = keyof RegistrationValues[K] & string;

export interface Mistake<K extends StepSlug = StepSlug> {
	/** Unique across every step. */
	id: string;
	step: K;
	/** What a presenter picks, e.g. 'Legal name too long'. */
	label: string;
	/** The field that shows the message. */
	field: StepField<K>;
	/** Returns a changed copy of the step's values; never changes its argument. */
	apply: (values: RegistrationValues[K]) => RegistrationValues[K];
	/** The domain's message, verbatim. */
	expectedMessage: string;
	/**
	 * Other fields the mistake necessarily flags too (for example a confirmation that cannot
	 * match a malformed number). Their messages are not part of the mistake.
	 */
	alsoFlags?: readonly StepField<K>[];
	/**
	 * Personas whose values this mistake is exact for (default: all). Phone formats depend on the
	 * country; address mistakes also undo an accepted address.
	 */
	appliesTo?: (values: RegistrationValues[K]) => boolean;
}

/** Any step's mistake (a union discriminated by `step`). */
export type AnyMistake = { [K in StepSlug]: Mistake<K> }[StepSlug];

function mistakes<K extends StepSlug>(step: K, list: Omit<Mistake<K>, 'step'>[]): Mistake<K>[] {
	return list.map((m) => ({ ...m, step }));
}

/** Only for U.S. addresses: the U.S. phone parser applies. */
const usOnly = (v: Pick<AddressValues, 'country'>) => isUnitedStates(v);
/** Only outside the United States: the international phone parser applies. */
const nonUsOnly = (v: Pick<AddressValues, 'country'>) => !isUnitedStates(v);
/** Changing an address that was accepted as entered also brings back the postal code message. */
const notAccepted = (v: AddressValues) => !addressNotFound(v);

const NOT_FOUND = (postal: string) =>
	`${postal} - We could not find this address. Please check for spelling errors. If it appears correct, select “Use this address as entered”.`;

/** A U.S. address in Connecticut whose ZIP belongs to New York. */
function zipNotInState<V extends AddressValues>(v: V): V {
	return {
		...v,
		country: UNITED_STATES,
		state: 'CT',
		otherRegion: '',
		postalCode: '10001',
		acceptedAddress: ''
	};
}

/** Only the FEIN pair filled. */
function withFein<V extends OrganizationValues>(v: V, fein: string, confirm = fein): V {
	return { ...v, fein, feinConfirm: confirm, ssn: '', ssnConfirm: '' };
}

/** Only the SSN pair filled. */
function withSsn<V extends OrganizationValues>(v: V, ssn: string, confirm = ssn): V {
	return { ...v, fein: '', feinConfirm: '', ssn, ssnConfirm: confirm };
}

/** The password and its confirmation, both set. */
function withPassword<V extends ContactValues>(v: V, password: string): V {
	return { ...v, password, confirmPassword: password };
}

/** Solicitation Notification Contact entered "Now", complete unless overridden. */
function solicitationNow<V extends ContactValues>(v: V, overrides: Partial<ContactValues>): V {
	return {
		...v,
		solicitationContact: 'now',
		solFirstName: 'Priya',
		solLastName: 'Raman',
		solPhone: v.country === 'United States' ? '(203) 555-0150' : '+1 416 555 0150',
		solEmail: 'bids@example.com',
		...overrides
	};
}

/** Contract Notification Contact entered "Now", complete unless overridden. */
function contractNow<V extends ContactValues>(v: V, overrides: Partial<ContactValues>): V {
	return {
		...v,
		contractContact: 'now',
		conFirstName: 'Dana',
		conLastName: 'Kim',
		conPhone: v.country === 'United States' ? '(203) 555-0112' : '+1 416 555 0112',
		conEmail: 'contracts@example.com',
		...overrides
	};
}

const LONG_NAME = 'Connecticut Building and Facility Maintenance Services LLC'; // 58
const LONG_CITY = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'; // 58
const LONG_REGION = 'Autonomous Region of Bougainville, Papua New Guinea'; // 51
const LONG_PERSON_NAME = 'Maximiliana Alexandrina Konstantina Evangelina Rose'; // 51

const INSTRUCTIONS_MISTAKES = mistakes('instructions', [
	{
		id: 'disclaimer-not-agreed',
		label: 'General Disclaimer not agreed',
		field: 'agree',
		apply: (v) => ({ ...v, agree: false }),
		expectedMessage: 'Select “Yes, I agree.” to accept the General Disclaimer before you continue'
	}
]);

const ORGANIZATION_MISTAKES = mistakes('organization', [
	{
		id: 'legal-name-empty',
		label: 'Legal name empty',
		field: 'legalName',
		apply: (v) => ({ ...v, legalName: '  ' }),
		expectedMessage: 'Enter the Legal Name of Entity/Individual as shown on your income tax return'
	},
	{
		id: 'legal-name-too-long',
		label: 'Legal name too long (58 characters)',
		field: 'legalName',
		apply: (v) => ({ ...v, legalName: LONG_NAME }),
		expectedMessage: 'Legal Name of Entity/Individual must be 50 characters or fewer'
	},
	{
		id: 'legal-name-bad-character',
		label: 'Legal name with a character not allowed (!)',
		field: 'legalName',
		apply: (v) => ({ ...v, legalName: `${v.legalName.trim()}!` }),
		expectedMessage:
			"Legal Name of Entity/Individual can only use letters, numbers, spaces and & , . - ' (remove “!”)"
	},
	{
		id: 'dba-name-too-long',
		label: 'DBA name too long (58 characters)',
		field: 'dbaName',
		apply: (v) => ({ ...v, dbaName: LONG_NAME }),
		expectedMessage: 'DBA Business Name must be 50 characters or fewer'
	},
	{
		id: 'business-type-missing',
		label: 'Type of Business not selected',
		field: 'businessType',
		apply: (v) => ({ ...v, businessType: '' }),
		expectedMessage: 'Select the Type of Business'
	},
	{
		id: 'business-type-unknown',
		label: 'Type of Business not one of the options',
		field: 'businessType',
		apply: (v) => ({ ...v, businessType: 'LLC' }),
		expectedMessage: 'Select the Type of Business'
	},
	{
		id: 'address1-empty',
		label: 'Address Line 1 empty',
		field: 'address1',
		apply: (v) => ({ ...v, address1: '' }),
		expectedMessage:
			'Enter Address Line 1: the street address or post office box of your organization',
		appliesTo: notAccepted
	},
	{
		id: 'address1-too-long',
		label: 'Address Line 1 too long (34 characters)',
		field: 'address1',
		apply: (v) => ({ ...v, address1: '100 Constitution Plaza, Suite 1400' }),
		expectedMessage: 'Address Line 1 must be 30 characters or fewer',
		appliesTo: notAccepted
	},
	{
		id: 'address2-too-long',
		label: 'Address Line 2 too long (38 characters)',
		field: 'address2',
		apply: (v) => ({ ...v, address2: 'Attention: Accounts Payable Department' }),
		expectedMessage: 'Address Line 2 must be 30 characters or fewer',
		appliesTo: notAccepted
	},
	{
		id: 'postal-code-empty',
		label: 'Postal / Zip Code empty',
		field: 'postalCode',
		apply: (v) => ({ ...v, postalCode: '' }),
		expectedMessage: 'Enter the Postal / Zip Code'
	},
	{
		id: 'zip-malformed',
		label: 'ZIP Code malformed (4 digits)',
		field: 'postalCode',
		apply: (v) => ({ ...zipNotInState(v), postalCode: '0610' }),
		expectedMessage: NOT_FOUND('0610')
	},
	{
		id: 'zip-not-in-state',
		label: 'ZIP Code not in the state (10001 with Connecticut)',
		field: 'postalCode',
		apply: (v) => zipNotInState(v),
		expectedMessage: NOT_FOUND('10001')
	},
	{
		id: 'non-us-postal-code-invalid',
		label: 'Postal code outside the U.S. too long',
		field: 'postalCode',
		apply: (v) => ({
			...v,
			country: 'Canada',
			state: OTHER_STATE,
			otherRegion: 'Ontario',
			postalCode: 'M5V 2T6 CANADA'
		}),
		expectedMessage: 'Enter the postal code using up to 10 letters, numbers, spaces or dashes'
	},
	{
		id: 'city-empty',
		label: 'City empty',
		field: 'city',
		apply: (v) => ({ ...v, city: '' }),
		expectedMessage: 'Enter the City where your organization is located',
		appliesTo: notAccepted
	},
	{
		id: 'city-too-long',
		label: 'City too long (58 characters)',
		field: 'city',
		apply: (v) => ({ ...v, city: LONG_CITY }),
		expectedMessage: 'City must be 50 characters or fewer',
		appliesTo: notAccepted
	},
	{
		id: 'state-missing',
		label: 'State/Province not selected',
		field: 'state',
		apply: (v) => ({ ...v, state: '', otherRegion: '' }),
		expectedMessage: 'Select the State/Province, or Other if it is not listed'
	},
	{
		id: 'other-region-missing',
		label: 'Other selected without an Other Region',
		field: 'otherRegion',
		apply: (v) => ({ ...v, state: OTHER_STATE, otherRegion: '' }),
		expectedMessage: 'Enter the Other Region (for example a province, territory or county)'
	},
	{
		id: 'other-region-too-long',
		label: 'Other Region too long (51 characters)',
		field: 'otherRegion',
		apply: (v) => ({ ...v, state: OTHER_STATE, otherRegion: LONG_REGION }),
		expectedMessage: 'Other Region must be 50 characters or fewer'
	},
	{
		id: 'non-us-country-with-us-state',
		label: 'Country outside the U.S. with a U.S. state',
		field: 'state',
		apply: (v) => ({
			...v,
			country: 'Canada',
			state: 'CT',
			otherRegion: '',
			postalCode: 'M5V 2T6'
		}),
		expectedMessage: 'For an address outside the United States, select Other and enter the region'
	},
	{
		id: 'tin-missing',
		label: 'Neither FEIN nor SSN',
		field: 'fein',
		apply: (v) => ({ ...v, fein: '', feinConfirm: '', ssn: '', ssnConfirm: '' }),
		expectedMessage: 'Enter a Federal Employer Identification Number or a Social Security Number'
	},
	{
		id: 'fein-and-ssn',
		label: 'Both FEIN and SSN',
		field: 'ssn',
		apply: (v) => ({
			...v,
			fein: '06-1234567',
			feinConfirm: '06-1234567',
			ssn: '123-45-6789',
			ssnConfirm: '123-45-6789'
		}),
		expectedMessage:
			'Enter either a Federal Employer Identification Number or a Social Security Number, not both: use Clear to empty one'
	},
	{
		id: 'fein-bad-prefix',
		label: 'FEIN with a prefix the IRS does not issue (07)',
		field: 'fein',
		apply: (v) => withFein(v, '07-1234567'),
		expectedMessage:
			'Check the Federal Employer Identification Number: the IRS does not issue numbers starting with 07'
	},
	{
		id: 'fein-wrong-length',
		label: 'FEIN with 8 digits',
		field: 'fein',
		apply: (v) => withFein(v, '06-123456'),
		expectedMessage:
			'Enter the Federal Employer Identification Number as 9 digits, for example 12-3456789'
	},
	{
		id: 'fein-confirm-missing',
		label: 'FEIN not confirmed',
		field: 'feinConfirm',
		apply: (v) => withFein(v, '06-1234567', ''),
		expectedMessage: 'Confirm the Federal Employer Identification Number by entering it again'
	},
	{
		id: 'fein-confirm-mismatch',
		label: 'FEIN confirmation does not match',
		field: 'feinConfirm',
		apply: (v) => withFein(v, '06-1234567', '06-1234576'),
		expectedMessage: 'The Federal Employer Identification Number and its confirmation do not match'
	},
	{
		id: 'ssn-area-666',
		label: 'SSN starting with 666',
		field: 'ssn',
		apply: (v) => withSsn(v, '666-45-6789'),
		expectedMessage:
			'Check the Social Security Number: no number starts with 000, 666 or 900 to 999'
	},
	{
		id: 'ssn-area-000',
		label: 'SSN starting with 000',
		field: 'ssn',
		apply: (v) => withSsn(v, '000-45-6789'),
		expectedMessage:
			'Check the Social Security Number: no number starts with 000, 666 or 900 to 999'
	},
	{
		id: 'ssn-area-9xx',
		label: 'SSN starting with 9 (an ITIN)',
		field: 'ssn',
		apply: (v) => withSsn(v, '912-45-6789'),
		expectedMessage:
			'Check the Social Security Number: no number starts with 000, 666 or 900 to 999'
	},
	{
		id: 'ssn-group-00',
		label: 'SSN with middle digits 00',
		field: 'ssn',
		apply: (v) => withSsn(v, '123-00-6789'),
		expectedMessage: 'Check the Social Security Number: the middle two digits cannot be 00'
	},
	{
		id: 'ssn-serial-0000',
		label: 'SSN ending with 0000',
		field: 'ssn',
		apply: (v) => withSsn(v, '123-45-0000'),
		expectedMessage: 'Check the Social Security Number: the last four digits cannot be 0000'
	},
	{
		id: 'ssn-wrong-length',
		label: 'SSN with 8 digits',
		field: 'ssn',
		apply: (v) => withSsn(v, '123-45-678'),
		expectedMessage: 'Enter the Social Security Number as 9 digits, for example 123-45-6789'
	},
	{
		id: 'ssn-confirm-missing',
		label: 'SSN not confirmed',
		field: 'ssnConfirm',
		apply: (v) => withSsn(v, '123-45-6789', ''),
		expectedMessage: 'Confirm the Social Security Number by entering it again'
	},
	{
		id: 'ssn-confirm-mismatch',
		label: 'SSN confirmation does not match',
		field: 'ssnConfirm',
		apply: (v) => withSsn(v, '123-45-6789', '123-45-6788'),
		expectedMessage: 'The Social Security Number and its confirmation do not match'
	},
	{
		id: 'branch-without-duns',
		label: 'Branch without a DUNS number',
		field: 'duns',
		apply: (v) => ({ ...v, orgType: 'branch', duns: '', dunsConfirm: '' }),
		expectedMessage:
			'Enter the 9 digits of the DUNS number: it is required when registering as a Branch'
	},
	{
		id: 'duns-letters',
		label: 'DUNS with a letter',
		field: 'duns',
		apply: (v) => ({ ...v, duns: '12345678A', dunsConfirm: '12345678A' }),
		expectedMessage: 'Enter the 9 digits of the DUNS number, with no letters or symbols'
	},
	{
		id: 'duns-wrong-length',
		label: 'DUNS with 8 digits',
		field: 'duns',
		apply: (v) => ({ ...v, duns: '12345678', dunsConfirm: '12345678' }),
		expectedMessage: 'Enter the 9 digits of the DUNS number, with no letters or symbols'
	},
	{
		id: 'duns-confirm-missing',
		label: 'DUNS not confirmed',
		field: 'dunsConfirm',
		apply: (v) => ({ ...v, duns: '123456789', dunsConfirm: '' }),
		expectedMessage: 'Confirm the DUNS number by entering it again'
	},
	{
		id: 'duns-confirm-mismatch',
		label: 'DUNS confirmation does not match',
		field: 'dunsConfirm',
		apply: (v) => ({ ...v, duns: '123456789', dunsConfirm: '123456788' }),
		expectedMessage: 'The DUNS number and its confirmation do not match'
	}
]);

const CONTACT_MISTAKES = mistakes('contact', [
	{
		id: 'salutation-unknown',
		label: 'Salutation not in the list',
		field: 'salutation',
		apply: (v) => ({ ...v, salutation: 'Sir' }),
		expectedMessage: 'Select a Salutation from the list'
	},
	{
		id: 'first-name-empty',
		label: 'First name empty',
		field: 'firstName',
		apply: (v) => ({ ...v, firstName: '' }),
		expectedMessage: 'Enter the First Name of the main contact'
	},
	{
		id: 'first-name-too-long',
		label: 'First name too long (51 characters)',
		field: 'firstName',
		apply: (v) => ({ ...v, firstName: LONG_PERSON_NAME }),
		expectedMessage: 'First Name must be 50 characters or fewer'
	},
	{
		id: 'last-name-empty',
		label: 'Last name empty',
		field: 'lastName',
		apply: (v) => ({ ...v, lastName: ' ' }),
		expectedMessage: 'Enter the Last Name of the main contact'
	},
	{
		id: 'job-title-too-long',
		label: 'Job title too long (56 characters)',
		field: 'jobTitle',
		apply: (v) => ({ ...v, jobTitle: 'Director of Strategic Procurement and Supplier Relations' }),
		expectedMessage: 'Job Title must be 50 characters or fewer'
	},
	{
		id: 'phone-empty',
		label: 'Main phone empty',
		field: 'phone',
		apply: (v) => ({ ...v, phone: '' }),
		expectedMessage: 'Enter the Main Phone Number, with its area code'
	},
	{
		id: 'phone-too-short',
		label: 'Main phone too short (9 digits)',
		field: 'phone',
		apply: (v) => ({ ...v, phone: '(201) 555-012' }),
		expectedMessage:
			'Enter the Main Phone Number as 10 digits with the area code, for example (201) 555-0123',
		appliesTo: usOnly
	},
	{
		id: 'phone-area-code-1',
		label: 'Main phone area code starting with 1',
		field: 'phone',
		apply: (v) => ({ ...v, phone: '(123) 555-0123' }),
		expectedMessage: 'Check the area code of the Main Phone Number: it cannot start with 0 or 1',
		appliesTo: usOnly
	},
	{
		id: 'phone-area-code-0',
		label: 'Main phone area code starting with 0',
		field: 'phone',
		apply: (v) => ({ ...v, phone: '(023) 555-0123' }),
		expectedMessage: 'Check the area code of the Main Phone Number: it cannot start with 0 or 1',
		appliesTo: usOnly
	},
	{
		id: 'phone-exchange-0',
		label: 'Main phone prefix starting with 0',
		field: 'phone',
		apply: (v) => ({ ...v, phone: '(201) 055-0123' }),
		expectedMessage:
			'Check the Main Phone Number: the 3 digits after the area code cannot start with 0 or 1',
		appliesTo: usOnly
	},
	{
		id: 'phone-letters',
		label: 'Main phone with letters',
		field: 'phone',
		apply: (v) => ({ ...v, phone: '(201) 555-CALL' }),
		expectedMessage:
			'Use only digits, spaces, dashes, dots and brackets in the Main Phone Number, for example (201) 555-0123',
		appliesTo: usOnly
	},
	{
		id: 'phone-international-too-short',
		label: 'International main phone too short',
		field: 'phone',
		apply: (v) => ({ ...v, phone: '+1 416' }),
		expectedMessage:
			'Enter the Main Phone Number with + and the country code, 7 to 15 digits, for example +44 20 7946 0958',
		appliesTo: nonUsOnly
	},
	{
		id: 'phone-extension-letters',
		label: 'Extension with letters',
		field: 'phoneExt',
		apply: (v) => ({ ...v, phoneExt: 'x204' }),
		expectedMessage: 'Enter the extension as 1 to 6 digits'
	},
	{
		id: 'phone-extension-too-long',
		label: 'Extension of 7 digits',
		field: 'phoneExt',
		apply: (v) => ({ ...v, phoneExt: '1234567' }),
		expectedMessage: 'Enter the extension as 1 to 6 digits'
	},
	{
		id: 'fax-invalid',
		label: 'Fax number without area code',
		field: 'fax',
		apply: (v) => ({ ...v, fax: '555-0199' }),
		expectedMessage:
			'Enter the Fax Number as 10 digits with the area code, for example (201) 555-0123',
		appliesTo: usOnly
	},
	{
		id: 'email-empty',
		label: 'Email empty',
		field: 'email',
		apply: (v) => ({ ...v, email: '' }),
		expectedMessage: 'Enter the Email Address of the main contact'
	},
	{
		id: 'email-bad-format',
		label: 'Email without @',
		field: 'email',
		apply: (v) => ({ ...v, email: 'jane.doe.samplevendor.example' }),
		expectedMessage: 'Enter an e-mail address in the correct format, like name@example.com'
	},
	{
		id: 'username-empty',
		label: 'UserName empty',
		field: 'username',
		apply: (v) => ({ ...v, username: '' }),
		expectedMessage: 'Enter a UserName'
	},
	{
		id: 'username-email',
		label: 'UserName is an e-mail address (@)',
		field: 'username',
		apply: (v) => ({ ...v, username: 'jane.doe@samplevendor.example' }),
		expectedMessage: 'A UserName cannot contain @: choose a name rather than your e-mail address'
	},
	{
		id: 'username-too-short',
		label: 'UserName of 3 characters',
		field: 'username',
		apply: (v) => ({ ...v, username: 'jd1' }),
		expectedMessage: 'A UserName must be 4 to 30 characters long'
	},
	{
		id: 'username-too-long',
		label: 'UserName of 31 characters',
		field: 'username',
		apply: (v) => ({ ...v, username: 'SampleVendorHartfordConnecticut' }),
		expectedMessage: 'A UserName must be 4 to 30 characters long'
	},
	{
		id: 'username-bad-characters',
		label: 'UserName with a space',
		field: 'username',
		apply: (v) => ({ ...v, username: 'Sample Vendor' }),
		expectedMessage:
			'A UserName can only use letters, numbers, dots (.), underscores (_) and dashes (-)'
	},
	{
		id: 'password-empty',
		label: 'Password empty',
		field: 'password',
		apply: (v) => ({ ...v, password: '' }),
		expectedMessage: 'Enter a Password',
		alsoFlags: ['confirmPassword']
	},
	{
		id: 'password-too-short',
		label: 'Password of 7 characters',
		field: 'password',
		apply: (v) => withPassword(v, 'Ab1!xyz'),
		expectedMessage: 'The Password needs at least 8 characters'
	},
	{
		id: 'password-no-upper',
		label: 'Password without an upper-case letter',
		field: 'password',
		apply: (v) => withPassword(v, 'harbor!2026x'),
		expectedMessage: 'The Password needs an upper-case letter'
	},
	{
		id: 'password-no-lower',
		label: 'Password without a lower-case letter',
		field: 'password',
		apply: (v) => withPassword(v, 'HARBOR!2026X'),
		expectedMessage: 'The Password needs a lower-case letter'
	},
	{
		id: 'password-no-number',
		label: 'Password without a number',
		field: 'password',
		apply: (v) => withPassword(v, 'Harbor!Bay-x'),
		expectedMessage: 'The Password needs a number'
	},
	{
		id: 'password-no-special',
		label: 'Password without a special character',
		field: 'password',
		apply: (v) => withPassword(v, 'Harbor2026xy'),
		expectedMessage: 'The Password needs a special character (for example ! @ # $ %)'
	},
	{
		id: 'password-several-rules',
		label: 'Password of lower-case letters only',
		field: 'password',
		apply: (v) => withPassword(v, 'harborbay'),
		expectedMessage:
			'The Password needs an upper-case letter, a number and a special character (for example ! @ # $ %)'
	},
	{
		id: 'password-contains-username',
		label: 'Password containing the UserName',
		field: 'password',
		apply: (v) => withPassword(v, `${v.username.trim()}!9Aa`),
		expectedMessage: 'The Password must not contain your UserName'
	},
	{
		id: 'password-contains-username-and-rule',
		label: 'Password containing the UserName, no upper-case letter',
		field: 'password',
		apply: (v) => withPassword(v, `${v.username.trim().toLowerCase()}-1!zz`),
		expectedMessage: 'The Password needs an upper-case letter, and must not contain your UserName'
	},
	{
		id: 'confirm-password-empty',
		label: 'Password not confirmed',
		field: 'confirmPassword',
		apply: (v) => ({ ...v, confirmPassword: '' }),
		expectedMessage: 'Confirm the Password by entering it again'
	},
	{
		id: 'confirm-password-mismatch',
		label: 'Confirm Password does not match',
		field: 'confirmPassword',
		apply: (v) => ({ ...v, confirmPassword: `${v.password}1` }),
		expectedMessage: 'The Password and Confirm Password do not match'
	},
	{
		id: 'contact-address1-empty',
		label: 'Contact Address Line 1 empty',
		field: 'address1',
		apply: (v) => ({ ...v, address1: '' }),
		expectedMessage:
			'Enter Address Line 1: the street address or post office box of the main contact',
		appliesTo: notAccepted
	},
	{
		id: 'contact-city-empty',
		label: 'Contact City empty',
		field: 'city',
		apply: (v) => ({ ...v, city: '' }),
		expectedMessage: 'Enter the City where the main contact is located',
		appliesTo: notAccepted
	},
	{
		id: 'contact-state-missing',
		label: 'Contact State/Province not selected',
		field: 'state',
		apply: (v) => ({ ...v, state: '', otherRegion: '' }),
		expectedMessage: 'Select the State/Province, or Other if it is not listed'
	},
	{
		id: 'contact-postal-code-empty',
		label: 'Contact Postal / Zip Code empty',
		field: 'postalCode',
		apply: (v) => ({ ...v, postalCode: '' }),
		expectedMessage: 'Enter the Postal / Zip Code'
	},
	{
		id: 'contact-zip-not-in-state',
		label: 'Contact ZIP Code not in the state (10001 with Connecticut)',
		field: 'postalCode',
		apply: (v) => zipNotInState(v),
		expectedMessage: NOT_FOUND('10001')
	},
	{
		id: 'solicitation-first-name-missing',
		label: 'Solicitation contact "Now" without a first name',
		field: 'solFirstName',
		apply: (v) => solicitationNow(v, { solFirstName: '' }),
		expectedMessage: 'Enter the First Name of the Solicitation Notification Contact'
	},
	{
		id: 'solicitation-last-name-missing',
		label: 'Solicitation contact "Now" without a last name',
		field: 'solLastName',
		apply: (v) => solicitationNow(v, { solLastName: '' }),
		expectedMessage: 'Enter the Last Name of the Solicitation Notification Contact'
	},
	{
		id: 'solicitation-phone-missing',
		label: 'Solicitation contact "Now" without a phone',
		field: 'solPhone',
		apply: (v) => solicitationNow(v, { solPhone: '' }),
		expectedMessage: 'Enter the Phone of the Solicitation Notification Contact'
	},
	{
		id: 'solicitation-phone-invalid',
		label: 'Solicitation contact phone without area code',
		field: 'solPhone',
		apply: (v) => solicitationNow(v, { solPhone: '555-0150' }),
		expectedMessage: 'Enter the Phone as 10 digits with the area code, for example (201) 555-0123',
		appliesTo: usOnly
	},
	{
		id: 'solicitation-email-missing',
		label: 'Solicitation contact "Now" without an email',
		field: 'solEmail',
		apply: (v) => solicitationNow(v, { solEmail: '' }),
		expectedMessage: 'Enter the Email Address of the Solicitation Notification Contact'
	},
	{
		id: 'contract-last-name-missing',
		label: 'Contract contact "Now" without a last name',
		field: 'conLastName',
		apply: (v) => contractNow(v, { conLastName: '' }),
		expectedMessage: 'Enter the Last Name of the Contract Notification Contact'
	},
	{
		id: 'contract-email-invalid',
		label: 'Contract contact email without a domain',
		field: 'conEmail',
		apply: (v) => contractNow(v, { conEmail: 'contracts@' }),
		expectedMessage: 'Enter an e-mail address in the correct format, like name@example.com'
	}
]);

const CODES_MISTAKES = mistakes('codes', [
	{
		id: 'no-codes',
		label: 'No code selected and not Unknown',
		field: 'codes',
		apply: (v) => ({ ...v, codes: [], unknown: false }),
		expectedMessage:
			'Select at least one commodity or service code, or select “Unknown” if you do not want solicitation notifications'
	}
]);

/** Named mistakes of each step. */
export const MISTAKES: { readonly [K in StepSlug]: readonly Mistake<K>[] } = {
	instructions: INSTRUCTIONS_MISTAKES,
	organization: ORGANIZATION_MISTAKES,
	contact: CONTACT_MISTAKES,
	codes: CODES_MISTAKES
};

/** Every mistake, step by step. */
export const ALL_MISTAKES: readonly AnyMistake[] = [
	...INSTRUCTIONS_MISTAKES,
	...ORGANIZATION_MISTAKES,
	...CONTACT_MISTAKES,
	...CODES_MISTAKES
];

export function mistake(id: string): AnyMistake {
	const found = ALL_MISTAKES.find((m) => m.id === id);
	if (!found) throw new Error(`Unknown mistake ${id}`);
	return found;
}

/** True when the mistake gives exactly its problems on these values (see Mistake.appliesTo). */
export function mistakeAppliesTo(m: AnyMistake, values: RegistrationValues): boolean {
	switch (m.step) {
		case 'instructions':
			return m.appliesTo?.(values.instructions) ?? true;
		case 'organization':
			return m.appliesTo?.(values.organization) ?? true;
		case 'contact':
			return m.appliesTo?.(values.contact) ?? true;
		case 'codes':
			return m.appliesTo?.(values.codes) ?? true;
	}
}

/** A copy of the registration with the mistake applied to its step. */
export function applyMistake(values: RegistrationValues, m: AnyMistake): RegistrationValues {
	const next = structuredClone(values);
	switch (m.step) {
		case 'instructions':
			next.instructions = m.apply(next.instructions);
			break;
		case 'organization':
			next.organization = m.apply(next.organization);
			break;
		case 'contact':
			next.contact = m.apply(next.contact);
			break;
		case 'codes':
			next.codes = m.apply(next.codes);
			break;
	}
	return next;
}
