/**
 * Edit Users' form ("New User under {organization}" and the edit page): its fields, labels and
 * rules, and the conversions between a user record and the form. Pure TypeScript: the rules are
 * the registration's (address, UserName, password policy) so a user added here meets the same
 * standard as the main contact who registered.
 */
import { PERMISSIONS, type Permission } from '$lib/domain/permissions';
// The modules themselves, not the registration index: pages importing this stay small.
import {
	ADDRESS_FIELDS,
	addressKey,
	addressNotFound,
	checkAddress,
	normalizePostalCode,
	type AddressValues
} from '$lib/domain/registration/address';
import { usernameMessage } from '$lib/domain/registration/contact';
import {
	ProblemList,
	tooLong,
	type FieldMeta,
	type FieldProblem
} from '$lib/domain/registration/fields';
import { COUNTRIES, OTHER_STATE, UNITED_STATES } from '$lib/domain/registration/options';
import {
	emailProblem,
	isBlank,
	normalizeEmail,
	USERNAME_MAX_LENGTH,
	USERNAME_MIN_LENGTH
} from '$lib/domain/validators';
import type { StoredAddress, UserDetails } from '$lib/domain/accounts';
import type { UserRecord } from '$lib/storage/accounts';
import { newPasswordProblems } from './password-reset';

// A type (not an interface) so it is a plain record to the form state's generics.
export type UserFormValues = AddressValues & {
	firstName: string;
	middleInitial: string;
	lastName: string;
	email: string;
	username: string;
	/** Only on "New User"; never stored (addUser keeps the hash only). */
	password: string;
	confirmPassword: string;
	/** The PERMISSIONS roles ticked. */
	permissions: Permission[];
};

/** The id of a permission's checkbox (error summary links point at it). */
export const permissionFieldId = (role: Permission) => `permission-${role}`;

export type UserFormField =
	Exclude<keyof UserFormValues, 'permissions'> | ReturnType<typeof permissionFieldId>;

const NAME_MAX = 50;

/** UserNames are unique across CTsource, ignoring letter case. */
export const takenMessage = (username: string) =>
	`The UserName “${username.trim()}” is already taken. Choose a different UserName.`;

export const USER_FIELDS = {
	...ADDRESS_FIELDS,
	country: { label: 'Country', required: true },
	firstName: { label: 'First Name', required: true, max: NAME_MAX },
	middleInitial: { label: 'Middle Initial', max: 1, hint: 'One letter.' },
	lastName: { label: 'Last Name', required: true, max: NAME_MAX },
	email: {
		label: 'Email',
		required: true,
		hint: 'Solicitation notifications and password reset e-mails for this user go here. Several users may share an address.'
	},
	username: {
		label: 'UserName',
		required: true,
		max: USERNAME_MAX_LENGTH,
		hint: `The name this user will log in with: ${USERNAME_MIN_LENGTH} to ${USERNAME_MAX_LENGTH} letters, numbers, dots, underscores or dashes (no @). Unique in CTsource.`
	},
	password: {
		label: 'Password',
		required: true,
		hint: 'Passwords must be at least 8 characters in length, must be a mix of upper-case and lower-case letters, numbers and special characters.'
	},
	confirmPassword: {
		label: 'Confirm Password',
		required: true,
		hint: 'Enter the password a second time to ensure accuracy.'
	}
} as const satisfies Record<Exclude<keyof UserFormValues, 'permissions'>, FieldMeta>;

/** Field ids in page order: the error summary lists problems in this order. */
export const USER_FORM_ORDER: readonly UserFormField[] = [
	'firstName',
	'middleInitial',
	'lastName',
	'country',
	'address1',
	'address2',
	'postalCode',
	'city',
	'state',
	'otherRegion',
	'email',
	'username',
	'password',
	'confirmPassword',
	...PERMISSIONS.map((p) => permissionFieldId(p.role))
];

export function emptyUserForm(): UserFormValues {
	return {
		firstName: '',
		middleInitial: '',
		lastName: '',
		country: UNITED_STATES,
		address1: '',
		address2: '',
		city: '',
		state: '',
		otherRegion: '',
		postalCode: '',
		acceptedAddress: '',
		email: '',
		username: '',
		password: '',
		confirmPassword: '',
		permissions: []
	};
}

function nameMessage(value: string, label: string): string | null {
	if (isBlank(value)) return `Enter the ${label} of the user`;
	return value.trim().length > NAME_MAX ? tooLong(label, NAME_MAX) : null;
}

/**
 * Every problem of the form, in page order. `withPassword` on "New User" (the edit page has no
 * password fields: a reset e-mail lets the user choose a new one).
 */
export function userFormProblems(
	v: UserFormValues,
	options: { withPassword: boolean }
): FieldProblem<UserFormField>[] {
	const p = new ProblemList<UserFormField>();
	p.add('firstName', nameMessage(v.firstName, 'First Name'));
	p.add(
		'middleInitial',
		!isBlank(v.middleInitial) &&
			!/^\p{L}\.?$/u.test(v.middleInitial.trim()) &&
			'Enter the Middle Initial as one letter, or leave it empty'
	);
	p.add('lastName', nameMessage(v.lastName, 'Last Name'));
	checkAddress(v, p, (f) => f, 'the user');
	const email = emailProblem(v.email);
	p.add(
		'email',
		email === 'empty'
			? 'Enter the Email of the user'
			: email && 'Enter an e-mail address in the correct format, like name@example.com'
	);
	p.add('username', usernameMessage(v.username));
	if (options.withPassword) {
		const pw = newPasswordProblems(
			{ password: v.password, confirm: v.confirmPassword, username: v.username },
			{ password: 'Password', confirm: 'Confirm Password' }
		);
		p.add('password', pw.password?.replace('your UserName', 'the UserName'));
		p.add('confirmPassword', pw.confirm);
	}
	const rank = (f: UserFormField) => USER_FORM_ORDER.indexOf(f);
	return [...p.items].sort((a, b) => rank(a.field) - rank(b.field));
}

/** The Middle Initial as stored: one upper-case letter, or ''. */
export function normalizeMiddleInitial(value: string): string {
	return value.trim().replace(/\.$/, '').toUpperCase();
}

/** The address as kept in the user's details. */
export function storedUserAddress(a: AddressValues) {
	return {
		country: a.country,
		address1: a.address1.trim(),
		address2: a.address2.trim(),
		city: a.city.trim(),
		state: a.state,
		otherRegion: a.state === OTHER_STATE ? a.otherRegion.trim() : '',
		postalCode: normalizePostalCode(a),
		acceptedAsEntered: addressNotFound(a) && a.acceptedAddress === addressKey(a)
	};
}

/** What addUser / updateUser receive from the form (no password: it is passed on its own). */
export interface UserInput {
	firstName: string;
	lastName: string;
	email: string;
	username: string;
	permissions: Permission[];
	details: {
		middleInitial: string;
		country: string;
		address: ReturnType<typeof storedUserAddress>;
	};
}

export function userInput(v: UserFormValues): UserInput {
	return {
		firstName: v.firstName.trim(),
		lastName: v.lastName.trim(),
		email: normalizeEmail(v.email),
		username: v.username.trim(),
		permissions: PERMISSIONS.map((p) => p.role).filter((r) => v.permissions.includes(r)),
		details: {
			middleInitial: normalizeMiddleInitial(v.middleInitial),
			country: v.country,
			address: storedUserAddress(v)
		}
	};
}

/**
 * A user record as form values. A user without an address of their own (the main contact, whose
 * address the registration kept with the organization) starts from `fallbackAddress`.
 */
export function userFormValues(
	user: UserRecord,
	fallbackAddress?: Partial<StoredAddress>
): UserFormValues {
	const { details } = user;
	const a: Partial<StoredAddress> = details.address ?? fallbackAddress ?? {};
	const country = a.country || details.country;
	const values: UserFormValues = {
		...emptyUserForm(),
		firstName: user.firstName,
		middleInitial: details.middleInitial,
		lastName: user.lastName,
		country: COUNTRIES.includes(country) ? country : UNITED_STATES,
		address1: a.address1 ?? '',
		address2: a.address2 ?? '',
		city: a.city ?? '',
		state: a.state ?? '',
		otherRegion: a.otherRegion ?? '',
		postalCode: a.postalCode ?? '',
		email: user.email,
		username: user.username,
		permissions: PERMISSIONS.map((p) => p.role).filter((r) => user.roles.includes(r))
	};
	// "Use this address as entered" was chosen when it was saved; it holds while unchanged.
	if (addressNotFound(values)) values.acceptedAddress = addressKey(values);
	return values;
}

/** The user's name as the list shows it: "Jane Q. Doe". */
export function displayName(
	user: Pick<UserRecord, 'firstName' | 'lastName'> & { details: Pick<UserDetails, 'middleInitial'> }
): string {
	const initial = user.details.middleInitial;
	return [user.firstName, initial && `${initial}.`, user.lastName].filter(Boolean).join(' ');
}
