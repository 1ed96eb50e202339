import {
	CONTACT_FIELDS,
	CONTACT_ORDER,
	contactProblems,
	contactSchema,
	emptyContact,
	normalizePhone,
	usernameMessage,
	type ContactValues
} from '$lib/domain/registration';
import { personaValues } from '$lib/domain/registration/fixtures';

const main = () => personaValues('parent-fein').contact;
const fieldsOf = (v: ContactValues) => contactProblems(v).map((p) => p.field);

describe('contactProblems: page order', () => {
	it('lists the problems of an empty step in page order', () => {
		expect(fieldsOf(emptyContact())).toEqual([
			'firstName',
			'lastName',
			'phone',
			'email',
			'username',
			'password',
			'confirmPassword',
			'address1',
			'city',
			'state',
			'postalCode'
		]);
	});

	it('orders the additional contacts after the main contact', () => {
		const v: ContactValues = {
			...emptyContact(),
			contractContact: 'now',
			solicitationContact: 'now',
			phoneExt: 'x',
			fax: '1'
		};
		const fields = fieldsOf(v);
		expect(fields.slice(-8)).toEqual([
			'solFirstName',
			'solLastName',
			'solPhone',
			'solEmail',
			'conFirstName',
			'conLastName',
			'conPhone',
			'conEmail'
		]);
		const positions = fields.map((f) => CONTACT_ORDER.indexOf(f));
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		expect(fields.indexOf('phoneExt')).toBe(fields.indexOf('phone') + 1);
		expect(fields.indexOf('fax')).toBe(fields.indexOf('phoneExt') + 1);
	});

	it('names every field but acceptedAddress in the page order', () => {
		expect([...CONTACT_ORDER].sort()).toEqual(
			Object.keys(CONTACT_FIELDS)
				.filter((f) => f !== 'acceptedAddress')
				.sort()
		);
	});
});

describe('additional contacts', () => {
	it('"later" (the default) requires nothing', () => {
		const v = main();
		expect(v.solicitationContact).toBe('later');
		expect(v.contractContact).toBe('later');
		expect(contactProblems(v)).toEqual([]);
	});

	it('"now" requires first name, last name, phone and email', () => {
		expect(contactProblems({ ...main(), solicitationContact: 'now' })).toEqual([
			{
				field: 'solFirstName',
				message: 'Enter the First Name of the Solicitation Notification Contact'
			},
			{
				field: 'solLastName',
				message: 'Enter the Last Name of the Solicitation Notification Contact'
			},
			{ field: 'solPhone', message: 'Enter the Phone of the Solicitation Notification Contact' },
			{
				field: 'solEmail',
				message: 'Enter the Email Address of the Solicitation Notification Contact'
			}
		]);
		expect(contactProblems({ ...main(), contractContact: 'now' }).map((p) => p.field)).toEqual([
			'conFirstName',
			'conLastName',
			'conPhone',
			'conEmail'
		]);
	});
});

describe('phones by country', () => {
	it('a U.S. contact uses the U.S. format', () => {
		expect(contactProblems({ ...main(), phone: '+44 20 7946 0958' })).toEqual([
			{
				field: 'phone',
				message:
					'Enter the Main Phone Number as 10 digits with the area code, for example (201) 555-0123'
			}
		]);
	});

	it('a contact outside the U.S. uses the international format', () => {
		const abroad = personaValues('out-of-country').contact;
		expect(contactProblems({ ...abroad, phone: '+44 20 7946 0958' })).toEqual([]);
		expect(contactProblems({ ...abroad, fax: '12345' })).toEqual([
			{
				field: 'fax',
				message: 'Start the Fax Number with + and the country code, for example +44 20 7946 0958'
			}
		]);
	});
});

describe('normalizePhone', () => {
	it.each([
		['(201) 555-0123', '2015550123'],
		['201.555.0123', '2015550123'],
		['201-555-0123', '2015550123'],
		['2015550123', '2015550123'],
		['+1 201 555 0123', '2015550123'],
		['1 (201) 555-0123', '2015550123']
	])('U.S. %j → %j', (input, expected) => {
		expect(normalizePhone(input)).toBe(expected);
		expect(normalizePhone(input, 'United States')).toBe(expected);
	});

	it.each([
		'',
		'555-0123',
		'(101) 555-0123',
		'(201) 155-0123',
		'(201) 555-CALL',
		'+44 20 7946 0958'
	])('U.S. rejects %j', (input) => expect(normalizePhone(input)).toBeNull());

	it('stores international numbers as + and digits', () => {
		expect(normalizePhone('+44 20 7946 0958', 'United Kingdom')).toBe('+442079460958');
		expect(normalizePhone('+1 416 555 0199', 'Canada')).toBe('+14165550199');
		expect(normalizePhone('+12', 'Canada')).toBeNull();
	});
});

describe('usernameMessage', () => {
	it.each([
		['SampleVendor', null],
		['sv_new-haven.2', null],
		['', 'Enter a UserName'],
		[
			'jane@example.com',
			'A UserName cannot contain @: choose a name rather than your e-mail address'
		],
		['abc', 'A UserName must be 4 to 30 characters long'],
		['a'.repeat(31), 'A UserName must be 4 to 30 characters long'],
		[
			'jane doe',
			'A UserName can only use letters, numbers, dots (.), underscores (_) and dashes (-)'
		]
	])('%j → %j', (input, expected) => {
		expect(usernameMessage(input)).toBe(expected);
	});
});

describe('passwords', () => {
	it('names every unmet rule in one message', () => {
		expect(
			contactProblems({ ...main(), password: 'abc', confirmPassword: 'abc' }).map((p) => p.message)
		).toEqual([
			'The Password needs at least 8 characters, an upper-case letter, a number and a special character (for example ! @ # $ %)'
		]);
	});

	it('compares the UserName without regard to case', () => {
		const v = { ...main(), password: 'samplevendor!X1', confirmPassword: 'samplevendor!X1' };
		expect(contactProblems(v)).toEqual([
			{ field: 'password', message: 'The Password must not contain your UserName' }
		]);
	});
});

describe('contactSchema', () => {
	it('puts each message on its field path', () => {
		const r = contactSchema.safeParse({ ...main(), firstName: '', confirmPassword: 'other' });
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
			[['firstName'], 'Enter the First Name of the main contact'],
			[['confirmPassword'], 'The Password and Confirm Password do not match']
		]);
	});

	it('rejects an additional contact choice other than now or later on its path', () => {
		const r = contactSchema.safeParse({ ...main(), solicitationContact: 'never' });
		expect(r.error?.issues.map((i) => i.path)).toEqual([['solicitationContact']]);
	});
});

describe('the guide’s phone rule (the “as the guide” study variant)', () => {
	it('asks for digits only, no spaces or hyphens, in every U.S. phone field', async () => {
		const { guidePhoneProblems } = await import('$lib/domain/registration/contact');
		const { personaValues } = await import('$lib/domain/registration/personas');
		const v = personaValues('parent-fein').contact;
		expect(guidePhoneProblems(v)).toEqual([
			{ field: 'phone', message: 'Use digits only in the Main Phone Number, no spaces or hyphens' },
			{ field: 'fax', message: 'Use digits only in the Fax Number, no spaces or hyphens' }
		]);
		expect(guidePhoneProblems({ ...v, phone: '8605550123', fax: '' })).toEqual([]);
		expect(
			guidePhoneProblems({ ...v, phone: '8605550123', fax: '', solPhone: '860-555-0100' })
		).toEqual([
			{ field: 'solPhone', message: 'Use digits only in the Phone, no spaces or hyphens' }
		]);
		expect(guidePhoneProblems({ ...v, country: 'Canada', phone: '+1 416 555 0100' })).toEqual([]);
	});
});
