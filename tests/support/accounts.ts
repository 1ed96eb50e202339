/**
 * Accounts as the registration writes them, for tests: a persona's organization (the input of
 * createAccount, or the stored record) and a change's patch applied to a record.
 */
import { taxpayerId } from '$lib/domain/registration';
import { personaValues, type PersonaId } from '$lib/domain/registration/fixtures';
import type { OrganizationPatch, OrganizationRecord } from '$lib/storage';
import { organizationDetails } from '$lib/registration/submit';

/** The organization a persona registers, as createAccount receives it from the wizard. */
export function personaOrganization(id: PersonaId) {
	const values = personaValues(id);
	return {
		legalName: values.organization.legalName,
		tin: taxpayerId(values.organization)?.digits ?? null,
		duns: values.organization.duns || null,
		details: organizationDetails(values)
	};
}

/** The organization record the registration writes for a persona. */
export function recordOf(id: PersonaId): OrganizationRecord {
	const values = personaValues(id);
	const tin = taxpayerId(values.organization);
	return {
		id: `org-${id}`,
		schemaVersion: 2,
		createdAt: '2026-01-05T10:00:00.000Z',
		updatedAt: '2026-01-05T10:00:00.000Z',
		legalName: values.organization.legalName,
		tin: tin?.digits ?? null,
		duns: values.organization.duns.trim() || null,
		details: JSON.parse(JSON.stringify(organizationDetails(values)))
	};
}

/** The record after applying a change's patch, as updateOrganization would. */
export function applied(org: OrganizationRecord, patch: OrganizationPatch) {
	return {
		...org,
		...(patch.legalName !== undefined && { legalName: patch.legalName }),
		...(patch.tin !== undefined && { tin: patch.tin }),
		...(patch.duns !== undefined && { duns: patch.duns }),
		...(patch.details !== undefined && { details: JSON.parse(JSON.stringify(patch.details)) })
	} as OrganizationRecord;
}
