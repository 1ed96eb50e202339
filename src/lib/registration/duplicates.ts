/**
 * The registration rules that need what is already registered in this browser: one place, used on
 * Next (as field errors) and again on Submit.
 */
// Each from its own module, not through `$lib/domain/registration`: Steps 2 and 3 load this,
// and each brings only its own step's rules.
import type { ContactValues } from '$lib/domain/registration/contact';
import type { FieldProblem } from '$lib/domain/registration/fields';
import type { OrganizationValues } from '$lib/domain/registration/organization';
import { taxpayerId } from '$lib/domain/registration/taxpayer';
import { normalizeDuns } from '$lib/domain/validators';

/**
 * The accounts store, loaded on first use: the wizard pages open without it (and without the
 * password hashing it brings), which keeps them within their size budget.
 */
export const accounts = () => import('$lib/storage/accounts');

/**
 * A Parent/Holding Company whose FEIN/SSN is registered is refused (log in instead); a Branch may
 * share its parent's FEIN, but no one may reuse a registered DUNS number.
 */
export async function organizationDuplicates(v: OrganizationValues): Promise<FieldProblem[]> {
	const problems: FieldProblem[] = [];
	const { findOrganizationByDuns, findOrganizationsByTin } = await accounts();
	const tin = taxpayerId(v);
	if (tin && v.orgType === 'parent') {
		const found = await findOrganizationsByTin(tin.digits);
		if (found.ok && found.value.length > 0) {
			const name =
				tin.kind === 'fein' ? 'Federal Employer Identification Number' : 'Social Security Number';
			problems.push({
				field: tin.kind,
				message: `This ${name} is already registered in CTsource. If your organization is registered, log in instead (Log In, at the top of the page); to register another location, choose Branch.`
			});
		}
	}
	const duns = normalizeDuns(v.duns);
	if (duns) {
		const found = await findOrganizationByDuns(duns);
		if (found.ok && found.value) {
			problems.push({
				field: 'duns',
				message:
					'This DUNS number is already registered in CTsource. Each Branch needs its own DUNS number; if this location is registered, log in instead.'
			});
		}
	}
	return problems;
}

export const usernameTakenMessage = (username: string) =>
	`The UserName “${username}” is already taken. Choose a different UserName.`;

/** UserNames are unique across every organization, ignoring letter case. */
export async function contactDuplicates(v: ContactValues): Promise<FieldProblem[]> {
	const username = v.username.trim();
	const { isUsernameAvailable } = await accounts();
	const available = await isUsernameAvailable(username);
	return available.ok && !available.value
		? [{ field: 'username', message: usernameTakenMessage(username) }]
		: [];
}
