/**
 * The sample data's award in progress: a solicitation published three weeks ago (by the demo
 * clock), with submitted responses from sample suppliers, closed, and awarded to the lowest price
 * but not finalized (the winner's Contract Award Readiness is still to do). Made through the
 * agency workspace's and the responses' own functions, told the time they happened; found by its
 * number, so loading again goes on where a load stopped and creates nothing once awarded.
 */
import {
	awardSolicitation,
	newDraftValues,
	publishDraft,
	saveDraft
} from '$lib/agency/solicitations';
import { submitResponseAs } from '$lib/boards/responses';
import { demoNow } from '$lib/demo/clock';
import { fail, ok, type Result } from '$lib/domain/result';
import { listSolicitations, type SolicitationRecord } from '$lib/storage/boards';
import { listResponses } from '$lib/storage/responses';
import { asStaffForAMoment, demoLinks, responderOf } from './demo-actors';

export const SAMPLE_AWARD_NUMBER = 'DAS-2026-0417';
const CODE = '76111500';
const DAY = 24 * 3600_000;

/** Sample suppliers' responses (lowest first: Sample Vendor LLC is awarded). */
const RESPONSES = [
	{ username: 'SampleVendor', price: '18,400.00' },
	{ username: 'maria.oneill', price: '21,950.00' }
];

/** Whether it was created now (false: it was already there). */
export async function ensureSampleAward(): Promise<Result<boolean>> {
	const listed = await listSolicitations();
	if (!listed.ok) return listed;
	const found = listed.value.find((s) => !s.sample && s.number === SAMPLE_AWARD_NUMBER) ?? null;
	if (found?.award) return ok(false);
	return asStaffForAMoment(async (who) => {
		// Published three weeks ago, due a week ago: its responses came in while it was open.
		const publishedAt = Date.parse(found?.postedAt ?? '') || demoNow() - 21 * DAY;
		let s: SolicitationRecord;
		if (found) s = found;
		else {
			const saved = await saveDraft(
				null,
				{
					...newDraftValues(who, publishedAt),
					number: SAMPLE_AWARD_NUMBER,
					title: 'Janitorial services, State Office Building',
					description: 'Nightly cleaning of the State Office Building, 165 Capitol Avenue.',
					codes: [CODE]
				},
				{ [CODE]: 'General building and office cleaning and maintenance services' },
				publishedAt
			);
			if (!saved.ok) return saved;
			if (saved.value.kind === 'invalid')
				return fail('invalid', saved.value.problems.map((p) => p.message).join(' '));
			s = saved.value.solicitation;
		}
		if (s.status === 'draft') {
			const published = await publishDraft(s.id, demoLinks(), publishedAt);
			if (!published.ok) return published;
			if (published.value.kind === 'invalid')
				return fail('invalid', published.value.problems.map((p) => p.message).join(' '));
		}
		const responses = await listResponses(s.id);
		if (!responses.ok) return responses;
		for (const [i, r] of RESPONSES.entries()) {
			const who = await responderOf(r.username);
			if (!who.ok) return who;
			if (!who.value) continue;
			const orgId = who.value.organization.id;
			if (responses.value.some((x) => x.organizationId === orgId && x.submitted)) continue;
			const submitted = await submitResponseAs(
				who.value,
				s.id,
				{
					price: r.price,
					statement: 'A night crew of six, green-certified products, a supervisor on site.',
					acknowledged: [],
					certified: true
				},
				publishedAt + (i + 2) * DAY
			);
			if (!submitted.ok) return submitted;
			if (submitted.value.kind === 'invalid')
				return fail('invalid', submitted.value.problems.map((p) => p.message).join(' '));
		}
		const all = await listResponses(s.id);
		if (!all.ok) return all;
		const price = (p: string) => Number(p.replace(/[$,]/g, ''));
		const lowest = all.value
			.filter((r) => r.submitted)
			.sort((a, b) => price(a.submitted!.price) - price(b.submitted!.price))[0];
		if (!lowest)
			return fail('invalid', 'The sample award has no responses: load the suppliers first.');
		const awarded = await awardSolicitation(s.id, lowest.organizationId, demoLinks());
		return awarded.ok ? ok(true) : awarded;
	});
}
