/**
 * Solicitations as the board pages use them: the sample data seeded on first use, statuses as of now,
 * publishing a solicitation (which sends the notification e-mails to the outbox), and why a
 * supplier was or was not notified. The rules themselves are pure, in $lib/domain/boards.
 */
import {
	matchSolicitation,
	notificationRecipients,
	sampleContracts,
	sampleSolicitations,
	type CodesDecision,
	type MatchDecision,
	type MatchSupplier,
	type SolicitationStatus
} from '$lib/domain/boards';
import { listOrganizations, listUsers, type OrganizationRecord } from '$lib/storage/accounts';
import {
	ensureBoards,
	listSolicitations,
	putSolicitation,
	type SolicitationRecord
} from '$lib/storage/boards';
import { queueEmail } from '$lib/storage/outbox';
import { demoNow } from '$lib/demo/clock';
import { codeText, easternTime } from './format';
import {
	REGISTRATION_STATUS_LABELS,
	registrationStatusOf,
	type RegistrationStatus
} from '$lib/domain/procurement';
import { type Result } from '$lib/domain/result';
import { ok } from '$lib/domain/result';

let seeded: Promise<Result<unknown>> | null = null;

/** Seeds the sample boards once per database (cheap after the first time). */
export function ensureSampleBoards(now = Date.now()): Promise<Result<unknown>> {
	seeded ??= ensureBoards({
		solicitations: () =>
			sampleSolicitations(now).map((s) => ({ ...s, publishedAt: null, sample: true })),
		contracts: () => sampleContracts(now).map((c) => ({ ...c, sample: true }))
	}).then((r) => {
		if (!r.ok) seeded = null;
		return r;
	});
	return seeded;
}

const alsoForget = new Set<() => void>();

/** Other sample seeding (the reviews) to start again with the boards' (see forgetSeeding). */
export function onForgetSeeding(forget: () => void): void {
	alsoForget.add(forget);
}

/** For tests and after a wipe or an import: seed again (boards and reviews) on next use. */
export function forgetSeeding(): void {
	seeded = null;
	for (const forget of alsoForget) forget();
}

/** A stored "open" solicitation whose due time has passed reads as closed. */
export function statusNow<S extends SolicitationRecord['status']>(
	s: { status: S; dueAt: string },
	now = Date.now()
): S | 'closed' {
	return s.status === 'open' && Date.parse(s.dueAt) <= now ? 'closed' : s.status;
}

/** A published solicitation, as the boards show it (an agency's drafts are not on them). */
export type BoardRecord = Omit<SolicitationRecord, 'status'> & { status: SolicitationStatus };

const published = (s: SolicitationRecord): s is BoardRecord => s.status !== 'draft';

/**
 * Every published solicitation with its status as of now by the demo clock (a moved clock closes
 * them); the agency's drafts are left out.
 */
export async function loadSolicitations(now = demoNow()): Promise<Result<BoardRecord[]>> {
	const seed = await ensureSampleBoards(now);
	if (!seed.ok) return seed as Result<never>;
	const listed = await listSolicitations();
	if (!listed.ok) return listed;
	return ok(
		listed.value.filter(published).map((s) => ({ ...s, status: statusNow(s, now) })),
		listed.problems
	);
}

/** The supplier as matching sees it. */
export function supplierOf(org: OrganizationRecord): MatchSupplier {
	return {
		organizationId: org.id,
		codes: [...org.details.codes],
		unknownCodes: org.details.unknownCodes,
		registeredAt: org.createdAt,
		registration: registrationStatusOf(org.registration)
	};
}

export function matchFor(org: OrganizationRecord, s: SolicitationRecord): MatchDecision {
	// Sample solicitations were never sent: judge them as if published when posted.
	return matchSolicitation(supplierOf(org), {
		id: s.id,
		formal: s.formal,
		codes: s.codes,
		invited: s.invited,
		publishedAt: s.publishedAt ?? s.postedAt
	});
}

const named = (code: string, titles?: Record<string, string>) => codeText(code, titles);

/**
 * Why the organization was (or was not) notified of the solicitation, in a sentence or two, and
 * its registration status when given.
 */
export function explainMatch(
	decision: MatchDecision,
	s: SolicitationRecord,
	registration?: RegistrationStatus
): string {
	const why = explainDecision(decision, s);
	if (!registration || decision.reason === 'declined') return why;
	return `${why} Your registration status: ${REGISTRATION_STATUS_LABELS[registration]}.`;
}

function explainDecision(decision: MatchDecision, s: SolicitationRecord): string {
	const sent = s.publishedAt ? 'was notified' : 'matches';
	switch (decision.reason) {
		case 'covered':
			return decision.selected === decision.code
				? `Your organization ${sent}: you selected ${named(decision.code, s.codeTitles)}, a code of this solicitation.`
				: `Your organization ${sent}: your selected code ${decision.selected} covers ${named(decision.code, s.codeTitles)}, a code of this solicitation.`;
		case 'invited':
			return `Your organization ${s.publishedAt ? 'was notified' : 'is invited'}: it is invited to this informal solicitation.`;
		case 'not-covered':
			return decision.nearest
				? `Your organization was not notified: none of your selected codes covers this solicitation's codes. The nearest is ${decision.nearest.selected}, in the same ${decision.nearest.level} as ${named(decision.nearest.code, s.codeTitles)}. Add the code in My Account → Edit Categories to hear about solicitations like this.`
				: `Your organization was not notified: none of your selected codes covers this solicitation's codes (${s.codes.map((c) => named(c, s.codeTitles)).join(', ')}). Add codes in My Account → Edit Categories.`;
		case 'unknown-codes':
			return 'Your organization was not notified: it chose “Unknown” instead of UNSPSC codes, so it receives no solicitation notifications. Choose codes in My Account → Edit Categories.';
		case 'not-invited':
			return 'Your organization was not notified: this informal solicitation is by invitation only, and your organization is not invited.';
		case 'registered-after':
			return `Your organization was not notified: it registered after this solicitation was published. ${codesSentence(decision.byCodes, s.codeTitles)}`;
		case 'declined':
			return `Your organization was not notified: its registration status is Declined, so it receives no solicitation notifications. ${codesSentence(decision.byCodes, s.codeTitles)}`;
		case 'not-published':
			return 'This solicitation has not been published yet.';
	}
}

/** Whether the codes match, for a supplier that registered after publication. */
function codesSentence(d: CodesDecision, titles?: Record<string, string>): string {
	switch (d.reason) {
		case 'covered':
			return d.selected === d.code
				? `It matches your codes: you selected ${named(d.code, titles)}, a code of this solicitation.`
				: `It matches your codes: your selected code ${d.selected} covers ${named(d.code, titles)}.`;
		case 'invited':
			return 'Your organization is invited to this informal solicitation.';
		case 'not-covered':
			return d.nearest
				? `None of your selected codes covers it; the nearest is ${d.nearest.selected}, in the same ${d.nearest.level} as ${named(d.nearest.code, titles)}.`
				: 'None of your selected codes covers it.';
		case 'unknown-codes':
			return 'Your organization chose “Unknown” instead of UNSPSC codes, so it receives no solicitation notifications.';
		case 'not-invited':
			return 'This informal solicitation is by invitation only, and your organization is not invited.';
	}
}

export interface PublishInput {
	number: string;
	title: string;
	agency: string;
	formal: boolean;
	method: string;
	codes: string[];
	/** ISO instant. */
	dueAt: string;
	description: string;
	contact: SolicitationRecord['contact'];
	/** Organization ids invited (informal). */
	invited: string[];
}

export interface PublishOutcome {
	solicitation: SolicitationRecord;
	/** One entry per supplier notified, with the addresses mailed. */
	notified: { organization: string; recipients: string[] }[];
}

/** What publishing sent, in a sentence: how many addresses of which suppliers, or none. */
export function notifiedSentence(outcome: PublishOutcome): string {
	const { notified } = outcome;
	if (notified.length === 0) {
		return 'No registered supplier matches it, so no notification e-mail was sent.';
	}
	const addresses = notified.reduce((n, o) => n + o.recipients.length, 0);
	return `Notification e-mails went to ${addresses} address${addresses === 1 ? '' : 'es'} of ${
		notified.length
	} supplier${notified.length === 1 ? '' : 's'}: ${notified.map((n) => n.organization).join(', ')}.`;
}

/**
 * Publishes a solicitation now and sends its notification e-mails (see notifyMatching).
 */
export async function publishSolicitation(
	input: PublishInput,
	links: { solicitationUrl: (id: string) => string },
	now = Date.now()
): Promise<Result<PublishOutcome>> {
	const at = new Date(now).toISOString();
	const id = `pub-${now.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
	const saved = await putSolicitation({
		id,
		...input,
		postedAt: at,
		status: 'open',
		publishedAt: at,
		sample: false
	});
	if (!saved.ok) return saved;
	return notifyMatching(saved.value, links);
}

/**
 * Sends a just-published solicitation's notification e-mails: for every registered supplier it
 * matches, one e-mail per distinct address (Main Contact, Solicitation Notification Contact,
 * users with "Receive solicitation notifications" who are not suspended).
 */
export async function notifyMatching(
	solicitation: SolicitationRecord,
	links: { solicitationUrl: (id: string) => string }
): Promise<Result<PublishOutcome>> {
	const orgs = await listOrganizations();
	if (!orgs.ok) return orgs;
	const notified: PublishOutcome['notified'] = [];
	for (const org of orgs.value) {
		const decision = matchFor(org, solicitation);
		if (!decision.notified) continue;
		const users = await listUsers(org.id);
		const { details } = org;
		const recipients = notificationRecipients({
			mainContactEmail: details.mainContact.email || null,
			solicitationContactEmail: details.solicitationContact?.email ?? null,
			users: users.ok ? users.value : []
		});
		for (const to of recipients) {
			await queueEmail({
				kind: 'solicitation-notification',
				to,
				organizationId: org.id,
				subject: `State of Connecticut ${solicitation.formal ? 'solicitation' : 'invitation'}: ${solicitation.number} ${solicitation.title}`,
				body: [
					`${org.legalName},`,
					'',
					solicitation.formal
						? 'The State of Connecticut has published a solicitation for commodity codes your organization provides.'
						: 'The State of Connecticut invites your organization to respond to an informal solicitation.',
					'',
					`Solicitation: ${solicitation.number} – ${solicitation.title}`,
					`Agency: ${solicitation.agency}`,
					`UNSPSC: ${solicitation.codes.map((c) => named(c, solicitation.codeTitles)).join('; ')}`,
					`Due: ${easternTime(solicitation.dueAt)}`,
					'',
					explainMatch(decision, solicitation, registrationStatusOf(org.registration)),
					'',
					`View the solicitation: ${links.solicitationUrl(solicitation.id)}`,
					'',
					`Questions about this solicitation go to the Contract Specialist: ${solicitation.contact.name}, ${solicitation.contact.email}.`
				].join('\n')
			});
		}
		if (recipients.length) notified.push({ organization: org.legalName, recipients });
	}
	return ok({ solicitation, notified });
}
