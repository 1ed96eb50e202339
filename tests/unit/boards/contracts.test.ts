import {
	COMMENT_TOO_LONG,
	RATING_MISSING,
	forgetSampleReviews,
	loadContractBoard,
	loadContractPage,
	ratingSummary,
	ratingText,
	reviewProblems,
	sampleReviews,
	submitReview
} from '$lib/boards/contracts';
import {
	REVIEWER_IDLE_MS,
	REVIEWER_SESSION_ENDED,
	SAMPLE_REVIEWERS,
	endReviewerSession,
	findReviewer,
	forgetReviewers,
	startReviewerSession
} from '$lib/boards/reviewers';
import { forgetSeeding } from '$lib/boards/solicitations';
import { sampleContracts } from '$lib/domain/boards';
import { REVIEW_COMMENT_MAX, listReviews } from '$lib/storage';
import { freshStorage, must } from '../../support/storage';

const NOW = Date.parse('2026-11-22T12:00:00Z');

beforeEach(() => {
	freshStorage();
	forgetSeeding();
	forgetSampleReviews();
	forgetReviewers();
});

describe('ratingSummary', () => {
	it('has no average without reviews', () => {
		expect(ratingSummary([])).toEqual({ count: 0, average: null });
		expect(ratingText(ratingSummary([]))).toBe('No reviews yet');
	});

	it('averages the ratings to one decimal', () => {
		expect(ratingSummary([{ rating: 4 }])).toEqual({ count: 1, average: 4 });
		expect(ratingSummary([{ rating: 4 }, { rating: 5 }])).toEqual({ count: 2, average: 4.5 });
		expect(ratingSummary([{ rating: 5 }, { rating: 4 }, { rating: 4 }])).toEqual({
			count: 3,
			average: 4.3
		});
		expect(ratingSummary([{ rating: 1 }, { rating: 2 }, { rating: 2 }])).toEqual({
			count: 3,
			average: 1.7
		});
		expect(ratingText({ count: 1, average: 4 })).toBe('4.0 out of 5 (1 review)');
		expect(ratingText({ count: 2, average: 4.5 })).toBe('4.5 out of 5 (2 reviews)');
	});
});

describe('reviewProblems', () => {
	it('asks for a rating from 1 to 5 and limits the comment', () => {
		expect(reviewProblems({ rating: null, comment: '' })).toEqual({ rating: RATING_MISSING });
		expect(reviewProblems({ rating: 0, comment: '' }).rating).toBe(RATING_MISSING);
		expect(reviewProblems({ rating: 6, comment: '' }).rating).toBe(RATING_MISSING);
		expect(reviewProblems({ rating: 3, comment: '' })).toEqual({});
		expect(reviewProblems({ rating: 3, comment: 'x'.repeat(REVIEW_COMMENT_MAX) })).toEqual({});
		expect(reviewProblems({ rating: 3, comment: 'x'.repeat(REVIEW_COMMENT_MAX + 1) })).toEqual({
			comment: COMMENT_TOO_LONG
		});
	});
});

describe('sampleReviews', () => {
	it('is deterministic, by the sample reviewers, at most one per reviewer per contract', () => {
		const contracts = sampleContracts(NOW);
		const a = sampleReviews(contracts);
		expect(sampleReviews(contracts)).toEqual(a);
		expect(a.length).toBeGreaterThan(5);
		const keys = a.map((r) => `${r.contractId}:${r.reviewerId}`);
		expect(new Set(keys).size).toBe(keys.length);
		for (const r of a) {
			expect(SAMPLE_REVIEWERS.some((s) => s.id === r.reviewerId)).toBe(true);
			expect(r.rating).toBeGreaterThanOrEqual(1);
			expect(r.rating).toBeLessThanOrEqual(5);
		}
		expect(new Set(a.map((r) => r.contractId)).size).toBeLessThan(contracts.length);
	});
});

describe('the Contract Board with reviews', () => {
	it('seeds about 40 contracts with the sample reviews once, with averages and counts', async () => {
		const board = must(await loadContractBoard(NOW));
		expect(board).toHaveLength(40);
		const reviewed = board.filter((c) => c.rating.count > 0);
		expect(reviewed.length).toBeGreaterThan(0);
		const total = must(await listReviews()).length;
		expect(reviewed.reduce((n, c) => n + c.rating.count, 0)).toBe(total);
		forgetSampleReviews();
		must(await loadContractBoard(NOW));
		expect(must(await listReviews())).toHaveLength(total);
	});

	it('saves one review per reviewer per contract; saving again edits it', async () => {
		const board = must(await loadContractBoard(NOW));
		const reviewer = findReviewer(SAMPLE_REVIEWERS[0]!.id)!;
		const page = must(await loadContractPage(board[0]!.id, NOW));
		const others = page.reviews.filter((r) => r.reviewerId !== reviewer.id);
		const id = page.contract.id;
		startReviewerSession(reviewer);

		const missing = await submitReview(reviewer, id, { rating: null, comment: 'Fine' });
		expect(missing.ok).toBe(false);
		if (!missing.ok) expect(missing.error.message).toBe(RATING_MISSING);

		const hadOne = page.reviews.some((r) => r.reviewerId === reviewer.id);
		const first = must(await submitReview(reviewer, id, { rating: 4, comment: ' On time. ' }));
		expect(first.updated).toBe(hadOne);
		expect(first.review.comment).toBe('On time.');
		const second = must(await submitReview(reviewer, id, { rating: 2, comment: 'Late.' }));
		expect(second.updated).toBe(true);

		const after = must(await loadContractPage(id, NOW));
		const mine = after.reviews.filter((r) => r.reviewerId === reviewer.id);
		expect(mine).toHaveLength(1);
		expect(mine[0]).toMatchObject({ rating: 2, comment: 'Late.', agency: reviewer.agency });
		expect(after.rating).toEqual(ratingSummary([...others, { rating: 2 }]));
		expect(after.reviews[0]!.reviewerId).toBe(reviewer.id);
	});

	it('refuses a review once the reviewer’s sign-in has ended (checked at the action)', async () => {
		const board = must(await loadContractBoard(NOW));
		const reviewer = findReviewer(SAMPLE_REVIEWERS[0]!.id)!;
		const id = board[0]!.id;
		const before = must(await listReviews()).length;
		for (const start of [null, Date.now() - REVIEWER_IDLE_MS - 1]) {
			if (start === null) endReviewerSession();
			else startReviewerSession(reviewer, start);
			expect(await submitReview(reviewer, id, { rating: 5, comment: 'Great.' })).toEqual({
				ok: false,
				error: { kind: 'invalid', message: REVIEWER_SESSION_ENDED }
			});
		}
		// Signed in as someone else: not this reviewer's review to write.
		startReviewerSession(findReviewer(SAMPLE_REVIEWERS[1]!.id)!);
		expect((await submitReview(reviewer, id, { rating: 5, comment: 'Great.' })).ok).toBe(false);
		expect(must(await listReviews())).toHaveLength(before);
	});

	it('says when a contract does not exist', async () => {
		const r = await loadContractPage('con-999', NOW);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error.kind).toBe('not-found');
	});
});
