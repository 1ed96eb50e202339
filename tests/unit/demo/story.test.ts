/**
 * The demo story's steps against fake IndexedDB: each step's effect in order, a step pressed again finds its
 * work done, a step out of order says why, and "Start the story again" begins a new solicitation.
 */
import { freshStorage, must } from '../../support/storage';
import { setPasswordIterationsForTests, listOutbox, getOrganization } from '$lib/storage';
import { forgetReviewers, currentReviewer, endReviewerSession } from '$lib/boards/reviewers';
import { clockOffset, demoNow, resetClock } from '$lib/demo/clock';
import { getSolicitation, getContract } from '$lib/storage/boards';
import { listResponses } from '$lib/storage/responses';
import { organizationReadiness } from '$lib/portal/requirements/sections-and-files';
import {
	readStory,
	restartStory,
	runNextStep,
	STORY_KEY,
	STORY_STEPS,
	type StepResult
} from '$lib/demo/story';
import { responderOf } from '$lib/demo/demo-actors';

beforeAll(() => {
	setPasswordIterationsForTests(1_000);
	// Submit My Registration and the e-mails' links are made from the page's address.
	vi.stubGlobal('location', new URL('http://localhost:4173/demo'));
});
afterAll(() => vi.unstubAllGlobals());

beforeEach(() => {
	freshStorage();
	forgetReviewers();
	resetClock();
});

async function next(): Promise<Extract<StepResult, { ok: true }>> {
	const r = await runNextStep();
	if (!r?.ok) throw new Error(`step failed: ${r ? `${r.step.name}: ${r.message}` : 'none left'}`);
	return r;
}

const solicitationId = () => readStory().solicitationId!;

describe('the demo story', () => {
	it('names its steps in the order of the loop', () => {
		expect(STORY_STEPS.map((s) => s.id)).toEqual([
			'register',
			'approve',
			'publish',
			'respond',
			'addendum',
			'acknowledge',
			'due',
			'open',
			'award',
			'readiness',
			'contract'
		]);
		for (const s of STORY_STEPS) expect(s.name && s.description).toBeTruthy();
	});

	it('plays the whole loop one step at a time, each linking to where it shows', async () => {
		const register = await next();
		expect(register.link).toMatchObject({ route: '/outbox', search: '' });
		const harbor = must(await responderOf('story.harbor'))!;
		expect(harbor.organization.legalName).toBe('Harbor Facility Group LLC');
		expect(must(await responderOf('story.ortega'))).not.toBeNull();
		expect(readStory()).toEqual({ done: 1, solicitationId: null });

		const approve = await next();
		expect(approve.message).toContain('approved Harbor Facility Group LLC');
		expect(currentReviewer()?.name).toBe('Janet Morales');
		expect(must(await getOrganization(harbor.organization.id)).registration?.status).toBe(
			'approved'
		);

		const publish = await next();
		const id = solicitationId();
		expect(publish.link).toMatchObject({
			route: '/agency',
			search: `?view=solicitations&id=${encodeURIComponent(id)}`
		});
		expect(publish.message).toContain('ET');
		const published = must(await getSolicitation(id));
		expect(published.status).toBe('open');
		expect(published.documents?.map((d) => d.name)).toEqual(['specifications.pdf']);

		const respond = await next();
		expect(respond.link.search).toContain('&tab=respond');
		const responses = must(await listResponses(id));
		expect(responses.map((r) => [r.organizationName, r.submitted?.price]).sort()).toEqual([
			['Harbor Facility Group LLC', '48,000.00'],
			['Luis Ortega', '52,750.00']
		]);
		expect(responses.find((r) => r.organizationName.startsWith('Harbor'))?.intends).toBe(true);

		const addendum = await next();
		expect(addendum.message).toContain('E-mailed 2 suppliers');
		expect(must(await getSolicitation(id)).addenda).toHaveLength(1);

		const ack = await next();
		expect(ack.message).toContain('Acknowledge Addendum 1 before you submit');
		const revised = must(await listResponses(id)).find((r) => r.organizationName.startsWith('H'));
		expect(revised?.submitted?.price).toBe('47,500.00');

		const due = await next();
		expect(demoNow()).toBeGreaterThan(Date.parse(published.dueAt));
		expect(clockOffset()).toBeGreaterThan(0);
		expect(due.message).toMatch(/ET/);

		const open = await next();
		expect(open.message).toContain(
			'2 responses, lowest price first: Harbor Facility Group LLC $47,500.00, Luis Ortega $52,750.00'
		);

		const award = await next();
		expect(award.message).toContain('contracts@harborfacility.example');
		expect(must(await getSolicitation(id)).award?.organizationName).toBe(
			'Harbor Facility Group LLC'
		);

		await next();
		const items = must(
			await organizationReadiness(must(await getOrganization(harbor.organization.id)))
		);
		expect(items.filter((i) => !i.done)).toEqual([]);

		const contract = await next();
		expect(contract.link).toMatchObject({
			route: '/contracts/view',
			search: `?id=${encodeURIComponent(`con-${id}`)}`
		});
		expect(must(await getContract(`con-${id}`)).contractor).toBe('Harbor Facility Group LLC');
		expect(readStory().done).toBe(STORY_STEPS.length);
		expect(await runNextStep()).toBeNull();

		const kinds = must(await listOutbox()).map((e) => e.kind);
		expect(kinds).toEqual(
			expect.arrayContaining(['registration-approved', 'addendum', 'award', 'award-final'])
		);
	}, 60_000);

	it('a step run again finds its work done; after a reload it continues where it was', async () => {
		await next();
		// The same step again (as if pressed twice before the progress was kept): nothing new.
		localStorage.setItem(STORY_KEY, JSON.stringify({ done: 0, solicitationId: null }));
		const again = await next();
		expect(again.message).toContain('already registered');
		await next();
		await next();
		const id = solicitationId();
		// Publish again: the same solicitation, already published.
		localStorage.setItem(STORY_KEY, JSON.stringify({ done: 2, solicitationId: id }));
		const republish = await next();
		expect(republish.message).toContain('already published');
		expect(readStory()).toEqual({ done: 3, solicitationId: id });
		// The staff sign-in of the tab has ended (a new tab): the step signs the story's staff in.
		endReviewerSession();
		await next();
		await next();
		expect(must(await getSolicitation(id)).addenda).toHaveLength(1);
		localStorage.setItem(STORY_KEY, JSON.stringify({ done: 4, solicitationId: id }));
		expect((await next()).message).toContain('already published');
		expect(must(await getSolicitation(id)).addenda).toHaveLength(1);
	}, 60_000);

	it('a step that cannot run yet says why and leaves the story where it was', async () => {
		await next();
		await next();
		await next();
		// Skip ahead to "open" while the responses are sealed.
		localStorage.setItem(STORY_KEY, JSON.stringify({ done: 7, solicitationId: solicitationId() }));
		const r = await runNextStep();
		expect(r).toMatchObject({ ok: false, step: { id: 'open' } });
		expect(r && !r.ok && r.message).toMatch(/sealed until .* ET: let the due date pass first/);
		expect(readStory().done).toBe(7);
	}, 60_000);

	it('starts again with a new solicitation, keeping its suppliers', async () => {
		for (let i = 0; i < 3; i++) await next();
		const first = solicitationId();
		restartStory();
		expect(readStory()).toEqual({ done: 0, solicitationId: null });
		expect((await next()).message).toContain('already registered');
		expect((await next()).message).toContain('already approved');
		await next();
		expect(solicitationId()).not.toBe(first);
	}, 60_000);
});
