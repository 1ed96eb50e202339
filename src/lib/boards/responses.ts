/**
 * A supplier's response to a solicitation as the solicitation page uses it: the draft saved as the
 * person types, "Intend to respond", submit (with a receipt on screen and by e-mail), revise and
 * withdraw. Every action checks again, not only by hiding its button: the session, the "Respond
 * to solicitations" permission, the registration status and the due date by the demo clock.
 */
import { easternTime } from '$lib/boards/format';
import { demoNow } from '$lib/demo/clock';
import {
	registrationStatusOf,
	responseProblems,
	responseRefusal,
	type ResponseField,
	type ResponseValues
} from '$lib/domain/procurement';
import { can } from '$lib/domain/permissions';
import { fail, ok, type Result } from '$lib/domain/result';
import { session } from '$lib/portal/session.svelte';
import type { OrganizationRecord, UserRecord } from '$lib/storage/accounts';
import { getSolicitation, type SolicitationRecord } from '$lib/storage/boards';
import { statusNow } from './solicitations';
import { queueEmail } from '$lib/storage/outbox';
import {
	changeResponse,
	getResponse,
	responseId,
	responseOwner,
	revisionOf,
	type ResponseRecord
} from '$lib/storage/responses';
import { deleteAttachment } from '$lib/storage/attachments';
import { attachOwnedFiles, downloadOwnedFile } from '$lib/portal/requirements/sections-and-files';

export const EMPTY_RESPONSE: ResponseValues = {
	price: '',
	statement: '',
	acknowledged: [],
	certified: false
};

/** The signed-in organization's response to the solicitation, or null when it has none. */
export async function loadMyResponse(
	solicitationId: string
): Promise<Result<ResponseRecord | null>> {
	const org = session.organization;
	if (!org) return ok(null);
	return getResponse(responseId(solicitationId, org.id));
}

/** A supplier user and its organization, as stored (the session's, or the demo story's). */
export interface Responder {
	user: UserRecord;
	organization: OrganizationRecord;
}

/**
 * Whether this user may change its organization's response now: the "Respond to solicitations"
 * permission, a registration that is not declined, and the solicitation as stored now open and
 * before its due date (an addendum or a moved due date from the agency's tab counts).
 */
async function allowedFor(
	who: Responder,
	solicitationId: string,
	now: number
): Promise<Result<Responder & { solicitation: SolicitationRecord }>> {
	const stored = await getSolicitation(solicitationId);
	if (!stored.ok) return stored;
	const solicitation = { ...stored.value, status: statusNow(stored.value, now) };
	const refused = refusalFor(who.organization, can(who.user, 'respond'), solicitation, now);
	return refused ? fail('invalid', refused) : ok({ ...who, solicitation });
}

/** The domain's refusal for this organization, permission and solicitation at `now`, or null. */
function refusalFor(
	organization: OrganizationRecord,
	canRespond: boolean,
	solicitation: SolicitationRecord,
	now: number
): string | null {
	return (
		responseRefusal({
			canRespond,
			registration: registrationStatusOf(organization.registration),
			solicitationStatus: solicitation.status,
			dueAt: solicitation.dueAt,
			now
		})?.message ?? null
	);
}

/** Why the signed-in user cannot respond to it now (shown instead of the form), or null. */
export function respondRefusal(solicitation: SolicitationRecord, now = demoNow()): string | null {
	const org = session.organization;
	if (!org) return 'Log in as a supplier to respond to this solicitation.';
	return refusalFor(org, session.can('respond'), solicitation, now);
}

function baseRecord(
	current: ResponseRecord | null,
	solicitation: SolicitationRecord,
	organization: OrganizationRecord
) {
	return {
		id: responseId(solicitation.id, organization.id),
		solicitationId: solicitation.id,
		organizationId: organization.id,
		organizationName: organization.legalName,
		intends: current?.intends ?? false,
		draft: current?.draft ?? EMPTY_RESPONSE,
		submitted: current?.submitted ?? null,
		withdrawnAt: current?.withdrawnAt ?? null,
		/** The stored revision (storage counts the next one). */
		revision: revisionOf(current)
	};
}

export type Editable = ReturnType<typeof baseRecord>;

/**
 * Changes the organization's response when `allowed` now: `next` gets the stored record (or a new
 * one) and returns what to store, or a failure that leaves it as it was.
 */
async function changeMine(
	solicitation: SolicitationRecord,
	now: number,
	next: (record: Editable) => Result<Editable>
): Promise<Result<ResponseRecord>> {
	const who = await session.authorize('respond');
	if (!who.ok) return who;
	return changeResponseAs(who.value, solicitation.id, now, next);
}

/**
 * Changes `who`'s response with the same rules as the solicitation page (`allowedFor`), without a
 * portal session: the page calls it after checking the session, the demo story as its supplier.
 */
export async function changeResponseAs(
	who: Responder,
	solicitationId: string,
	now: number,
	next: (record: Editable) => Result<Editable>
): Promise<Result<ResponseRecord>> {
	const allowed = await allowedFor(who, solicitationId, now);
	if (!allowed.ok) return allowed;
	const { organization, solicitation } = allowed.value;
	return changeResponse(responseId(solicitation.id, organization.id), (current) =>
		next(baseRecord(current, solicitation, organization))
	);
}

/** Said when another tab or window changed the response after this one last read it. */
export const CHANGED_ELSEWHERE =
	'Your response was changed in another tab or window. Your changes here are not saved until you choose.';

/**
 * A failure when the stored response moved on from `basedOn` (the revision the tab last saw;
 * null: do not check), with the revision it is at now.
 */
function staleness(stored: Editable, basedOn: number | null): Result<never> | null {
	return basedOn !== null && stored.revision !== basedOn
		? fail('conflict', CHANGED_ELSEWHERE, { theirRevision: stored.revision })
		: null;
}

/**
 * Saves what the form holds (as the person types); refused after the due date, and when another
 * tab changed the response since `basedOn` (the revision this tab last saw) so neither tab
 * silently overwrites the other.
 */
export function saveResponseDraft(
	solicitation: SolicitationRecord,
	values: ResponseValues,
	basedOn: number | null,
	now = demoNow()
): Promise<Result<ResponseRecord>> {
	return changeMine(solicitation, now, draftSave(values, basedOn));
}

/**
 * The change a draft save makes. A save based on an older revision is a conflict unless the
 * stored draft already holds these very answers: then nothing of another tab's is overwritten.
 * That is the page's own save from just before a reload (sent on `pagehide`), landing after the
 * reloaded page had read the response and sending the same answers again from its copy.
 */
export function draftSave(
	values: ResponseValues,
	basedOn: number | null
): (record: Editable) => Result<Editable> {
	return (r) =>
		(sameAnswers(r.draft, values) ? null : staleness(r, basedOn)) ??
		ok({ ...r, draft: { ...values } });
}

function sameAnswers(a: ResponseValues, b: ResponseValues): boolean {
	const key = (v: ResponseValues) =>
		JSON.stringify([
			v.price,
			v.statement,
			[...v.acknowledged].sort(),
			v.certified,
			(v.documents ?? []).map((d) => d.id)
		]);
	return key(a) === key(b);
}

/** "Intend to respond" on or off: on puts the supplier on the addenda list. */
export function setIntent(
	solicitation: SolicitationRecord,
	intends: boolean,
	now = demoNow()
): Promise<Result<ResponseRecord>> {
	return changeMine(solicitation, now, (r) => ok({ ...r, intends }));
}

/** A confirmation number: the solicitation's number, the day and a short random part. */
function confirmationNumber(solicitation: SolicitationRecord, now: number): string {
	const day = new Date(now).toISOString().slice(0, 10).replace(/-/g, '');
	const random = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36).toUpperCase();
	return `${solicitation.number}-${day}-${random.padStart(7, '0').slice(-7)}`;
}

export type SubmitOutcome =
	| { kind: 'submitted'; record: ResponseRecord }
	| {
			kind: 'invalid';
			problems: { field: ResponseField; message: string }[];
			/** The solicitation as stored now (an addendum published since the page opened shows). */
			solicitation: SolicitationRecord;
	  };

/**
 * Submits (or re-submits, as a revision) the response: refused when the checks above fail; the
 * form's problems when a field is missing or an addendum is not acknowledged. The receipt goes
 * to the person who submitted and the main contact.
 */
export async function submitResponse(
	solicitation: SolicitationRecord,
	values: ResponseValues,
	basedOn: number | null,
	now = demoNow()
): Promise<Result<SubmitOutcome>> {
	const who = await session.authorize('respond');
	if (!who.ok) return who;
	return submitResponseAs(who.value, solicitation.id, values, now, basedOn);
}

/**
 * Submit with the page's rules (`allowedFor`, the form's problems, the receipt e-mail) for a
 * supplier user without a portal session: the page calls it after checking the session, the demo
 * story and sample data as their suppliers. With `basedOn`, refused when another tab changed the
 * response since that revision (the page's values would overwrite what was typed there).
 */
export async function submitResponseAs(
	who: Responder,
	solicitationId: string,
	values: ResponseValues,
	now = demoNow(),
	basedOn: number | null = null
): Promise<Result<SubmitOutcome>> {
	const checked = await allowedFor(who, solicitationId, now);
	if (!checked.ok) return checked;
	const { organization, user, solicitation } = checked.value;
	const problems = responseProblems(values, solicitation.addenda ?? []);
	if (problems.length) return ok({ kind: 'invalid', problems, solicitation });
	const at = new Date(now).toISOString();
	const byName = `${user.firstName} ${user.lastName}`.trim() || user.username;
	const saved = await changeResponse(responseId(solicitation.id, organization.id), (current) => {
		const stored = baseRecord(current, solicitation, organization);
		return (
			staleness(stored, basedOn) ??
			ok({
				...stored,
				draft: { ...values },
				submitted: {
					...values,
					at,
					confirmation: confirmationNumber(solicitation, now),
					byUserId: user.id,
					byName
				},
				withdrawnAt: null
			})
		);
	});
	if (!saved.ok) return saved;
	const submitted = saved.value.submitted!;
	await queueEmail({
		kind: 'response-receipt',
		to: [user.email, organization.details.mainContact.email].filter(Boolean),
		organizationId: organization.id,
		subject: `Response received: ${solicitation.number} ${solicitation.title}`,
		body: [
			`${organization.legalName},`,
			'',
			`The State of Connecticut received your response to ${solicitation.number} – ${solicitation.title}.`,
			'',
			`Confirmation number: ${submitted.confirmation}`,
			`Submitted: ${easternTime(submitted.at)} by ${byName}`,
			`Price: ${submitted.price}`,
			`Due: ${easternTime(solicitation.dueAt)}`,
			'',
			'You may revise or withdraw your response until the due date. Responses stay sealed until then.'
		].join('\n')
	});
	return ok({ kind: 'submitted', record: saved.value });
}

/**
 * Adds response documents (the attachment rules: an allowed kind by extension and content, 10 MB
 * at most) to the draft, until the due date; refused files come back with their reason.
 */
export async function addResponseDocuments(
	solicitation: SolicitationRecord,
	files: readonly File[],
	now = demoNow()
): Promise<Result<{ record: ResponseRecord; refused: string[] }>> {
	const signedIn = await session.authorize('respond');
	if (!signedIn.ok) return signedIn;
	const who = await allowedFor(signedIn.value, solicitation.id, now);
	if (!who.ok) return who;
	const id = responseId(solicitation.id, who.value.organization.id);
	const added = await attachOwnedFiles(responseOwner(id), files, (refs) =>
		changeResponseAs(signedIn.value, solicitation.id, now, (r) =>
			ok({ ...r, draft: { ...r.draft, documents: [...(r.draft.documents ?? []), ...refs] } })
		)
	);
	return added.ok ? ok({ record: added.value.value, refused: added.value.refused }) : added;
}

/** Takes a document out of the draft (a submitted response keeps it until submitted again). */
export async function removeResponseDocument(
	solicitation: SolicitationRecord,
	documentId: string,
	now = demoNow()
): Promise<Result<ResponseRecord>> {
	const changed = await changeMine(solicitation, now, (r) =>
		ok({
			...r,
			draft: { ...r.draft, documents: (r.draft.documents ?? []).filter((d) => d.id !== documentId) }
		})
	);
	if (changed.ok && !changed.value.submitted?.documents?.some((d) => d.id === documentId)) {
		await deleteAttachment(documentId);
	}
	return changed;
}

/** Downloads one of the organization's own response documents. */
export async function downloadMyResponseDocument(
	solicitation: SolicitationRecord,
	documentId: string
): Promise<Result<void>> {
	const org = session.organization;
	if (!org) return fail('invalid', 'Log in as a supplier to download your documents.');
	return downloadOwnedFile(responseOwner(responseId(solicitation.id, org.id)), documentId);
}

/** Withdraws a submitted response (until the due date); the draft stays for a new submit. */
export function withdrawResponse(
	solicitation: SolicitationRecord,
	now = demoNow()
): Promise<Result<ResponseRecord>> {
	return changeMine(solicitation, now, (r) =>
		r.submitted
			? ok({ ...r, submitted: null, withdrawnAt: new Date(now).toISOString() })
			: fail('invalid', 'There is no submitted response to withdraw.')
	);
}
