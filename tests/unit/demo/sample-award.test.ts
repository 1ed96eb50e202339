/**
 * The sample data's award in progress: a solicitation with the sample suppliers' submitted
 * responses, awarded to the lowest price and not final; loading again creates nothing new and
 * leaves the tab's staff sign-in as it was.
 */
import { freshStorage, must } from '../../support/storage';
import { setPasswordIterationsForTests, listOutbox } from '$lib/storage';
import { currentReviewer, forgetReviewers } from '$lib/boards/reviewers';
import { listSolicitations } from '$lib/storage/boards';
import { listResponses } from '$lib/storage/responses';
import { loadSampleData } from '$lib/demo/sample-data';
import { SAMPLE_AWARD_NUMBER } from '$lib/demo/sample-award';

beforeAll(() => {
	setPasswordIterationsForTests(1_000);
	// Submit My Registration and the e-mails' links are made from the page's address.
	vi.stubGlobal('location', new URL('http://localhost:4173/demo'));
});
afterAll(() => vi.unstubAllGlobals());

beforeEach(() => {
	freshStorage();
	forgetReviewers();
});

const awards = async () =>
	must(await listSolicitations()).filter((s) => s.number === SAMPLE_AWARD_NUMBER);

describe('the sample data’s award in progress', () => {
	it('has submitted responses from sample suppliers and an award that is not final', async () => {
		const out = await loadSampleData(() => {});
		expect(out.problems).toEqual([]);
		const [s, ...more] = await awards();
		expect(more).toEqual([]);
		expect(s).toMatchObject({ status: 'awarded', sample: false, publishedAt: expect.any(String) });
		expect(s!.award).toMatchObject({
			organizationName: 'Sample Vendor LLC',
			finalizedAt: null,
			contractId: null
		});
		expect(Date.parse(s!.dueAt)).toBeLessThan(Date.now());
		const responses = must(await listResponses(s!.id));
		expect(responses.map((r) => [r.organizationName, r.submitted?.price]).sort()).toEqual([
			["Maria O'Neill", '21,950.00'],
			['Sample Vendor LLC', '18,400.00']
		]);
		const kinds = must(await listOutbox()).map((e) => e.kind);
		expect(kinds.filter((k) => k === 'award')).toHaveLength(1);
		expect(kinds.filter((k) => k === 'award-unsuccessful')).toHaveLength(1);
		// The loader acted as staff for a moment: the presenter is not left signed in.
		expect(currentReviewer()).toBeNull();
	}, 60_000);

	it('loading twice creates nothing new', async () => {
		await loadSampleData(() => {});
		const [first] = await awards();
		const mails = must(await listOutbox()).length;
		const again = await loadSampleData(() => {});
		expect(again).toMatchObject({ created: 0, problems: [] });
		expect(await awards()).toEqual([first]);
		expect(must(await listOutbox())).toHaveLength(mails);
	}, 60_000);
});
