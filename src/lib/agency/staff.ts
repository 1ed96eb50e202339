/**
 * The State agency staff member signed in in this tab, as every workspace action checks it again
 * (not only by the page showing the workspace): a sign-in that ran out refuses the action.
 */
import { currentReviewer, type Reviewer } from '$lib/boards/reviewers';
import { fail, ok, type Result } from '$lib/domain/result';

export const NOT_SIGNED_IN =
	'Your agency sign-in has ended. Sign in again as State agency staff to continue.';

export function signedInStaff(now = Date.now()): Result<Reviewer> {
	const who = currentReviewer(now);
	return who ? ok(who) : fail('invalid', NOT_SIGNED_IN);
}
