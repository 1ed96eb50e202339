/**
 * Solicitations as the agency workspace runs them: drafts (saved and edited), publishing (the
 * notification e-mails by the matching rules), addenda (e-mailed to every supplier that intends
 * to respond or has responded), the responses (only their number while sealed, side by side after
 * the due date), the award (e-mails to the winner's contract notification contact and to the
 * unsuccessful responders) and its finalization (the contract on the Contract Board). Every
 * action checks the staff sign-in again and reads the solicitation afresh from storage.
 */
import type { Reviewer } from '$lib/boards/reviewers';
import { signedInStaff } from './staff';
import { easternTime } from '$lib/boards/format';
import { notifyMatching, statusNow, type PublishOutcome } from '$lib/boards/solicitations';
import { demoNow } from '$lib/demo/clock';
import {
	addendumProblems,
	addendumRefusal,
	awardNoticeTo,
	awardRefusal,
	DEFAULT_DUE_TIME,
	draftSaveProblems,
	dueInstant,
	finalizeRefusal,
	instantToEastern,
	isSealed,
	publishDraftProblems,
	type AddendumField,
	type AddendumValues,
	type DraftField,
	type Problem,
	type SolicitationDraftValues
} from '$lib/domain/procurement';
import type { ReadinessItem } from '$lib/domain/requirements';
import { fail, ok, type Result } from '$lib/domain/result';
import {
	attachOwnedFiles,
	downloadOwnedFile,
	organizationReadiness
} from '$lib/portal/requirements/sections-and-files';
import { getOrganization, type OrganizationRecord } from '$lib/storage/accounts';
import { deleteAttachment } from '$lib/storage/attachments';
import {
	changeSolicitation,
	getSolicitation,
	listSolicitations,
	putContract,
	putSolicitation,
	solicitationOwner,
	type SolicitationRecord
} from '$lib/storage/boards';
import { queueEmail } from '$lib/storage/outbox';
import { listResponses, responseOwner, type ResponseRecord } from '$lib/storage/responses';

const staff = () => signedInStaff();

export interface Links {
	/** The address of a solicitation's page (for e-mails). */
	solicitationUrl: (id: string) => string;
	/** The supplier portal's address of a path (for e-mails), e.g. '/portal/readiness'. */
	portalUrl: (path: string) => string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A new draft's values: the staff member's agency, due in two weeks at 2:00 PM ET. */
export function newDraftValues(who: Reviewer, now = demoNow()): SolicitationDraftValues {
	const due = instantToEastern(now + 14 * 24 * 3600_000).slice(0, 10);
	const initials = who.agency
		.split(/\s+/)
		.filter((w) => /^[A-Z]/.test(w))
		.map((w) => w[0])
		.join('')
		.slice(0, 4);
	return {
		number: `${String(new Date(now).getUTCFullYear()).slice(2)}${initials}${pad(Math.floor(now / 1000) % 10000, 4)}`,
		title: '',
		agency: who.agency,
		description: '',
		kind: 'formal',
		invited: [],
		codes: [],
		dueDate: due,
		dueTime: DEFAULT_DUE_TIME,
		specialistName: who.name,
		specialistEmail: `${who.name.toLowerCase().replace(/[^a-z]+/g, '.')}@ct.gov.example`,
		specialistPhone: '(860) 713-5000'
	};
}

/** A stored solicitation's values for the editor. */
export function draftValuesOf(s: SolicitationRecord): SolicitationDraftValues {
	const local = instantToEastern(Date.parse(s.dueAt));
	return {
		number: s.number,
		title: s.title,
		agency: s.agency,
		description: s.description,
		kind: s.formal ? 'formal' : 'informal',
		invited: [...s.invited],
		codes: [...s.codes],
		dueDate: local.slice(0, 10),
		dueTime: local.slice(11, 16),
		specialistName: s.contact.name,
		specialistEmail: s.contact.email,
		specialistPhone: s.contact.phone
	};
}

function recordFields(values: SolicitationDraftValues, codeTitles: Record<string, string>) {
	const formal = values.kind === 'formal';
	const due = dueInstant(values.dueDate, values.dueTime)!;
	return {
		number: values.number.trim(),
		title: values.title.trim(),
		agency: values.agency,
		formal,
		method: formal ? 'Invitation for Bid' : 'Request for Quotes',
		codes: [...values.codes],
		codeTitles: Object.fromEntries(
			values.codes.filter((c) => codeTitles[c]).map((c) => [c, codeTitles[c]!])
		),
		dueAt: new Date(due).toISOString(),
		description: values.description.trim(),
		contact: {
			name: values.specialistName.trim(),
			title: 'Contract Specialist',
			email: values.specialistEmail.trim().toLowerCase(),
			phone: values.specialistPhone.trim()
		},
		invited: formal ? [] : [...values.invited]
	};
}

export type SaveOutcome<F extends string> =
	{ kind: 'saved'; solicitation: SolicitationRecord } | { kind: 'invalid'; problems: Problem<F>[] };

/**
 * Saves a draft (a new one when `id` is null). Refused for a published solicitation: what
 * suppliers were sent changes only by an addendum.
 */
export async function saveDraft(
	id: string | null,
	values: SolicitationDraftValues,
	codeTitles: Record<string, string>,
	now = demoNow()
): Promise<Result<SaveOutcome<DraftField>>> {
	const who = staff();
	if (!who.ok) return who;
	const problems = draftSaveProblems(values);
	if (problems.length) return ok({ kind: 'invalid', problems });
	const fields = recordFields(values, codeTitles);
	if (id === null) {
		const at = new Date(now).toISOString();
		const saved = await putSolicitation({
			id: `sol-${now.toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
			...fields,
			postedAt: at,
			status: 'draft',
			publishedAt: null,
			sample: false,
			documents: []
		});
		return saved.ok ? ok({ kind: 'saved', solicitation: saved.value }) : saved;
	}
	const saved = await changeSolicitation(id, (current) =>
		current.status === 'draft'
			? ok({ ...current, ...fields })
			: fail('invalid', 'This solicitation is published: change it with an addendum.')
	);
	return saved.ok ? ok({ kind: 'saved', solicitation: saved.value }) : saved;
}

/**
 * Publishes a saved draft now: every field is checked again, then the notification e-mails go
 * out by the matching rules (registration status included).
 */
export async function publishDraft(
	id: string,
	links: Links,
	now = demoNow()
): Promise<Result<{ kind: 'published'; outcome: PublishOutcome } | SaveOutcome<DraftField>>> {
	const who = staff();
	if (!who.ok) return who;
	const stored = await getSolicitation(id);
	if (!stored.ok) return stored;
	if (stored.value.status !== 'draft')
		return fail('invalid', 'This solicitation is already published.');
	const problems = publishDraftProblems(draftValuesOf(stored.value), now);
	if (problems.length) return ok({ kind: 'invalid', problems });
	const at = new Date(now).toISOString();
	const published = await changeSolicitation(id, (current) =>
		current.status === 'draft'
			? ok({ ...current, status: 'open', postedAt: at, publishedAt: at })
			: fail('invalid', 'This solicitation is already published.')
	);
	if (!published.ok) return published;
	const outcome = await notifyMatching(published.value, links);
	return outcome.ok ? ok({ kind: 'published', outcome: outcome.value }) : outcome;
}

/** Attaches documents to a draft (the attachment rules apply); refused files say why. */
export async function addDocuments(
	id: string,
	files: readonly File[]
): Promise<Result<{ solicitation: SolicitationRecord; refused: string[] }>> {
	const who = staff();
	if (!who.ok) return who;
	const added = await attachOwnedFiles(solicitationOwner(id), files, (refs) =>
		changeSolicitation(id, (current) =>
			current.status === 'draft'
				? ok({ ...current, documents: [...(current.documents ?? []), ...refs] })
				: fail('invalid', 'This solicitation is published: add documents with an addendum.')
		)
	);
	return added.ok ? ok({ solicitation: added.value.value, refused: added.value.refused }) : added;
}

/** Removes a document from a draft. */
export async function removeDocument(
	id: string,
	documentId: string
): Promise<Result<SolicitationRecord>> {
	const who = staff();
	if (!who.ok) return who;
	const changed = await changeSolicitation(id, (current) =>
		current.status === 'draft'
			? ok({ ...current, documents: (current.documents ?? []).filter((d) => d.id !== documentId) })
			: fail('invalid', 'This solicitation is published: its documents can no longer be removed.')
	);
	if (changed.ok) await deleteAttachment(documentId);
	return changed;
}

/** Every solicitation the workspace manages (not the generated sample ones), newest first. */
export async function listWorkspaceSolicitations(
	now = demoNow()
): Promise<Result<SolicitationRecord[]>> {
	const listed = await listSolicitations();
	if (!listed.ok) return listed;
	const mine = listed.value
		.filter((s) => !s.sample)
		.map((s) => ({ ...s, status: statusNow(s, now) }))
		.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
	return ok(mine, listed.problems);
}

/** One solicitation as of now (a passed due date reads as closed). */
export async function loadWorkspaceSolicitation(
	id: string,
	now = demoNow()
): Promise<Result<SolicitationRecord>> {
	const found = await getSolicitation(id);
	return found.ok ? ok({ ...found.value, status: statusNow(found.value, now) }) : found;
}

/** Suppliers on the addenda list: those that intend to respond or have a response. */
const onAddendaList = (r: ResponseRecord) => r.intends || r.submitted !== null;

/**
 * Publishes an addendum to an open solicitation (text, an optional document, maybe a new due
 * date) and e-mails every supplier that intends to respond or has responded. Their responses must
 * acknowledge it before they can be submitted again.
 */
export async function publishAddendum(
	id: string,
	values: AddendumValues,
	file: File | null,
	links: Links,
	now = demoNow()
): Promise<
	Result<
		| { kind: 'published'; solicitation: SolicitationRecord; emailed: number; refused: string[] }
		| { kind: 'invalid'; problems: Problem<AddendumField>[] }
	>
> {
	const who = staff();
	if (!who.ok) return who;
	const current = await loadWorkspaceSolicitation(id, now);
	if (!current.ok) return current;
	const refusal = addendumRefusal(current.value, now);
	if (refusal) return fail('invalid', refusal);
	const problems = addendumProblems(values, now);
	if (problems.length) return ok({ kind: 'invalid', problems });
	const moved = values.dueDate.trim()
		? new Date(dueInstant(values.dueDate, values.dueTime)!).toISOString()
		: undefined;
	const at = new Date(now).toISOString();
	const attached = await attachOwnedFiles(
		solicitationOwner(id),
		file ? [file] : [],
		(refs) =>
			changeSolicitation(id, (s) => {
				const again = addendumRefusal({ ...s, status: statusNow(s, now) }, now);
				if (again) return fail('invalid', again);
				const addenda = s.addenda ?? [];
				return ok({
					...s,
					...(moved && { dueAt: moved }),
					addenda: [
						...addenda,
						{
							id: `add-${now.toString(36)}-${addenda.length + 1}`,
							number: addenda.length + 1,
							text: values.text.trim(),
							publishedAt: at,
							...(moved && { dueAt: moved }),
							...(refs.length && { documents: refs })
						}
					]
				});
			}),
		true
	);
	if (!attached.ok) return attached;
	const s = attached.value.value;
	const addendum = s.addenda!.at(-1)!;
	const responses = await listResponses(id);
	let emailed = 0;
	for (const r of responses.ok ? responses.value.filter(onAddendaList) : []) {
		const org = await getOrganization(r.organizationId);
		if (!org.ok) continue;
		const to = [org.value.details.mainContact.email];
		await queueEmail({
			kind: 'addendum',
			to,
			organizationId: org.value.id,
			subject: `Addendum ${addendum.number}: ${s.number} ${s.title}`,
			body: [
				`${org.value.legalName},`,
				'',
				`The State of Connecticut published Addendum ${addendum.number} to ${s.number} – ${s.title}. You receive it because your organization ${r.submitted ? 'has responded' : 'intends to respond'}.`,
				'',
				addendum.text,
				'',
				moved
					? `The due date is now ${easternTime(moved)}.`
					: `The due date is still ${easternTime(s.dueAt)}.`,
				'',
				'Your response must acknowledge every addendum before it can be submitted' +
					(r.submitted ? ': acknowledge this one and submit your response again.' : '.'),
				'',
				`Read the addendum: ${links.solicitationUrl(s.id)}&tab=addenda`
			].join('\n')
		});
		emailed++;
	}
	return ok({ kind: 'published', solicitation: s, emailed, refused: [] });
}

export type ResponsesView =
	{ sealed: true; count: number; dueAt: string } | { sealed: false; responses: ResponseRecord[] };

/**
 * The responses as the agency may see them now: only how many were submitted while sealed (before
 * the due date), every submitted one after it (lowest price first).
 */
export async function agencyResponses(
	s: SolicitationRecord,
	now = demoNow()
): Promise<Result<ResponsesView>> {
	const who = staff();
	if (!who.ok) return who;
	const listed = await listResponses(s.id);
	if (!listed.ok) return listed;
	const submitted = listed.value.filter((r) => r.submitted !== null);
	if (isSealed(s.dueAt, now)) return ok({ sealed: true, count: submitted.length, dueAt: s.dueAt });
	const price = (r: ResponseRecord) =>
		Number(r.submitted!.price.replace(/[$,\s]/g, '')) || Number.POSITIVE_INFINITY;
	return ok({ sealed: false, responses: submitted.sort((a, b) => price(a) - price(b)) });
}

/** Downloads a response's document: only after the due date (sealed until then). */
export async function downloadResponseDocument(
	s: SolicitationRecord,
	id: string,
	documentId: string,
	now = demoNow()
): Promise<Result<void>> {
	const who = staff();
	if (!who.ok) return who;
	if (isSealed(s.dueAt, now)) return fail('invalid', 'Responses are sealed until the due date.');
	return downloadOwnedFile(responseOwner(id), documentId);
}

function contactName(org: OrganizationRecord, to: string): string {
	const d = org.details;
	const c = d.contractContact?.email === to ? d.contractContact : d.mainContact;
	return `${c.firstName} ${c.lastName}`.trim() || org.legalName;
}

/**
 * Awards a closed solicitation to one submitted response: the supplier's Contract Notification
 * Contact (the Main Contact when that was left for "Later") is e-mailed with its Contract Award
 * Readiness to complete, and every other responder is told it was not successful.
 */
export async function awardSolicitation(
	id: string,
	organizationId: string,
	links: Links,
	now = demoNow()
): Promise<Result<{ solicitation: SolicitationRecord; notified: string; unsuccessful: number }>> {
	const who = staff();
	if (!who.ok) return who;
	const listed = await listResponses(id);
	if (!listed.ok) return listed;
	const winner = listed.value.find((r) => r.organizationId === organizationId) ?? null;
	const org = await getOrganization(organizationId);
	if (!org.ok) return org;
	const at = new Date(now).toISOString();
	const changed = await changeSolicitation(id, (s) => {
		const refused = awardRefusal({ ...s, status: statusNow(s, now) }, winner, now);
		if (refused) return fail('invalid', refused);
		return ok({
			...s,
			status: 'awarded',
			award: {
				organizationId,
				organizationName: org.value.legalName,
				responseId: winner!.id,
				awardedAt: at,
				awardedBy: `${who.value.name}, ${who.value.agency}`,
				finalizedAt: null,
				contractId: null
			}
		});
	});
	if (!changed.ok) return changed;
	const s = changed.value;
	const notice = awardNoticeTo(org.value.details);
	await queueEmail({
		kind: 'award',
		to: notice.to,
		organizationId,
		subject: `Notice of award: ${s.number} ${s.title}`,
		body: [
			`${contactName(org.value, notice.to)},`,
			'',
			`The State of Connecticut intends to award ${s.number} – ${s.title} to ${org.value.legalName}. You receive this notice as the organization's ${notice.role}.`,
			'',
			`Awarded: ${easternTime(at)} by ${who.value.name}, ${who.value.agency}.`,
			'',
			'Before the contract is final, complete your Contract Award Readiness in CTsource: the Certificate of Insurance, the W-9, the statutory certifications and the Additional Required Attributes.',
			'',
			`Contract Award Readiness: ${links.portalUrl('/portal/readiness')}`
		].join('\n')
	});
	let unsuccessful = 0;
	for (const r of listed.value) {
		if (r.organizationId === organizationId || !r.submitted) continue;
		const other = await getOrganization(r.organizationId);
		if (!other.ok) continue;
		await queueEmail({
			kind: 'award-unsuccessful',
			to: other.value.details.mainContact.email,
			organizationId: other.value.id,
			subject: `Not awarded: ${s.number} ${s.title}`,
			body: [
				`${other.value.legalName},`,
				'',
				`Thank you for your response to ${s.number} – ${s.title} (confirmation ${r.submitted.confirmation}). The State of Connecticut has awarded it to another supplier.`,
				'',
				`Questions go to the Contract Specialist: ${s.contact.name}, ${s.contact.email}.`
			].join('\n')
		});
		unsuccessful++;
	}
	return ok({ solicitation: s, notified: notice.to, unsuccessful });
}

/**
 * The awarded supplier's Contract Award Readiness checklist, as the agency sees it: by the real
 * date (documents' and certifications' currency), not the demo clock that moves due dates.
 */
export async function awardReadiness(s: SolicitationRecord): Promise<Result<ReadinessItem[]>> {
	if (!s.award) return fail('invalid', 'This solicitation has not been awarded.');
	const org = await getOrganization(s.award.organizationId);
	if (!org.ok) return org;
	return organizationReadiness(org.value);
}

const addYear = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;

/**
 * Finalizes the award when the supplier's readiness checklist is complete: the contract is put on
 * the Contract Board with the supplier as contractor, and the supplier is told.
 */
export async function finalizeAward(
	id: string,
	links: Links,
	now = demoNow()
): Promise<Result<{ solicitation: SolicitationRecord; contractId: string }>> {
	const who = staff();
	if (!who.ok) return who;
	const current = await getSolicitation(id);
	if (!current.ok) return current;
	const items = await awardReadiness(current.value);
	if (!items.ok) return items;
	const refused = finalizeRefusal(current.value.award, items.value);
	if (refused) return fail('invalid', refused);
	const award = current.value.award!;
	const at = new Date(now).toISOString();
	const day = instantToEastern(now).slice(0, 10);
	const contractId = `con-${id}`;
	const s = current.value;
	const contract = await putContract({
		id: contractId,
		number: `${s.number}-C`,
		title: s.title,
		contractor: award.organizationName,
		termStart: day,
		termEnd: addYear(day),
		codes: [...s.codes],
		usableBy: [s.agency],
		sbeMbe: false,
		description: `Awarded from solicitation ${s.number}. ${s.description}`,
		sample: false,
		solicitationId: s.id
	});
	if (!contract.ok) return contract;
	const changed = await changeSolicitation(id, (latest) =>
		latest.award && !latest.award.finalizedAt
			? ok({ ...latest, award: { ...latest.award, finalizedAt: at, contractId } })
			: fail('invalid', 'This award is already final.')
	);
	if (!changed.ok) return changed;
	const org = await getOrganization(award.organizationId);
	if (org.ok) {
		const notice = awardNoticeTo(org.value.details);
		await queueEmail({
			kind: 'award-final',
			to: notice.to,
			organizationId: org.value.id,
			subject: `Contract awarded: ${s.number}-C ${s.title}`,
			body: [
				`${contactName(org.value, notice.to)},`,
				'',
				`Your Contract Award Readiness is complete and the State of Connecticut has finalized the award of ${s.number} – ${s.title} to ${org.value.legalName}.`,
				'',
				`Contract ${s.number}-C runs from ${day} to ${addYear(day)} and is listed on the Contract Board: ${links.portalUrl(`/contracts/view?id=${encodeURIComponent(contractId)}`)}`
			].join('\n')
		});
	}
	return ok({ solicitation: changed.value, contractId });
}
