/**
 * The response actions themselves (not only the page): a user without the "Respond to
 * solicitations" permission, or suspended, is refused by submit and by every change, and nothing
 * is stored; a tab's submit based on a revision another tab moved past is refused as a conflict.
 */
import { freshStorage, must } from '../../support/storage';
import { setPasswordIterationsForTests } from '$lib/storage';
import { forgetReviewers } from '$lib/boards/reviewers';
import { resetClock } from '$lib/demo/clock';
import { getResponse, responseId, revisionOf } from '$lib/storage/responses';
import { readStory, runNextStep } from '$lib/demo/story';
import { responderOf } from '$lib/demo/demo-actors';
import {
	changeResponseAs,
	draftSave,
	submitResponseAs,
	type Responder
} from '$lib/boards/responses';
import { NO_RESPOND_PERMISSION } from '$lib/domain/procurement/responses';
import { ok, type Result } from '$lib/domain/result';

beforeAll(() => {
	setPasswordIterationsForTests(1_000);
	vi.stubGlobal('location', new URL('http://localhost:4173/demo'));
});
afterAll(() => vi.unstubAllGlobals());

const VALUES = {
	price: '12,500.00',
	statement: 'Two plows on call all winter.',
	acknowledged: [],
	certified: true
};

/** The story's supplier and its open solicitation (registered, approved, published). */
async function openSolicitation(): Promise<{ harbor: Responder; id: string }> {
	freshStorage();
	forgetReviewers();
	resetClock();
	for (let i = 0; i < 3; i++) {
		const step = await runNextStep();
		if (!step?.ok) throw new Error(`story step ${i + 1} failed`);
	}
	return { harbor: must(await responderOf('story.harbor'))!, id: readStory().solicitationId! };
}

const without = (who: Responder, role: string): Responder => ({
	...who,
	user: { ...who.user, roles: who.user.roles.filter((r) => r !== role) }
});

function refusal(result: Result<unknown>): string {
	if (result.ok) throw new Error('expected a refusal');
	return result.error.message;
}

describe('the response actions', () => {
	it('refuse a user without the Respond permission: submit and draft changes, nothing stored', async () => {
		const { harbor, id } = await openSolicitation();
		const reader = without(harbor, 'respond');

		expect(refusal(await submitResponseAs(reader, id, VALUES))).toBe(NO_RESPOND_PERMISSION);
		expect(
			refusal(await changeResponseAs(reader, id, Date.now(), (r) => ok({ ...r, intends: true })))
		).toBe(NO_RESPOND_PERMISSION);
		const suspended = { ...harbor, user: { ...harbor.user, suspended: true } };
		expect(refusal(await submitResponseAs(suspended, id, VALUES))).toBe(NO_RESPOND_PERMISSION);
		expect(must(await getResponse(responseId(id, harbor.organization.id)))).toBeNull();

		// The same user with the permission submits.
		const submitted = must(await submitResponseAs(harbor, id, VALUES));
		expect(submitted.kind).toBe('submitted');
	});

	it('count revisions, and refuse a submit based on one another tab moved past', async () => {
		const { harbor, id } = await openSolicitation();
		const first = must(
			await changeResponseAs(harbor, id, Date.now(), (r) =>
				ok({ ...r, draft: { ...r.draft, price: '1.00' } })
			)
		);
		expect(revisionOf(first)).toBe(1);
		// Another tab saves on top of revision 1.
		const theirs = must(
			await changeResponseAs(harbor, id, Date.now(), (r) =>
				ok({ ...r, draft: { ...r.draft, price: '2.00' } })
			)
		);
		expect(revisionOf(theirs)).toBe(2);

		const stale = await submitResponseAs(harbor, id, VALUES, Date.now(), 1);
		expect(stale.ok).toBe(false);
		if (!stale.ok) {
			expect(stale.error).toMatchObject({ kind: 'conflict', theirRevision: 2 });
			expect(stale.error.message).toContain('changed in another tab or window');
		}
		const stored = must(await getResponse(responseId(id, harbor.organization.id)))!;
		expect(stored.draft.price).toBe('2.00');
		expect(stored.submitted).toBeNull();

		const fresh = must(await submitResponseAs(harbor, id, VALUES, Date.now(), 2));
		expect(fresh.kind).toBe('submitted');
	});

	it('take the same answers saved again on an older revision (the save sent before a reload)', async () => {
		const { harbor, id } = await openSolicitation();
		const typed = { ...VALUES, statement: 'One plow, on call.' };
		// The page saves on leaving (revision 0 to 1) after the reloaded page read revision 0...
		must(await changeResponseAs(harbor, id, Date.now(), draftSave(typed, 0)));
		// ...which then sends the same answers from its copy: nothing of anyone's is overwritten.
		const again = must(await changeResponseAs(harbor, id, Date.now(), draftSave(typed, 0)));
		expect(again.draft.statement).toBe('One plow, on call.');
		// Other answers on the old revision are still another tab's conflict.
		const other = await changeResponseAs(
			harbor,
			id,
			Date.now(),
			draftSave({ ...typed, price: '9.00' }, 0)
		);
		expect(other.ok).toBe(false);
		if (!other.ok) expect(other.error).toMatchObject({ kind: 'conflict' });
		const stored = must(await getResponse(responseId(id, harbor.organization.id)))!;
		expect(stored.draft.price).toBe(VALUES.price);
	});

	it('keep the reloaded page’s revision when the save sent before the reload lands after its own', async () => {
		const { harbor, id } = await openSolicitation();
		const typed = { ...VALUES, statement: 'One plow, on call.', certified: false };
		// The reloaded page read revision 0 and saves its copy's answers first (0 to 1)...
		const mine = must(await changeResponseAs(harbor, id, Date.now(), draftSave(typed, 0)));
		expect(mine.revision).toBe(1);
		// ...then the save the page sent before the reload arrives: the same answers, nothing written.
		const late = must(await changeResponseAs(harbor, id, Date.now(), draftSave(typed, 0)));
		expect(late.revision).toBe(1);
		// The reloaded page goes on from the revision it holds.
		const certified = must(
			await changeResponseAs(harbor, id, Date.now(), draftSave({ ...typed, certified: true }, 1))
		);
		expect(certified.revision).toBe(2);
		expect(certified.draft.certified).toBe(true);
	});
});
