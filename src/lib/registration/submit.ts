/**
 * Submit My Registration: re-validate every step, refuse duplicates, create the organization and
 * its main-contact user, queue the confirmation e-mail, delete the draft.
 */
import { resolve } from '$app/paths';
import type { OrganizationDetails } from '$lib/domain/accounts';
import {
	normalizePhone,
	normalizePostalCode,
	taxpayerId,
	type RegistrationValues,
	type StepSlug
} from '$lib/domain/registration';
import { normalizeDuns, normalizeEmail } from '$lib/domain/validators';
import { createAccount, type OrganizationRecord, type UserRecord } from '$lib/storage/accounts';
import { queueEmail } from '$lib/storage/outbox';
import { SUPPLIER_SUPPORT } from '$lib/site';
import { MAIN_CONTACT_ROLES } from '$lib/domain/permissions';
import { organizationDuplicates } from './duplicates';

export type SubmitOutcome =
	| { kind: 'done'; organization: OrganizationRecord; user: UserRecord }
	| { kind: 'invalid'; step: StepSlug; message?: string }
	| { kind: 'failed'; message: string };

/**
 * The organization's record details: everything but secrets, normalized for storage; what the
 * My Account pages fill in later starts empty.
 */
export function organizationDetails(values: RegistrationValues): OrganizationDetails {
	const { organization: o, contact: c, codes } = values;
	const tin = taxpayerId(o);
	return {
		country: o.country,
		dbaName: o.dbaName.trim(),
		businessType: o.businessType,
		orgType: o.orgType,
		tinKind: tin?.kind ?? null,
		address: {
			address1: o.address1.trim(),
			address2: o.address2.trim(),
			city: o.city.trim(),
			state: o.state,
			otherRegion: o.otherRegion.trim(),
			postalCode: normalizePostalCode(o),
			country: o.country,
			acceptedAsEntered: o.acceptedAddress !== ''
		},
		mainContact: {
			salutation: c.salutation,
			firstName: c.firstName.trim(),
			lastName: c.lastName.trim(),
			jobTitle: c.jobTitle.trim(),
			phone: normalizePhone(c.phone, c.country),
			phoneExt: c.phoneExt.trim(),
			fax: c.fax.trim() ? normalizePhone(c.fax, c.country) : null,
			email: normalizeEmail(c.email),
			address: {
				address1: c.address1.trim(),
				address2: c.address2.trim(),
				city: c.city.trim(),
				state: c.state,
				otherRegion: c.otherRegion.trim(),
				postalCode: normalizePostalCode(c),
				country: c.country
			}
		},
		solicitationContact:
			c.solicitationContact === 'now'
				? {
						firstName: c.solFirstName.trim(),
						lastName: c.solLastName.trim(),
						phone: normalizePhone(c.solPhone),
						email: normalizeEmail(c.solEmail)
					}
				: null,
		contractContact:
			c.contractContact === 'now'
				? {
						firstName: c.conFirstName.trim(),
						lastName: c.conLastName.trim(),
						phone: normalizePhone(c.conPhone),
						email: normalizeEmail(c.conEmail)
					}
				: null,
		codes: codes.unknown ? [] : [...codes.codes].sort(),
		unknownCodes: codes.unknown,
		buyers: ['State of Connecticut'],
		buyerRegistrations: {},
		regions: [],
		accountManagement: {},
		requirements: {}
	};
}

export async function submitRegistration(
	values: RegistrationValues,
	firstInvalid: StepSlug | null
): Promise<SubmitOutcome> {
	if (firstInvalid) return { kind: 'invalid', step: firstInvalid };
	const { organization: o, contact: c } = values;
	// Registered meanwhile (another tab)? The step reopens with the message.
	if ((await organizationDuplicates(o)).length > 0)
		return { kind: 'invalid', step: 'organization' };
	const tin = taxpayerId(o);
	const duns = normalizeDuns(o.duns);
	const created = await createAccount({
		organization: {
			legalName: o.legalName.trim(),
			tin: tin?.digits ?? null,
			duns,
			details: organizationDetails(values)
		},
		user: {
			username: c.username.trim(),
			email: normalizeEmail(c.email),
			firstName: c.firstName.trim(),
			lastName: c.lastName.trim(),
			roles: [...MAIN_CONTACT_ROLES],
			details: { jobTitle: c.jobTitle.trim(), phone: normalizePhone(c.phone, c.country) }
		},
		password: c.password
	});
	if (!created.ok) {
		if (created.error.kind === 'duplicate') {
			return { kind: 'invalid', step: 'contact', message: created.error.message };
		}
		return { kind: 'failed', message: created.error.message };
	}
	const { organization, user } = created.value;
	const loginUrl = new URL(resolve('/login'), location.href).href;
	await queueEmail({
		kind: 'registration-confirmation',
		to: user.email,
		organizationId: organization.id,
		subject: `${organization.legalName} - Registration Confirmation`,
		body: [
			`Thank You ${user.firstName}, you are DONE!`,
			'',
			'Your registration to become a certified bidder for the State of Connecticut is complete.',
			'If the State of Connecticut publishes any opportunities for the categories of UNSPSC commodity codes you have chosen to provide, you will receive an email alert at this address.',
			'',
			`Your username : ${user.username}`,
			'',
			`Log in to WebProcure: ${loginUrl}`,
			'',
			`For further assistance with registration, please contact ${SUPPLIER_SUPPORT.email} or by phone, ${SUPPLIER_SUPPORT.phone}.`
		].join('\n')
	});
	return { kind: 'done', organization, user };
}
