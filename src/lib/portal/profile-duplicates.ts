/**
 * Edit Main Org Info's rules that need the other registrations in this browser: the registration's
 * duplicate rules (src/lib/registration/duplicates.ts), leaving this organization itself out.
 * A Parent/Holding Company cannot take a FEIN/SSN another organization is registered with (a
 * Branch may share its parent's); nobody may take another organization's DUNS number.
 */
import type { FieldProblem } from '$lib/domain/registration/fields';
import { taxpayerId, type OrganizationValues } from '$lib/domain/registration/organization';
import { normalizeDuns } from '$lib/domain/validators';
import {
	findOrganizationByDuns,
	findOrganizationsByTin,
	type OrganizationRecord
} from '$lib/storage/accounts';
import { tinChange } from './profile/record-values';

export const TIN_TAKEN_MESSAGE = (kind: 'fein' | 'ssn') =>
	`This ${kind === 'fein' ? 'Federal Employer Identification Number' : 'Social Security Number'} is already registered in CTsource for another organization. Check the number; a Branch may share its parent's number.`;

export const DUNS_TAKEN_MESSAGE =
	'This DUNS number is already registered in CTsource for another organization. Each Branch needs its own DUNS number.';

export async function orgInfoDuplicates(
	org: OrganizationRecord,
	v: OrganizationValues
): Promise<FieldProblem[]> {
	const problems: FieldProblem[] = [];
	const tin = taxpayerId(v);
	// Checked when the number changes, or when a Branch (which may share) becomes a Parent.
	const becomesParent = v.orgType === 'parent' && org.details.orgType === 'branch';
	if (tin && v.orgType === 'parent' && (tinChange(org, v) || becomesParent)) {
		const found = await findOrganizationsByTin(tin.digits);
		if (found.ok && found.value.some((o) => o.id !== org.id)) {
			problems.push({ field: tin.kind, message: TIN_TAKEN_MESSAGE(tin.kind) });
		}
	}
	const duns = normalizeDuns(v.duns);
	if (duns && duns !== org.duns) {
		const found = await findOrganizationByDuns(duns);
		if (found.ok && found.value && found.value.id !== org.id) {
			problems.push({ field: 'duns', message: DUNS_TAKEN_MESSAGE });
		}
	}
	return problems;
}
