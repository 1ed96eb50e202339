/**
 * Who the demo story and the sample data act as: a registered supplier user found by username (for
 * the response functions that take a responder instead of the portal session), the story's staff
 * member signed in for the tab, and the absolute links the e-mails carry. Loaded with the story or
 * the sample data, never with the demo page.
 */
import { resolve } from '$app/paths';
import type { Links } from '$lib/agency/solicitations';
import type { Responder } from '$lib/boards/responses';
import {
	currentReviewer,
	endReviewerSession,
	findReviewer,
	startReviewerSession,
	type Reviewer
} from '$lib/boards/reviewers';
import { fail, ok, type Result } from '$lib/domain/result';
import { findUserByLogin, getOrganization } from '$lib/storage/accounts';

/** The staff member the story and the sample data act as (Janet Morales, DAS). */
export const STORY_STAFF_ID = 'rev-das';

/** A registered supplier user and its organization, or null when the username is not registered. */
export async function responderOf(username: string): Promise<Result<Responder | null>> {
	const found = await findUserByLogin(username);
	if (!found.ok) return found;
	const user = found.value.find((u) => u.usernameLower === username.toLowerCase());
	if (!user) return ok(null);
	const org = await getOrganization(user.organizationId);
	return org.ok ? ok({ user, organization: org.value }) : org;
}

/**
 * The staff member signed in in this tab; the story's own is signed in when nobody is (as the
 * presenter would on /agency), so its agency steps run through the workspace's functions.
 */
export function ensureStaff(): Result<Reviewer> {
	const who = currentReviewer();
	if (who) return ok(who);
	const staff = findReviewer(STORY_STAFF_ID);
	if (!staff) return fail('invalid', 'The sample agency staff account is missing.');
	startReviewerSession(staff);
	return ok(staff);
}

/**
 * Runs `work` as agency staff and leaves the tab's staff sign-in as it found it: the sample data
 * loader acts as staff for a moment, it does not sign the presenter in.
 */
export async function asStaffForAMoment<T>(work: (who: Reviewer) => Promise<T>): Promise<T> {
	const before = currentReviewer();
	const who = ensureStaff();
	if (!who.ok) throw new Error(who.error.message);
	try {
		return await work(who.value);
	} finally {
		if (!before) endReviewerSession();
	}
}

const absolute = (path: string) => new URL(path, location.href).href;

/** The e-mails' links (absolute), as the agency workspace makes them. */
export function demoLinks(): Links {
	return {
		solicitationUrl: (id) => absolute(`${resolve('/bids/view')}?id=${encodeURIComponent(id)}`),
		portalUrl: (path) => absolute(`${resolve('/')}${path.replace(/^\//, '')}`)
	};
}

export const loginUrl = () => absolute(resolve('/login'));

/**
 * A small real PDF (the signature, the binary comment line and one empty page), so the upload
 * rules that read a file's first bytes accept it as the PDF it claims to be.
 */
export function samplePdf(name: string): File {
	const text = (s: string) => new TextEncoder().encode(s);
	const parts = [
		text('%PDF-1.4\n%'),
		new Uint8Array([0xe2, 0xe3, 0xcf, 0xd3]),
		text(
			'\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n' +
				'2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n' +
				'3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>> endobj\n' +
				'trailer <</Root 1 0 R>>\n%%EOF\n'
		)
	];
	return new File(parts, name, { type: 'application/pdf' });
}
