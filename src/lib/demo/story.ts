/**
 * The demo story: the procurement loop played end to end with its own sample suppliers and its
 * own solicitation, one step per click, so a presenter can stop anywhere and show the screen a
 * step links to. Every step works through the portal's own functions (Submit My Registration, the
 * agency workspace's actions, the response rules) and checks what is already stored first: a step
 * pressed twice, or after a reload, finds its work done and says so; a step that fails leaves the
 * story where it was, to be tried again. How far the story got is kept in localStorage
 * (`ctsource:story`) so every tab of the browser agrees.
 */
import {
	addDocuments,
	agencyResponses,
	awardSolicitation,
	finalizeAward,
	loadWorkspaceSolicitation,
	newDraftValues,
	publishAddendum,
	publishDraft,
	saveDraft
} from '$lib/agency/solicitations';
import { decideRegistration } from '$lib/agency/registrations';
import { easternTime } from '$lib/boards/format';
import { changeResponseAs, submitResponseAs, type Responder } from '$lib/boards/responses';
import { demoNow, pretendItIs } from '$lib/demo/clock';
import { registrationStatusOf, type ResponseValues } from '$lib/domain/procurement';
import { personaValues } from '$lib/domain/registration/personas';
import {
	companyInfoProblems,
	eo13gProblems,
	type CompanyInfoValues,
	type Eo13gValues
} from '$lib/domain/requirements';
import { fail, ok, type Result } from '$lib/domain/result';
import { localToday } from '$lib/portal/requirements/formatting-and-links';
import { organizationReadiness, readSection } from '$lib/portal/requirements/sections-and-files';
import { getOrganization, updateOrganization } from '$lib/storage/accounts';
import { getResponse, responseId } from '$lib/storage/responses';
import { saveAttachment } from '$lib/storage/attachments';
import type { SolicitationRecord } from '$lib/storage/boards';
import {
	getWebStorage,
	readJson,
	removeKey,
	WEB_STORAGE_PREFIX,
	writeJson
} from '$lib/storage/web-storage';
import { demoLinks, ensureStaff, loginUrl, responderOf, samplePdf } from './demo-actors';

export const STORY_KEY = `${WEB_STORAGE_PREFIX}story`;

/** How far the story got: the steps done, and the solicitation it made. */
export interface StoryProgress {
	done: number;
	solicitationId: string | null;
}

export function readStory(): StoryProgress {
	const v = readJson(getWebStorage(), STORY_KEY) as Partial<StoryProgress> | null;
	const done = typeof v?.done === 'number' && Number.isInteger(v.done) ? v.done : 0;
	return {
		done: Math.min(Math.max(done, 0), STORY_STEPS.length),
		solicitationId: typeof v?.solicitationId === 'string' ? v.solicitationId : null
	};
}

function writeStory(p: StoryProgress): boolean {
	return writeJson(getWebStorage(), STORY_KEY, p);
}

/** "Start the story again": forgets its progress (its suppliers stay registered and approved). */
export function restartStory(): void {
	removeKey(getWebStorage(), STORY_KEY);
}

// ---- the story's cast ------------------------------------------------------------------------

/**
 * Its own suppliers, apart from the sample data's (other usernames, DUNS and SSN, so both can be
 * loaded): Harbor, the persona whose Contract Notification Contact is entered at registration, and
 * a sole proprietor who responds too and is told it was not successful.
 */
export const STORY_SUPPLIERS = [
	{
		key: 'harbor',
		values: () => {
			const v = personaValues('dba-branch');
			v.organization.legalName = 'Harbor Facility Group LLC';
			v.organization.duns = v.organization.dunsConfirm = '555010101';
			v.contact.username = 'story.harbor';
			return v;
		}
	},
	{
		key: 'ortega',
		values: () => {
			const v = personaValues('sole-proprietor-ssn');
			v.organization.legalName = 'Luis Ortega';
			v.organization.ssn = '234-56-7891';
			v.organization.ssnConfirm = '234567891';
			Object.assign(v.contact, {
				firstName: 'Luis',
				lastName: 'Ortega',
				email: 'luis@ortega-grounds.example',
				username: 'story.ortega'
			});
			return v;
		}
	}
] as const;

export const HARBOR = STORY_SUPPLIERS[0];
export const ORTEGA = STORY_SUPPLIERS[1];
type Supplier = (typeof STORY_SUPPLIERS)[number];

const usernameOf = (s: Supplier) => s.values().contact.username;
const passwordOf = (s: Supplier) => s.values().contact.password;

async function responder(s: Supplier): Promise<Result<Responder>> {
	const found = await responderOf(usernameOf(s));
	if (!found.ok) return found;
	return found.value
		? ok(found.value)
		: fail('not-found', `${s.values().organization.legalName} is not registered yet.`);
}

export const STORY_TITLE = 'Snow removal, Hartford campus';
const CODE = '72101500';
const CODE_TITLE = 'Building maintenance and repair services';

const response = (price: string, acknowledged: string[] = []): ResponseValues => ({
	price,
	statement: 'Two plows and a salt truck on call all winter; salting within two hours of a storm.',
	acknowledged,
	certified: true
});

// ---- steps -----------------------------------------------------------------------------------

/** A screen of the portal: its route and query (the page resolves it against the base path). */
export interface StoryLink {
	route: '/agency' | '/bids/view' | '/outbox' | '/contracts/view';
	search: string;
	text: string;
}

export interface StepOutcome {
	/** What happened (or what was found already done), for the live region. */
	message: string;
	/** The screen where it shows. */
	link: StoryLink;
}

interface Context {
	progress: StoryProgress;
	/** Keeps what a step made before it finishes (a draft saved before its publish fails). */
	remember: (patch: Partial<StoryProgress>) => void;
}

export interface StoryStep {
	id: string;
	name: string;
	description: string;
	run: (ctx: Context) => Promise<Result<StepOutcome>>;
}

const agencyPage = (id: string): StoryLink => ({
	route: '/agency',
	search: `?view=solicitations&id=${encodeURIComponent(id)}`,
	text: 'The solicitation in the agency workspace'
});
const bidPage = (id: string, tab: string | null, text: string): StoryLink => ({
	route: '/bids/view',
	search: `?id=${encodeURIComponent(id)}${tab ? `&tab=${tab}` : ''}`,
	text
});
const outbox = (text: string): StoryLink => ({ route: '/outbox', search: '', text });

/** The story's solicitation as of now (a passed due date reads as closed). */
async function solicitation(ctx: Context): Promise<Result<SolicitationRecord>> {
	const id = ctx.progress.solicitationId;
	if (!id) return fail('not-found', 'The story has no solicitation yet: publish it first.');
	return loadWorkspaceSolicitation(id);
}

const money = (price: string) => (price.startsWith('$') ? price : `$${price}`);

export const STORY_STEPS: readonly StoryStep[] = [
	{
		id: 'register',
		name: 'Two suppliers register',
		description:
			'Harbor Facility Services and Luis Ortega register through Submit My Registration.',
		async run() {
			const [{ submitRegistration }, { firstInvalidStep }] = await Promise.all([
				import('$lib/registration/submit'),
				import('$lib/domain/registration/schemas')
			]);
			const said: string[] = [];
			for (const s of STORY_SUPPLIERS) {
				const values = s.values();
				const found = await responderOf(values.contact.username);
				if (!found.ok) return found;
				if (found.value) {
					said.push(`${values.organization.legalName} was already registered`);
					continue;
				}
				const r = await submitRegistration(values, firstInvalidStep(values));
				if (r.kind === 'failed') return fail('invalid', r.message);
				if (r.kind === 'invalid')
					return fail('invalid', r.message ?? `${values.organization.legalName}: ${r.step}`);
				said.push(
					`${r.organization.legalName} registered (username ${r.user.username}, password ${values.contact.password})`
				);
			}
			return ok({
				message: `${said.join('; ')}. Both registrations are Pending.`,
				link: outbox('The registration confirmation e-mails in the outbox')
			});
		}
	},
	{
		id: 'approve',
		name: 'The agency approves them',
		description: 'Janet Morales (DAS) approves both registrations in the agency workspace.',
		async run() {
			const staff = ensureStaff();
			if (!staff.ok) return staff;
			const said: string[] = [];
			for (const s of STORY_SUPPLIERS) {
				const who = await responder(s);
				if (!who.ok) return who;
				const org = who.value.organization;
				if (registrationStatusOf(org.registration) === 'approved') {
					said.push(`${org.legalName} was already approved`);
					continue;
				}
				const decided = await decideRegistration(org.id, 'approved', '', {
					loginUrl: loginUrl()
				});
				if (!decided.ok) return decided;
				said.push(`approved ${org.legalName}`);
			}
			return ok({
				message: `${staff.value.name}, ${staff.value.agency}: ${said.join('; ')}. Each main contact was e-mailed.`,
				link: {
					route: '/agency',
					search: '',
					text: 'Supplier registrations in the agency workspace'
				}
			});
		}
	},
	{
		id: 'publish',
		name: 'The agency publishes a solicitation',
		description: `A draft “${STORY_TITLE}” with its specifications, published to the suppliers of its code.`,
		async run(ctx) {
			const staff = ensureStaff();
			if (!staff.ok) return staff;
			const current = ctx.progress.solicitationId
				? await loadWorkspaceSolicitation(ctx.progress.solicitationId)
				: null;
			let s: SolicitationRecord;
			if (current?.ok) s = current.value;
			else {
				// None yet, or gone (the storage was cleared since): the story makes a new one.
				const values = {
					...newDraftValues(staff.value),
					title: STORY_TITLE,
					description: 'Plowing and salting of the Hartford campus lots, November to April.',
					codes: [CODE]
				};
				const saved = await saveDraft(null, values, { [CODE]: CODE_TITLE });
				if (!saved.ok) return saved;
				if (saved.value.kind === 'invalid')
					return fail('invalid', saved.value.problems.map((p) => p.message).join(' '));
				ctx.remember({ solicitationId: saved.value.solicitation.id });
				s = saved.value.solicitation;
			}
			if (s.status === 'draft' && !s.documents?.length) {
				const added = await addDocuments(s.id, [samplePdf('specifications.pdf')]);
				if (!added.ok) return added;
			}
			let notified = 'It was already published.';
			if (s.status === 'draft') {
				const published = await publishDraft(s.id, demoLinks());
				if (!published.ok) return published;
				if (published.value.kind === 'invalid')
					return fail('invalid', published.value.problems.map((p) => p.message).join(' '));
				if (published.value.kind === 'published') {
					s = published.value.outcome.solicitation;
					const to = published.value.outcome.notified.map((n) => n.organization);
					notified = to.length
						? `Notification e-mails went to ${to.length} supplier${to.length === 1 ? '' : 's'} with its code: ${to.join(', ')}.`
						: 'No registered supplier has its code, so no notification went out.';
				}
			}
			return ok({
				message: `${s.number} “${s.title}” is open, due ${easternTime(s.dueAt)}. ${notified}`,
				link: agencyPage(s.id)
			});
		}
	},
	{
		id: 'respond',
		name: 'Suppliers respond',
		description:
			'Harbor says it intends to respond and submits $48,000.00; Luis Ortega submits $52,750.00.',
		async run(ctx) {
			const s = await solicitation(ctx);
			if (!s.ok) return s;
			const said: string[] = [];
			for (const [supplier, price] of [
				[HARBOR, '48,000.00'],
				[ORTEGA, '52,750.00']
			] as const) {
				const who = await responder(supplier);
				if (!who.ok) return who;
				const name = who.value.organization.legalName;
				if (supplier === HARBOR) {
					const intends = await changeResponseAs(who.value, s.value.id, demoNow(), (r) =>
						ok({ ...r, intends: true })
					);
					if (!intends.ok) return intends;
					if (intends.value.submitted) {
						said.push(`${name} had already submitted ${money(intends.value.submitted.price)}`);
						continue;
					}
				}
				const submitted = await submitResponseAs(who.value, s.value.id, response(price));
				if (!submitted.ok) return submitted;
				if (submitted.value.kind === 'invalid')
					return fail('invalid', submitted.value.problems.map((p) => p.message).join(' '));
				said.push(
					`${name} submitted ${money(price)} (confirmation ${submitted.value.record.submitted!.confirmation})`
				);
			}
			return ok({
				message: `${said.join('; ')}. The responses are sealed until the due date: the agency sees only how many. Log in as ${usernameOf(HARBOR)} (password ${passwordOf(HARBOR)}) to see Harbor's response.`,
				link: bidPage(s.value.id, 'respond', "The solicitation's Respond tab")
			});
		}
	},
	{
		id: 'addendum',
		name: 'The agency publishes an addendum',
		description: 'Addendum 1 moves the site visit; it is e-mailed to both suppliers.',
		async run(ctx) {
			const staff = ensureStaff();
			if (!staff.ok) return staff;
			const s = await solicitation(ctx);
			if (!s.ok) return s;
			const link = bidPage(s.value.id, 'addenda', "The solicitation's Addenda tab");
			if (s.value.addenda?.length)
				return ok({ message: 'Addendum 1 was already published.', link });
			const published = await publishAddendum(
				s.value.id,
				{ text: 'The site visit moves to the north lot.', dueDate: '', dueTime: '' },
				null,
				demoLinks()
			);
			if (!published.ok) return published;
			if (published.value.kind === 'invalid')
				return fail('invalid', published.value.problems.map((p) => p.message).join(' '));
			const n = published.value.emailed;
			return ok({
				message: `Published Addendum 1: “The site visit moves to the north lot.” E-mailed ${n} supplier${n === 1 ? '' : 's'} (in the outbox). A response must acknowledge it before it can be submitted again.`,
				link
			});
		}
	},
	{
		id: 'acknowledge',
		name: 'Harbor acknowledges it and revises',
		description:
			'Harbor’s revised $47,500.00 is refused until it acknowledges Addendum 1, then submitted.',
		async run(ctx) {
			const s = await solicitation(ctx);
			if (!s.ok) return s;
			const addendum = s.value.addenda?.[0];
			if (!addendum) return fail('invalid', 'There is no addendum yet: publish it first.');
			const who = await responder(HARBOR);
			if (!who.ok) return who;
			const link = bidPage(s.value.id, 'respond', "Harbor's Respond tab");
			const stored = await getResponse(responseId(s.value.id, who.value.organization.id));
			if (!stored.ok) return stored;
			if (stored.value?.submitted?.acknowledged.includes(addendum.id))
				return ok({ message: 'Harbor had already acknowledged Addendum 1 and revised.', link });
			// First without the acknowledgement: the rule the supplier's form shows refuses it.
			const refused = await submitResponseAs(who.value, s.value.id, response('47,500.00'));
			if (!refused.ok) return refused;
			const why =
				refused.value.kind === 'invalid'
					? refused.value.problems.map((p) => p.message).join(' ')
					: '';
			const submitted = await submitResponseAs(
				who.value,
				s.value.id,
				response('47,500.00', [addendum.id])
			);
			if (!submitted.ok) return submitted;
			if (submitted.value.kind === 'invalid')
				return fail('invalid', submitted.value.problems.map((p) => p.message).join(' '));
			return ok({
				message: `Harbor's revised response ($47,500.00) was first refused: “${why}”. It acknowledged Addendum 1 and submitted again (confirmation ${submitted.value.record.submitted!.confirmation}).`,
				link
			});
		}
	},
	{
		id: 'due',
		name: 'The due date passes',
		description: 'The demo clock moves an hour past the due date.',
		async run(ctx) {
			const s = await solicitation(ctx);
			if (!s.ok) return s;
			const due = Date.parse(s.value.dueAt);
			if (demoNow() <= due && !pretendItIs(due + 3600_000))
				return fail(
					'invalid',
					'The demo clock could not be moved: this browser keeps no settings.'
				);
			return ok({
				message: `The demo clock says ${easternTime(new Date(demoNow()).toISOString())}: the due date, ${easternTime(s.value.dueAt)}, has passed. Responses can no longer be submitted, revised or withdrawn.`,
				link: bidPage(s.value.id, null, 'The solicitation on the Bid Board (Closed)')
			});
		}
	},
	{
		id: 'open',
		name: 'The agency opens the responses',
		description: 'Unsealed after the due date: side by side, lowest price first.',
		async run(ctx) {
			const staff = ensureStaff();
			if (!staff.ok) return staff;
			const s = await solicitation(ctx);
			if (!s.ok) return s;
			const view = await agencyResponses(s.value);
			if (!view.ok) return view;
			if (view.value.sealed)
				return fail(
					'invalid',
					`The responses are sealed until ${easternTime(view.value.dueAt)}: let the due date pass first.`
				);
			const list = view.value.responses
				.map((r) => `${r.organizationName} ${money(r.submitted!.price)}`)
				.join(', ');
			return ok({
				message: `${view.value.responses.length} responses, lowest price first: ${list}.`,
				link: agencyPage(s.value.id)
			});
		}
	},
	{
		id: 'award',
		name: 'The agency awards it',
		description:
			'Awarded to the lowest price: the notice goes to its Contract Notification Contact.',
		async run(ctx) {
			const staff = ensureStaff();
			if (!staff.ok) return staff;
			const s = await solicitation(ctx);
			if (!s.ok) return s;
			if (s.value.award)
				return ok({
					message: `It was already awarded to ${s.value.award.organizationName}.`,
					link: agencyPage(s.value.id)
				});
			const view = await agencyResponses(s.value);
			if (!view.ok) return view;
			const lowest = view.value.sealed ? null : view.value.responses[0];
			if (!lowest) return fail('invalid', 'There is no opened response to award.');
			const awarded = await awardSolicitation(s.value.id, lowest.organizationId, demoLinks());
			if (!awarded.ok) return awarded;
			const n = awarded.value.unsuccessful;
			return ok({
				message: `Awarded to ${lowest.organizationName}. The notice of award went to ${awarded.value.notified}; ${n} unsuccessful responder${n === 1 ? ' was' : 's were'} told (both in the outbox).`,
				link: agencyPage(s.value.id)
			});
		}
	},
	{
		id: 'readiness',
		name: 'The supplier completes its readiness',
		description:
			'Harbor uploads its insurance certificate, W-9 and affidavits and fills its Additional Required Attributes.',
		async run(ctx) {
			const s = await solicitation(ctx);
			if (!s.ok) return s;
			if (!s.value.award) return fail('invalid', 'The solicitation is not awarded yet.');
			const winner = await responder(HARBOR);
			if (!winner.ok) return winner;
			if (winner.value.organization.id !== s.value.award.organizationId)
				return fail(
					'invalid',
					`It was awarded to ${s.value.award.organizationName}, not to the story's Harbor: start the story again.`
				);
			const done = await completeReadiness(winner.value);
			if (!done.ok) return done;
			return ok({
				message: `${winner.value.organization.legalName}'s Contract Award Readiness is complete (${done.value}). The agency can finalize the award.`,
				link: agencyPage(s.value.id)
			});
		}
	},
	{
		id: 'contract',
		name: 'The contract goes on the Contract Board',
		description: 'The agency finalizes the award; the contract is listed on the Contract Board.',
		async run(ctx) {
			const staff = ensureStaff();
			if (!staff.ok) return staff;
			const s = await solicitation(ctx);
			if (!s.ok) return s;
			let contractId = s.value.award?.contractId ?? null;
			let said = 'The award was already final';
			if (!contractId) {
				const finalized = await finalizeAward(s.value.id, demoLinks());
				if (!finalized.ok) return finalized;
				contractId = finalized.value.contractId;
				said = `The award is final (${easternTime(finalized.value.solicitation.award!.finalizedAt!)})`;
			}
			return ok({
				message: `${said}: contract ${s.value.number}-C, “${s.value.title}”, is on the Contract Board with ${s.value.award!.organizationName} as contractor.`,
				link: {
					route: '/contracts/view',
					search: `?id=${encodeURIComponent(contractId)}`,
					text: `Contract ${s.value.number}-C on the Contract Board`
				}
			});
		}
	}
];

// ---- readiness -------------------------------------------------------------------------------

/** Values the Additional Required Attributes forms accept (as the browser test fills them). */
export function sampleCompanyInfo(): CompanyInfoValues {
	return {
		incorporatingState: 'CT',
		webAddress: 'https://www.harborfacility.example',
		sosRegistered: 'yes',
		usDot: '',
		ctTaxNumber: '1234567890'
	};
}

export function sampleEo13g(today: Date): Eo13gValues {
	return {
		a: '20',
		b: '0',
		c: '5',
		c1: '1',
		c2: '1',
		c3: '0',
		d: '25',
		affirmed: true,
		attested: true,
		name: 'Dana Kim',
		date: {
			month: String(today.getMonth() + 1),
			day: String(today.getDate()),
			year: String(today.getFullYear())
		},
		submitter: 'Dana Kim',
		title: 'Contracts Manager',
		email: 'contracts@harborfacility.example',
		phone: '(203) 555-0112'
	};
}

/**
 * Completes what the supplier's readiness checklist still misses, as the supplier would: sample
 * PDFs into the Attachments folders (the insurance certificate visible to the buyer) and the
 * attribute sections, checked by the forms' own rules. Returns what was done.
 */
async function completeReadiness(who: Responder): Promise<Result<string>> {
	const org = who.organization;
	const before = await organizationReadiness(org);
	if (!before.ok) return before;
	const missing = new Set(before.value.filter((i) => !i.done).map((i) => i.id));
	if (!missing.size) return ok('every item was already done');
	const files: [string, string, string | null][] = [];
	if (missing.has('certificate-of-insurance'))
		files.push(['certificate-of-insurance.pdf', 'insurance', 'certificate']);
	if (missing.has('w9')) files.push(['w9.pdf', 'w9', null]);
	if (missing.has('statutory')) files.push(['statutory-affidavits.pdf', 'statutory', null]);
	for (const [name, category, kind] of files) {
		const saved = await saveAttachment({
			organizationId: org.id,
			name,
			blob: samplePdf(name),
			type: 'application/pdf',
			category,
			insuranceKind: kind,
			visibleToBuyer: true
		});
		if (!saved.ok) return saved;
	}
	const today = new Date();
	const sections: Record<string, { values: unknown; updatedAt: string }> = {};
	if (missing.has('company-info')) {
		const values = sampleCompanyInfo();
		const problems = companyInfoProblems(values);
		if (problems.length) return fail('invalid', problems.map((p) => p.message).join(' '));
		sections.companyInfo = { values, updatedAt: today.toISOString() };
	}
	if (missing.has('eo13g')) {
		const values = sampleEo13g(today);
		const saved = readSection(org, 'eo13g');
		const problems = eo13gProblems(values, saved.updatedAt ? saved.values : null, localToday());
		if (problems.length) return fail('invalid', problems.map((p) => p.message).join(' '));
		sections.eo13g = { values, updatedAt: today.toISOString() };
	}
	if (Object.keys(sections).length) {
		const changed = await updateOrganization(
			org.id,
			{
				details: {
					...org.details,
					requirements: { ...org.details.requirements, ...sections }
				}
			},
			{
				userId: who.user.id,
				userName: `${who.user.firstName} ${who.user.lastName}`.trim(),
				section: 'Additional Required Attributes',
				fields: Object.keys(sections)
			}
		);
		if (!changed.ok) return changed;
	}
	const after = await awardReadinessOf(org.id);
	if (!after.ok) return after;
	const still = after.value.filter((i) => !i.done);
	if (still.length)
		return fail('invalid', `Still missing: ${still.map((i) => i.label).join('; ')}.`);
	return ok(
		`${files.length} sample document${files.length === 1 ? '' : 's'} uploaded, ${Object.keys(sections).length} attribute section${Object.keys(sections).length === 1 ? '' : 's'} filled; 6 of 6 items done`
	);
}

async function awardReadinessOf(orgId: string) {
	const org = await getOrganization(orgId);
	return org.ok ? organizationReadiness(org.value) : org;
}

// ---- running ---------------------------------------------------------------------------------

export type StepResult =
	| ({ ok: true; step: StoryStep; progress: StoryProgress } & StepOutcome)
	| { ok: false; step: StoryStep; message: string };

/**
 * Runs the next step and, when it worked, remembers it as done. Null when the story is complete.
 */
export async function runNextStep(): Promise<StepResult | null> {
	let progress = readStory();
	const step = STORY_STEPS[progress.done];
	if (!step) return null;
	const ctx: Context = {
		progress,
		remember: (patch) => {
			progress = { ...progress, ...patch };
			ctx.progress = progress;
			writeStory(progress);
		}
	};
	let outcome: Result<StepOutcome>;
	try {
		outcome = await step.run(ctx);
	} catch (e) {
		outcome = fail('invalid', e instanceof Error ? e.message : String(e));
	}
	if (!outcome.ok) return { ok: false, step, message: outcome.error.message };
	progress = { ...ctx.progress, done: progress.done + 1 };
	if (!writeStory(progress))
		return { ok: false, step, message: 'This browser keeps no settings: the story cannot go on.' };
	return { ok: true, step, progress, ...outcome.value };
}
