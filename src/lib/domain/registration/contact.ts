/** Step 3 – Contact Information: the main contact, login credentials, additional contacts. */
import {
	emailProblem,
	extensionProblem,
	isBlank,
	parseInternationalPhone,
	parseUsPhone,
	passwordProblems,
	PASSWORD_RULES,
	usernameProblem,
	USERNAME_MAX_LENGTH,
	USERNAME_MIN_LENGTH
} from '../validators';
import { z } from '../zod';
import { ADDRESS_FIELDS, addressShape, checkAddress } from './address';
import {
	ProblemList,
	sortByFieldOrder,
	tooLong,
	type FieldMeta,
	type FieldProblem
} from './fields';
import { SALUTATIONS, UNITED_STATES } from './options';

const text = () => z._default(z.string(), '');
const nowOrLater = () => z._default(z.enum(['now', 'later']), 'later');

export const contactShape = z.object({
	salutation: text(),
	firstName: text(),
	lastName: text(),
	jobTitle: text(),
	phone: text(),
	phoneExt: text(),
	fax: text(),
	email: text(),
	username: text(),
	/** Never stored in a draft (see storage/secrets). */
	password: text(),
	/** Never stored in a draft. */
	confirmPassword: text(),
	...addressShape,
	/** "Later" (the default): the main contact is used until one is added in the portal. */
	solicitationContact: nowOrLater(),
	solFirstName: text(),
	solLastName: text(),
	solPhone: text(),
	solEmail: text(),
	contractContact: nowOrLater(),
	conFirstName: text(),
	conLastName: text(),
	conPhone: text(),
	conEmail: text()
});
export type ContactValues = z.infer<typeof contactShape>;
export type NowOrLater = ContactValues['solicitationContact'];

export type ContactField = keyof ContactValues;

/** The two additional contacts of Step 3: the Now/Later choice and the prefix of their fields. */
export const EXTRA_CONTACTS = [
	{ choice: 'solicitationContact', prefix: 'sol' },
	{ choice: 'contractContact', prefix: 'con' }
] as const;
/** The fields each additional contact asks for when entered "Now", in page order. */
export const EXTRA_CONTACT_PARTS = ['FirstName', 'LastName', 'Phone', 'Email'] as const;
export type ExtraPart = (typeof EXTRA_CONTACT_PARTS)[number];

const NAME_MAX = 50;

export const CONTACT_FIELDS = {
	...ADDRESS_FIELDS,
	salutation: { label: 'Salutation' },
	firstName: { label: 'First Name', required: true, max: NAME_MAX },
	lastName: { label: 'Last Name', required: true, max: NAME_MAX },
	jobTitle: { label: 'Job Title', max: NAME_MAX },
	phone: {
		label: 'Main Phone Number',
		required: true,
		hint: 'Area code, prefix and number, for example (201) 555-0123. Outside the United States, start with + and the country code.'
	},
	phoneExt: { label: 'Extension', hint: 'Direct extension, if any (digits only).' },
	fax: {
		label: 'Fax Number',
		hint: 'Area code, prefix and fax number, for example (201) 555-0123.'
	},
	email: {
		label: 'Email Address',
		required: true,
		hint: 'This address will receive all notifications based upon the UNSPSC codes you select, and a confirmation of this registration.'
	},
	username: {
		label: 'UserName',
		required: true,
		max: USERNAME_MAX_LENGTH,
		hint: `A unique name you will use to log in: ${USERNAME_MIN_LENGTH} to ${USERNAME_MAX_LENGTH} letters, numbers, dots, underscores or dashes (no @).`
	},
	password: { label: 'Password', required: true },
	confirmPassword: { label: 'Confirm Password', required: true },
	solicitationContact: { label: 'Solicitation Notification Contact' },
	solFirstName: { label: 'First Name', required: true, max: NAME_MAX },
	solLastName: { label: 'Last Name', required: true, max: NAME_MAX },
	solPhone: { label: 'Phone', required: true },
	solEmail: { label: 'Email Address', required: true },
	contractContact: { label: 'Contract Notification Contact' },
	conFirstName: { label: 'First Name', required: true, max: NAME_MAX },
	conLastName: { label: 'Last Name', required: true, max: NAME_MAX },
	conPhone: { label: 'Phone', required: true },
	conEmail: { label: 'Email Address', required: true }
} as const satisfies Record<ContactField, FieldMeta>;

export { SALUTATIONS };

/** Shown for an additional contact left for "Later". */
export const LATER_NOTE =
	'The Main Contact above will be used until this contact is added in the Vendor Portal.';

export function emptyContact(): ContactValues {
	return contactShape.parse({});
}

/** The phone number as stored: 10 digits for U.S. numbers, + and digits otherwise. */
export function normalizePhone(input: string, country: string = UNITED_STATES): string | null {
	const parsed = country === UNITED_STATES ? parseUsPhone(input) : parseInternationalPhone(input);
	return parsed.ok ? parsed.digits : null;
}

/** A message naming the phone it is about (Main Phone Number, Fax Number, Phone). */
function phoneMessage(input: string, country: string, label: string): string | null {
	if (country !== UNITED_STATES) {
		const r = parseInternationalPhone(input);
		if (r.ok) return null;
		return r.reason === 'country-code'
			? `Start the ${label} with + and the country code, for example +44 20 7946 0958`
			: `Enter the ${label} with + and the country code, 7 to 15 digits, for example +44 20 7946 0958`;
	}
	const r = parseUsPhone(input);
	if (r.ok) return null;
	switch (r.reason) {
		case 'characters':
			return `Use only digits, spaces, dashes, dots and brackets in the ${label}, for example (201) 555-0123`;
		case 'area':
			return `Check the area code of the ${label}: it cannot start with 0 or 1`;
		case 'exchange':
			return `Check the ${label}: the 3 digits after the area code cannot start with 0 or 1`;
		default:
			return `Enter the ${label} as 10 digits with the area code, for example (201) 555-0123`;
	}
}

/** "a, b and c". */
function listWithAnd(items: string[]): string {
	return items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const USERNAME_MESSAGES = {
	empty: 'Enter a UserName',
	'at-sign': 'A UserName cannot contain @: choose a name rather than your e-mail address',
	characters: 'A UserName can only use letters, numbers, dots (.), underscores (_) and dashes (-)',
	length: `A UserName must be ${USERNAME_MIN_LENGTH} to ${USERNAME_MAX_LENGTH} characters long`
} as const;

export function usernameMessage(username: string): string | null {
	const problem = usernameProblem(username);
	return problem && USERNAME_MESSAGES[problem];
}

function emailMessage(email: string, whose: string): string | null {
	const problem = emailProblem(email);
	if (!problem) return null;
	return problem === 'empty'
		? `Enter the Email Address of ${whose}`
		: 'Enter an e-mail address in the correct format, like name@example.com';
}

function nameMessage(value: string, label: string, whose: string): string | null {
	if (isBlank(value)) return `Enter the ${label} of ${whose}`;
	return value.trim().length > NAME_MAX ? tooLong(label, NAME_MAX) : null;
}

/**
 * Every problem in Step 3, in page order. Password rules are listed as one message naming what is
 * missing; the checklist under the field shows each rule.
 */
export function contactProblems(v: ContactValues): FieldProblem<ContactField>[] {
	const p = new ProblemList<ContactField>();
	const main = 'the main contact';
	p.add(
		'salutation',
		v.salutation !== '' &&
			!(SALUTATIONS as readonly string[]).includes(v.salutation) &&
			'Select a Salutation from the list'
	);
	p.add('firstName', nameMessage(v.firstName, 'First Name', main));
	p.add('lastName', nameMessage(v.lastName, 'Last Name', main));
	p.add('jobTitle', v.jobTitle.trim().length > NAME_MAX && tooLong('Job Title', NAME_MAX));
	p.add(
		'phone',
		isBlank(v.phone)
			? 'Enter the Main Phone Number, with its area code'
			: phoneMessage(v.phone, v.country, 'Main Phone Number')
	);
	const ext = isBlank(v.phoneExt) ? null : extensionProblem(v.phoneExt.trim());
	p.add('phoneExt', ext && 'Enter the extension as 1 to 6 digits');
	p.add('fax', !isBlank(v.fax) && phoneMessage(v.fax, v.country, 'Fax Number'));
	p.add('email', emailMessage(v.email, main));
	p.add('username', usernameMessage(v.username));
	if (v.password === '') {
		p.add('password', 'Enter a Password');
	} else {
		const unmet = passwordProblems(v.password, v.username);
		if (unmet.length > 0) {
			const labels = PASSWORD_RULES.filter((r) => unmet.includes(r.id)).map(
				(r) => r.label.charAt(0).toLowerCase() + r.label.slice(1)
			);
			p.add(
				'password',
				unmet.includes('username') && unmet.length === 1
					? 'The Password must not contain your UserName'
					: `The Password needs ${listWithAnd(labels.filter((l) => !l.startsWith('does not')))}${unmet.includes('username') ? ', and must not contain your UserName' : ''}`
			);
		}
	}
	p.add(
		'confirmPassword',
		v.confirmPassword === ''
			? 'Confirm the Password by entering it again'
			: v.confirmPassword !== v.password && 'The Password and Confirm Password do not match'
	);
	checkAddress(v, p, (f) => f, main);

	for (const extra of EXTRA_CONTACTS) {
		if (v[extra.choice] !== 'now') continue;
		const who = `the ${CONTACT_FIELDS[extra.choice].label}`;
		const field = (part: ExtraPart) => `${extra.prefix}${part}` as const;
		p.add(field('FirstName'), nameMessage(v[field('FirstName')], 'First Name', who));
		p.add(field('LastName'), nameMessage(v[field('LastName')], 'Last Name', who));
		const phone = v[field('Phone')];
		p.add(
			field('Phone'),
			isBlank(phone) ? `Enter the Phone of ${who}` : phoneMessage(phone, v.country, 'Phone')
		);
		p.add(field('Email'), emailMessage(v[field('Email')], who));
	}
	return sortByFieldOrder(p.items, CONTACT_ORDER);
}

export const CONTACT_ORDER: readonly ContactField[] = [
	'salutation',
	'firstName',
	'lastName',
	'jobTitle',
	'phone',
	'phoneExt',
	'fax',
	'email',
	'username',
	'password',
	'confirmPassword',
	'address1',
	'address2',
	'city',
	'state',
	'otherRegion',
	'country',
	'postalCode',
	'solicitationContact',
	'solFirstName',
	'solLastName',
	'solPhone',
	'solEmail',
	'contractContact',
	'conFirstName',
	'conLastName',
	'conPhone',
	'conEmail'
];

/** The phone fields the guide says to enter in digits only. */
const GUIDE_PHONES = ['phone', 'fax', 'solPhone', 'conPhone'] as const;

/**
 * The guide's phone rule, for the usability study's "as the guide" variant: "Use digits only, no
 * spaces or hyphens." The portal itself accepts any usual format (improved); this rule is added
 * on Next, on top of contactProblems, only in that variant. U.S. numbers only (others need +).
 */
export function guidePhoneProblems(v: ContactValues): FieldProblem<ContactField>[] {
	if (v.country !== UNITED_STATES) return [];
	return GUIDE_PHONES.flatMap((field) => {
		const value = v[field].trim();
		if (!value || /^\d+$/.test(value)) return [];
		const label =
			field === 'phone' ? 'Main Phone Number' : field === 'fax' ? 'Fax Number' : 'Phone';
		return [{ field, message: `Use digits only in the ${label}, no spaces or hyphens` }];
	});
}
