/**
 * Supplier registrations as the agency workspace reviews them: every registered organization with
 * its status, newest first, and the agency's decision (approve, or decline with a reason), which
 * is written with its history entry and e-mailed to the organization's main contact.
 */
import type { Reviewer } from '$lib/boards/reviewers';
import { signedInStaff } from './staff';
import {
	decisionProblem,
	registrationStatusOf,
	REGISTRATION_STATUS_LABELS,
	type RegistrationStatus
} from '$lib/domain/procurement';
import { fail, ok, type Result } from '$lib/domain/result';
import {
	listOrganizations,
	updateOrganization,
	type OrganizationRecord
} from '$lib/storage/accounts';
import { queueEmail } from '$lib/storage/outbox';
import { SUPPLIER_SUPPORT } from '$lib/site';

export interface RegistrationRow {
	id: string;
	legalName: string;
	dbaName: string;
	/** ISO instant the registration was submitted. */
	registeredAt: string;
	status: RegistrationStatus;
	/** The decline reason, or what sent it back to Pending. */
	note: string | null;
	/** ISO instant of the last decision, if any. */
	decidedAt: string | null;
	decidedBy: string | null;
	mainContact: { name: string; email: string };
}

export function registrationRow(org: OrganizationRecord): RegistrationRow {
	const c = org.details.mainContact;
	const decision = org.registration;
	return {
		id: org.id,
		legalName: org.legalName,
		dbaName: org.details.dbaName,
		registeredAt: org.createdAt,
		status: registrationStatusOf(decision),
		note: decision?.status === 'declined' ? (decision.reason ?? null) : (decision?.by ?? null),
		decidedAt: decision?.at ?? null,
		decidedBy: decision?.status === 'pending' ? null : (decision?.by ?? null),
		mainContact: { name: `${c.firstName} ${c.lastName}`.trim(), email: c.email }
	};
}

/** Every registered organization with its status, newest registration first. */
export async function listRegistrations(): Promise<Result<RegistrationRow[]>> {
	const orgs = await listOrganizations();
	if (!orgs.ok) return orgs;
	const rows = orgs.value.map(registrationRow);
	rows.sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
	return ok(rows, orgs.problems);
}

export { NOT_SIGNED_IN } from './staff';

/**
 * Approves or declines a registration. Checked again here, not only by the page: the staff
 * sign-in is still current, and a decline has a reason. The main contact is e-mailed either way,
 * with the link to Log In (`links.loginUrl`, absolute).
 */
export async function decideRegistration(
	organizationId: string,
	status: 'approved' | 'declined',
	reason: string,
	links: { loginUrl: string },
	now = new Date()
): Promise<Result<OrganizationRecord>> {
	const signedIn = signedInStaff(now.getTime());
	if (!signedIn.ok) return signedIn;
	const staff = signedIn.value;
	const problem = decisionProblem(status, reason);
	if (problem) return fail('invalid', problem);
	const at = now.toISOString();
	const by = `${staff.name}, ${staff.agency}`;
	const saved = await updateOrganization(
		organizationId,
		{
			registration:
				status === 'declined' ? { status, reason: reason.trim(), at, by } : { status, at, by }
		},
		{
			userId: staff.id,
			userName: by,
			section: 'Registration review',
			fields: [
				status === 'declined'
					? `Registration status: Declined (${reason.trim()})`
					: 'Registration status: Approved'
			]
		}
	);
	if (!saved.ok) return saved;
	await emailDecision(saved.value, staff, links.loginUrl);
	return saved;
}

/** The e-mail to the main contact that says what was decided and what to do next. */
async function emailDecision(org: OrganizationRecord, staff: Reviewer, loginUrl: string) {
	const decision = org.registration;
	const status = registrationStatusOf(decision);
	const contact = org.details.mainContact;
	const body =
		status === 'declined'
			? [
					`${contact.firstName || org.legalName},`,
					'',
					`The State of Connecticut has declined the CTsource registration of ${org.legalName}.`,
					'',
					`Reason: ${decision?.reason ?? ''}`,
					'',
					'While the registration is declined, your organization receives no solicitation notifications and cannot respond to solicitations. Log in to WebProcure, correct what the reason names in My Account, and save: the registration returns to Pending and is reviewed again.'
				]
			: [
					`${contact.firstName || org.legalName},`,
					'',
					`The State of Connecticut has approved the CTsource registration of ${org.legalName}.`,
					'',
					'Your organization receives solicitation notifications for the UNSPSC codes it selected and can be awarded contracts.'
				];
	await queueEmail({
		kind: `registration-${status}`,
		to: contact.email,
		organizationId: org.id,
		subject: `${org.legalName} - Registration ${REGISTRATION_STATUS_LABELS[status]}`,
		body: [
			...body,
			'',
			`Log in to WebProcure: ${loginUrl}`,
			'',
			`Reviewed by ${staff.name}, ${staff.agency}. For further assistance, please contact ${SUPPLIER_SUPPORT.email} or by phone, ${SUPPLIER_SUPPORT.phone}.`
		].join('\n')
	});
}
