/**
 * The organization as the portal edits it: typed reads of the record's details (written by the
 * registration, see src/lib/registration/submit.ts) and the one way to save a change, which checks
 * the permission again and records who changed what in the organization's history.
 */
import type { OrganizationPatch, OrganizationRecord } from '$lib/storage/accounts';
import type { Result } from '$lib/domain/result';
import { updateOrganization } from '$lib/storage/accounts';
import { fail, ok } from '$lib/domain/result';
import {
	decisionAfterEdit,
	identifyingChanges,
	returnedToPendingNote,
	type IdentifyingFields,
	type RegistrationDecision
} from '$lib/domain/procurement';
import { loadReturnToPending } from '$lib/agency/settings';
import { session } from './session.svelte';

export const STATE_OF_CONNECTICUT = 'State of Connecticut';

/** Buying organizations the supplier is registered with (always the State of Connecticut). */
export function buyersOf(org: OrganizationRecord | null): string[] {
	const list = org?.details.buyers ?? [];
	return list.includes(STATE_OF_CONNECTICUT) ? list : [STATE_OF_CONNECTICUT, ...list];
}

/** The supplier's selected UNSPSC codes ([] with "Unknown"). */
export function codesOf(org: OrganizationRecord | null): string[] {
	return org?.details.codes ?? [];
}

/** Two-letter codes of the states the organization serves (Service Regions). */
export function regionsOf(org: OrganizationRecord | null): string[] {
	return org?.details.regions ?? [];
}

export const NO_CHANGES_MESSAGE = 'Nothing was changed, so there was nothing to save.';

/**
 * Saves a change to the signed-in user's organization. `change` gets the organization as stored
 * now and returns the patch and the labels of the fields it changes (for the history); no labels
 * means nothing changed. Needs the "Manage organization profile" permission.
 */
export async function saveOrganization(
	section: string,
	change: (org: OrganizationRecord) => { patch: OrganizationPatch; fields: string[] }
): Promise<Result<OrganizationRecord>> {
	const auth = await session.authorize('manage-profile');
	if (!auth.ok) return auth;
	const { user, organization } = auth.value;
	const { patch, fields } = change(organization);
	if (!fields.length) return fail('invalid', NO_CHANGES_MESSAGE);
	const review = await reviewAfterEdit(organization, patch, fields);
	const saved = await updateOrganization(
		organization.id,
		{ ...patch, ...(review && { registration: review.decision }) },
		{
			userId: user.id,
			userName: `${user.firstName} ${user.lastName}`.trim() || user.username,
			section,
			fields: review ? [...fields, review.note] : fields
		}
	);
	if (saved.ok) session.organization = saved.value;
	return saved.ok ? ok(saved.value) : saved;
}

const identifying = (org: OrganizationRecord, patch: OrganizationPatch): IdentifyingFields => ({
	legalName: patch.legalName ?? org.legalName,
	dbaName: patch.details?.dbaName ?? org.details.dbaName,
	businessType: patch.details?.businessType ?? org.details.businessType,
	tin: patch.tin !== undefined ? patch.tin : org.tin
});

/**
 * The registration's new status when this save sends it back for review (an approved supplier
 * changed what identifies it, or a declined one saved a correction), with the history's note.
 */
async function reviewAfterEdit(
	org: OrganizationRecord,
	patch: OrganizationPatch,
	fields: string[]
): Promise<{ decision: RegistrationDecision; note: string } | null> {
	const changed = identifyingChanges(identifying(org, {}), identifying(org, patch));
	const decision = decisionAfterEdit(
		org.registration,
		{ identifying: changed, fields },
		{ returnToPending: await loadReturnToPending() },
		new Date().toISOString()
	);
	return decision ? { decision, note: returnedToPendingNote(changed) } : null;
}

/** Labels of the keys whose values differ between two plain objects (JSON comparison). */
export function changedFields(
	before: Record<string, unknown>,
	after: Record<string, unknown>,
	labels: Record<string, string>
): string[] {
	return Object.keys(labels)
		.filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
		.map((key) => labels[key]!);
}
