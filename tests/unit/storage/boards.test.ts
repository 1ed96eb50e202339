import { sampleContracts, sampleSolicitations } from '$lib/domain/boards';
import { ok } from '$lib/domain/result';
import {
	changeSolicitation,
	ensureBoards,
	getSolicitation,
	listContracts,
	listReviews,
	listSolicitations,
	putSolicitation,
	saveReview
} from '$lib/storage';
import { freshStorage, must } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});

const now = Date.parse('2026-11-22T15:00:00Z');
const seed = () =>
	ensureBoards({
		solicitations: () =>
			sampleSolicitations(now).map((s) => ({ ...s, publishedAt: null, sample: true })),
		contracts: () => sampleContracts(now).map((c) => ({ ...c, sample: true }))
	});

describe('boards', () => {
	it('seeds the sample boards once; later calls keep what is there', async () => {
		expect(must(await seed())).toEqual({ solicitations: 60, contracts: 40 });
		const [first] = sampleSolicitations(now);
		must(
			await putSolicitation({
				...first!,
				id: 'published-1',
				number: '26PSX9999',
				publishedAt: new Date(now).toISOString(),
				sample: false
			})
		);
		expect(must(await seed())).toEqual({ solicitations: 0, contracts: 0 });
		expect(must(await listSolicitations())).toHaveLength(61);
		expect(must(await listContracts())).toHaveLength(40);
		expect(must(await getSolicitation('published-1')).sample).toBe(false);
		expect(await getSolicitation('nope')).toMatchObject({
			ok: false,
			error: { kind: 'not-found' }
		});
	});

	it('refuses a solicitation without codes', async () => {
		const [first] = sampleSolicitations(now);
		expect(
			await putSolicitation({ ...first!, codes: [], publishedAt: null, sample: false })
		).toMatchObject({ ok: false, error: { kind: 'invalid' } });
	});

	it('keeps an agency draft without codes yet, and changes one in a transaction', async () => {
		const [first] = sampleSolicitations(now);
		const draft = { ...first!, id: 'd1', codes: [], status: 'draft' as const, sample: false };
		expect(await putSolicitation({ ...draft, publishedAt: null })).toMatchObject({ ok: true });
		const changed = await changeSolicitation('d1', (s) => ok({ ...s, title: 'Renamed' }));
		expect(changed).toMatchObject({ ok: true, value: { title: 'Renamed', status: 'draft' } });
		expect(
			await changeSolicitation('d1', (s) => ok({ ...s, status: 'open' as const }))
		).toMatchObject({
			ok: false,
			error: { message: 'A published solicitation needs at least one UNSPSC code' }
		});
		expect(await getSolicitation('d1')).toMatchObject({ value: { status: 'draft' } });
	});

	it('one review per reviewer per contract: a second save edits it', async () => {
		const review = {
			contractId: 'c1',
			reviewerId: 'r1',
			reviewerName: 'Pat',
			rating: 4,
			comment: 'Good'
		};
		const first = must(await saveReview(review));
		const edited = must(await saveReview({ ...review, rating: 2, comment: ' Late twice. ' }));
		expect(edited).toMatchObject({ id: 'c1:r1', rating: 2, comment: 'Late twice.' });
		expect(edited.createdAt).toBe(first.createdAt);
		must(await saveReview({ ...review, reviewerId: 'r2', rating: 5 }));
		expect(
			must(await listReviews('c1'))
				.map((r) => r.rating)
				.sort()
		).toEqual([2, 5]);
		expect(must(await listReviews('c2'))).toEqual([]);
	});

	it('a rating is a whole number from 1 to 5; a comment at most 1,000 characters', async () => {
		const review = {
			contractId: 'c1',
			reviewerId: 'r1',
			reviewerName: 'Pat',
			rating: 0,
			comment: ''
		};
		expect(await saveReview(review)).toMatchObject({
			ok: false,
			error: { message: 'Choose a rating from 1 to 5 stars' }
		});
		expect((await saveReview({ ...review, rating: 4.5 })).ok).toBe(false);
		expect(await saveReview({ ...review, rating: 3, comment: 'x'.repeat(1001) })).toMatchObject({
			ok: false,
			error: { message: 'The comment must be 1,000 characters or fewer' }
		});
	});
});
