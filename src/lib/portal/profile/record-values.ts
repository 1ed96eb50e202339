/**
 * My Account's profile forms and the organization record, both ways: the values a page starts
 * from (read from the record the registration wrote, see src/lib/registration/submit.ts), and the
 * patch plus the labels of the changed fields a Save hands to saveOrganization. Pure TypeScript:
 * the same registration rules (src/lib/domain/registration) validate the values.
 *
 * Every comparison goes through one normalizing snapshot per form, so a field counts as changed
 * only when what would be stored differs (retyping a phone number with other dashes is no change).
 */
// The step modules, not the registration index: the index also builds every step's zod schema,
// which these pages do not need (route JavaScript budget).
import {
	addressKey,
	addressNotFound,
	normalizePostalCode,
	type AddressValues
} from '$lib/domain/registration/address';
import {
	CONTACT_FIELDS,
	contactProblems,
	emptyContact,
	EXTRA_CONTACT_PARTS,
	EXTRA_CONTACTS,
	normalizePhone,
	type ContactField,
	type ContactValues
} from '$lib/domain/registration/contact';
import type { FieldProblem } from '$lib/domain/registration/fields';
import { OTHER_STATE, UNITED_STATES } from '$lib/domain/registration/options';
import {
	emptyOrganization,
	ORGANIZATION_FIELDS,
	organizationProblems,
	taxpayerId,
	type OrganizationValues
} from '$lib/domain/registration/organization';
import {
	formatFein,
	formatSsn,
	formatUsPhone,
	maskTin,
	normalizeDuns,
	normalizeEmail,
	type TinKind
} from '$lib/domain/validators';
import type { ExtraContact, StoredAddress } from '$lib/domain/accounts/organization';
import type { OrganizationPatch, OrganizationRecord } from '$lib/storage/accounts';

type Json = Record<string, unknown>;

/** What a Save hands to saveOrganization: the record patch and the labels of what changed. */
export interface ProfileChange {
	patch: OrganizationPatch;
	fields: string[];
}

/** Labels of the keys whose snapshot values differ, in the order of `labels`. */
function diff(before: Json, after: Json, labels: Record<string, string>): string[] {
	return Object.keys(labels)
		.filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
		.map((key) => labels[key]!);
}

// ---- addresses -------------------------------------------------------------------------------

/** A stored address as form values. It was validated when saved, so it counts as accepted. */
function addressValues(a: StoredAddress, fallbackCountry = UNITED_STATES): AddressValues {
	const values: AddressValues = {
		country: a.country || fallbackCountry,
		address1: a.address1,
		address2: a.address2,
		city: a.city,
		state: a.state,
		otherRegion: a.otherRegion,
		postalCode: a.postalCode,
		acceptedAddress: ''
	};
	// "Use this address as entered" was chosen when it was saved; it still holds while unchanged.
	if (addressNotFound(values)) values.acceptedAddress = addressKey(values);
	return values;
}

/** An address as stored (trimmed, postal code normalized, region only with "Other"). */
function storedAddress(a: AddressValues) {
	return {
		address1: a.address1.trim(),
		address2: a.address2.trim(),
		city: a.city.trim(),
		state: a.state,
		otherRegion: a.state === OTHER_STATE ? a.otherRegion.trim() : '',
		postalCode: normalizePostalCode(a),
		country: a.country,
		acceptedAsEntered: addressNotFound(a) && a.acceptedAddress === addressKey(a)
	};
}

const ADDRESS_KEYS = [
	'country',
	'address1',
	'address2',
	'postalCode',
	'city',
	'state',
	'otherRegion'
] as const;

// ---- Edit Main Org Info ----------------------------------------------------------------------

/** The history's name for a change of FEIN/SSN (the number itself is never recorded). */
export const TIN_HISTORY_LABEL = 'Taxpayer Identification Number';

/** The stored taxpayer id: which kind (details.tinKind, FEIN when unknown) and its 9 digits. */
export function storedTin(org: OrganizationRecord): { kind: TinKind; digits: string } | null {
	if (!org.tin) return null;
	return { kind: org.details.tinKind === 'ssn' ? 'ssn' : 'fein', digits: org.tin };
}

/** The taxpayer id with only its last four digits, e.g. "FEIN **-***4567"; null without one. */
export function maskedTin(org: OrganizationRecord): string | null {
	const tin = storedTin(org);
	if (!tin) return null;
	return `${tin.kind === 'ssn' ? 'SSN' : 'FEIN'} ${maskTin(tin.digits, tin.kind)}`;
}

/**
 * Step 2's values prefilled from the record. The stored FEIN/SSN fills its pair (entered and
 * confirmed), so the form is valid as it opens; the page shows it masked until the person
 * chooses to change it (see clearTin).
 */
export function orgInfoValues(org: OrganizationRecord): OrganizationValues {
	const d = org.details;
	const country = d.country || d.address.country || UNITED_STATES;
	const v: OrganizationValues = {
		...emptyOrganization(),
		...addressValues(d.address, country),
		country,
		legalName: org.legalName,
		dbaName: d.dbaName,
		businessType: d.businessType,
		orgType: d.orgType,
		duns: org.duns ?? '',
		dunsConfirm: org.duns ?? ''
	};
	if (addressNotFound(v)) v.acceptedAddress = addressKey(v);
	const tin = storedTin(org);
	if (tin?.kind === 'ssn') v.ssn = v.ssnConfirm = formatSsn(tin.digits);
	else if (tin) v.fein = v.feinConfirm = formatFein(tin.digits);
	return v;
}

/** "Change Taxpayer Identification Number": the new number is entered (twice) from scratch. */
export function clearTin(v: OrganizationValues): OrganizationValues {
	return { ...v, fein: '', feinConfirm: '', ssn: '', ssnConfirm: '' };
}

/** Step 2's rules, as the registration applies them. */
export function orgInfoProblems(v: OrganizationValues): FieldProblem[] {
	return organizationProblems(v);
}

/**
 * The new taxpayer id when it differs from the stored one (another number, or the same digits
 * now given as the other kind); null when it is unchanged or not valid yet.
 */
export function tinChange(
	org: OrganizationRecord,
	v: OrganizationValues
): { kind: TinKind; digits: string } | null {
	const next = taxpayerId(v);
	if (!next) return null;
	const current = storedTin(org);
	return current && current.kind === next.kind && current.digits === next.digits ? null : next;
}

/** Labels of Edit Main Org Info's fields in the history (short forms of the guide's labels). */
export const ORG_INFO_HISTORY_LABELS: Record<string, string> = {
	country: ORGANIZATION_FIELDS.country.label,
	legalName: 'Legal Name of Entity/Individual',
	dbaName: ORGANIZATION_FIELDS.dbaName.label,
	businessType: ORGANIZATION_FIELDS.businessType.label,
	address1: ORGANIZATION_FIELDS.address1.label,
	address2: ORGANIZATION_FIELDS.address2.label,
	postalCode: ORGANIZATION_FIELDS.postalCode.label,
	city: ORGANIZATION_FIELDS.city.label,
	state: ORGANIZATION_FIELDS.state.label,
	otherRegion: ORGANIZATION_FIELDS.otherRegion.label,
	orgType: ORGANIZATION_FIELDS.orgType.label,
	tin: TIN_HISTORY_LABEL,
	duns: ORGANIZATION_FIELDS.duns.label
};

function orgInfoSnapshot(v: OrganizationValues): Json {
	const address = storedAddress(v);
	const tin = taxpayerId(v);
	return {
		country: v.country,
		legalName: v.legalName.trim(),
		dbaName: v.dbaName.trim(),
		businessType: v.businessType,
		...Object.fromEntries(ADDRESS_KEYS.filter((k) => k !== 'country').map((k) => [k, address[k]])),
		orgType: v.orgType,
		tin: tin ? `${tin.kind}:${tin.digits}` : null,
		duns: normalizeDuns(v.duns)
	};
}

/** The Save of Edit Main Org Info: record patch and changed labels (no TIN value in them). */
export function orgInfoChange(org: OrganizationRecord, v: OrganizationValues): ProfileChange {
	const fields = diff(
		orgInfoSnapshot(orgInfoValues(org)),
		orgInfoSnapshot(v),
		ORG_INFO_HISTORY_LABELS
	);
	const tin = taxpayerId(v);
	return {
		fields,
		patch: {
			legalName: v.legalName.trim(),
			tin: tin?.digits ?? null,
			duns: normalizeDuns(v.duns),
			details: {
				...org.details,
				country: v.country,
				dbaName: v.dbaName.trim(),
				businessType: v.businessType,
				orgType: v.orgType,
				tinKind: tin?.kind ?? null,
				address: storedAddress(v)
			}
		}
	};
}

// ---- Edit Contacts -----------------------------------------------------------------------------

/** The registration's login fields: Edit Contacts does not ask for them (Edit Users does). */
const LOGIN_FIELDS: readonly ContactField[] = ['username', 'password', 'confirmPassword'];

export type ExtraChoice = (typeof EXTRA_CONTACTS)[number]['choice'];

/** A phone number as stored, shown the way people write it. */
function phoneForForm(stored: string | null, country: string): string {
	const s = stored ?? '';
	return country === UNITED_STATES ? formatUsPhone(s) : s;
}

/** The main contact and the two notification contacts, prefilled ("now" = the contact exists). */
export function contactValues(org: OrganizationRecord): ContactValues {
	const d = org.details;
	const main = d.mainContact;
	const address = addressValues(main.address, d.country || UNITED_STATES);
	const v: ContactValues = {
		...emptyContact(),
		...address,
		salutation: main.salutation,
		firstName: main.firstName,
		lastName: main.lastName,
		jobTitle: main.jobTitle,
		phone: phoneForForm(main.phone, address.country),
		phoneExt: main.phoneExt,
		fax: phoneForForm(main.fax, address.country),
		email: main.email
	};
	for (const extra of EXTRA_CONTACTS) {
		const c = d[extra.choice];
		if (!c) continue;
		v[extra.choice] = 'now';
		v[`${extra.prefix}FirstName`] = c.firstName;
		v[`${extra.prefix}LastName`] = c.lastName;
		v[`${extra.prefix}Phone`] = phoneForForm(c.phone, address.country);
		v[`${extra.prefix}Email`] = c.email;
	}
	return v;
}

/** Removes a notification contact (its fields emptied, "later": the main contact is used). */
export function removeExtraContact(v: ContactValues, choice: ExtraChoice): ContactValues {
	const extra = EXTRA_CONTACTS.find((e) => e.choice === choice)!;
	const next = { ...v, [choice]: 'later' };
	for (const part of EXTRA_CONTACT_PARTS) next[`${extra.prefix}${part}`] = '';
	return next;
}

/** Step 3's rules without the login fields (UserName, Password). */
export function contactFormProblems(v: ContactValues): FieldProblem<ContactField>[] {
	return contactProblems(v).filter((p) => !LOGIN_FIELDS.includes(p.field));
}

const phoneOrNull = (input: string, country: string): string | null =>
	input.trim() ? (normalizePhone(input, country) ?? input.trim()) : null;

function contactSnapshot(v: ContactValues) {
	const address = storedAddress(v);
	const mainContact = {
		salutation: v.salutation,
		firstName: v.firstName.trim(),
		lastName: v.lastName.trim(),
		jobTitle: v.jobTitle.trim(),
		phone: phoneOrNull(v.phone, v.country),
		phoneExt: v.phoneExt.trim(),
		fax: phoneOrNull(v.fax, v.country),
		email: normalizeEmail(v.email),
		address
	};
	const extra = (choice: ExtraChoice): ExtraContact | null => {
		if (v[choice] !== 'now') return null;
		const { prefix } = EXTRA_CONTACTS.find((e) => e.choice === choice)!;
		const field = (part: (typeof EXTRA_CONTACT_PARTS)[number]) => v[`${prefix}${part}`];
		return {
			firstName: field('FirstName').trim(),
			lastName: field('LastName').trim(),
			phone: phoneOrNull(field('Phone'), v.country),
			email: normalizeEmail(field('Email'))
		};
	};
	return {
		mainContact,
		solicitationContact: extra('solicitationContact'),
		contractContact: extra('contractContact')
	};
}

const MAIN_CONTACT_LABELS: Record<string, string> = {
	salutation: CONTACT_FIELDS.salutation.label,
	firstName: CONTACT_FIELDS.firstName.label,
	lastName: CONTACT_FIELDS.lastName.label,
	jobTitle: CONTACT_FIELDS.jobTitle.label,
	phone: CONTACT_FIELDS.phone.label,
	phoneExt: CONTACT_FIELDS.phoneExt.label,
	fax: CONTACT_FIELDS.fax.label,
	email: CONTACT_FIELDS.email.label
};
const EXTRA_LABELS: Record<string, string> = {
	firstName: 'First Name',
	lastName: 'Last Name',
	phone: 'Phone',
	email: 'Email Address'
};

/** The Save of Edit Contacts: history labels such as "Main Contact: Email Address". */
export function contactChange(org: OrganizationRecord, v: ContactValues): ProfileChange {
	const before = contactSnapshot(contactValues(org));
	const after = contactSnapshot(v);
	const fields = diff(before.mainContact, after.mainContact, MAIN_CONTACT_LABELS).map(
		(label) => `Main Contact: ${label}`
	);
	const addressLabels = Object.fromEntries(ADDRESS_KEYS.map((k) => [k, k]));
	if (diff(before.mainContact.address, after.mainContact.address, addressLabels).length) {
		fields.push('Main Contact: Address');
	}
	for (const extra of EXTRA_CONTACTS) {
		const name = CONTACT_FIELDS[extra.choice].label;
		const was = before[extra.choice];
		const now = after[extra.choice];
		if (!was && now) fields.push(`${name} (added)`);
		else if (was && !now) fields.push(`${name} (removed)`);
		else if (was && now) {
			fields.push(...diff(was, now, EXTRA_LABELS).map((label) => `${name}: ${label}`));
		}
	}
	return {
		fields,
		patch: {
			details: {
				...org.details,
				mainContact: after.mainContact,
				solicitationContact: after.solicitationContact,
				contractContact: after.contractContact
			}
		}
	};
}
