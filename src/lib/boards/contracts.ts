/**
 * The Contract Board as pages use it: the sample contracts with their ratings, one contract with
 * its reviews, and saving a reviewer's review (one per reviewer per contract; saving again edits
 * it). Sample reviews by the sample reviewers are seeded once, with the boards.
 */
import { seededRandom, SAMPLE_SEED } from '$lib/domain/boards/sample';
import {
	getContract,
	listContracts,
	listReviews,
	REVIEW_COMMENT_MAX,
	saveReview,
	type ContractRecord,
	type ReviewRecord
} from '$lib/storage/boards';
import { getMeta, setMeta } from '$lib/storage/meta';
import { type Result } from '$lib/domain/result';
import { fail, ok } from '$lib/domain/result';
import { z } from '$lib/storage/validate';
import { ensureSampleBoards, onForgetSeeding } from './solicitations';
import {
	REVIEWER_SESSION_ENDED,
	SAMPLE_REVIEWERS,
	currentReviewer,
	findReviewer,
	type Reviewer
} from './reviewers';

export { REVIEW_COMMENT_MAX };

export interface RatingSummary {
	count: number;
	/** Mean of the ratings, rounded to one decimal; null without reviews. */
	average: number | null;
}

/** Average (one decimal) and count of a contract's reviews. */
export function ratingSummary(reviews: readonly Pick<ReviewRecord, 'rating'>[]): RatingSummary {
	if (!reviews.length) return { count: 0, average: null };
	const sum = reviews.reduce((total, r) => total + r.rating, 0);
	return { count: reviews.length, average: Math.round((sum / reviews.length) * 10) / 10 };
}

/** "4.5 out of 5 (2 reviews)" or "No reviews yet". */
export function ratingText(summary: RatingSummary): string {
	if (summary.average === null) return 'No reviews yet';
	return `${summary.average.toFixed(1)} out of 5 (${summary.count} ${summary.count === 1 ? 'review' : 'reviews'})`;
}

export const RATING_LABELS = ['1 – Poor', '2 – Fair', '3 – Good', '4 – Very good', '5 – Excellent'];

export const RATING_MISSING = 'Choose a rating from 1 to 5 stars';
export const COMMENT_TOO_LONG = `The comment must be ${REVIEW_COMMENT_MAX.toLocaleString('en-US')} characters or fewer`;

/** The review form's messages, by field. */
export function reviewProblems(input: { rating: number | null; comment: string }): {
	rating?: string;
	comment?: string;
} {
	const rating =
		input.rating === null || !Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5
			? RATING_MISSING
			: undefined;
	const comment = input.comment.trim().length > REVIEW_COMMENT_MAX ? COMMENT_TOO_LONG : undefined;
	return { ...(rating && { rating }), ...(comment && { comment }) };
}

const SAMPLE_COMMENTS: Record<number, string[]> = {
	5: [
		'Delivered ahead of schedule and kept us informed throughout. Would use again.',
		'Excellent service; invoices were accurate and questions were answered the same day.'
	],
	4: [
		'Good work overall. One shipment was late, but the contractor resolved it quickly.',
		'Responsive account manager and fair pricing under the contract.'
	],
	3: [
		'Acceptable. Ordering took more follow-up than expected.',
		'The work met the specifications, though scheduling was difficult.'
	],
	2: ['Several deliveries were incomplete and had to be chased.'],
	1: ['Did not meet the terms of the contract; we escalated to DAS Procurement.']
};

const SAMPLE_REVIEWS_KEY = 'sampleReviewsSeeded';

/**
 * Sample reviews by the sample reviewers on about half of the sample contracts, the same for the
 * same seed: each reviewer rates a contract at most once.
 */
export function sampleReviews(
	contracts: readonly Pick<ContractRecord, 'id'>[],
	seed = SAMPLE_SEED
): {
	contractId: string;
	reviewerId: string;
	reviewerName: string;
	rating: number;
	comment: string;
}[] {
	const rand = seededRandom(seed ^ 0x7e71e3);
	const out: ReturnType<typeof sampleReviews> = [];
	for (const contract of contracts) {
		if (rand() < 0.5) continue;
		const howMany = 1 + Math.floor(rand() * 3);
		const start = Math.floor(rand() * SAMPLE_REVIEWERS.length);
		for (let i = 0; i < howMany; i++) {
			const reviewer = SAMPLE_REVIEWERS[(start + i) % SAMPLE_REVIEWERS.length]!;
			const rating = Math.min(5, 2 + Math.floor(rand() * 4) + (rand() < 0.1 ? -1 : 0));
			const comments = SAMPLE_COMMENTS[rating] ?? [''];
			out.push({
				contractId: contract.id,
				reviewerId: reviewer.id,
				reviewerName: reviewer.name,
				rating,
				comment: comments[Math.floor(rand() * comments.length)]!
			});
		}
	}
	return out;
}

let reviewsSeeded: Promise<Result<unknown>> | null = null;

/** Seeds the sample reviews once per database (never again, so deleted data stays deleted). */
function ensureSampleReviews(contracts: readonly ContractRecord[]): Promise<Result<unknown>> {
	reviewsSeeded ??= (async (): Promise<Result<unknown>> => {
		const done = await getMeta(SAMPLE_REVIEWS_KEY, z.boolean());
		if (done.ok && done.value) return ok(true);
		const existing = await listReviews();
		if (existing.ok && existing.value.length === 0) {
			const samples = contracts.filter((c) => c.sample);
			for (const r of sampleReviews(samples)) {
				const saved = await saveReview(r);
				if (!saved.ok) return saved;
			}
		}
		return setMeta(SAMPLE_REVIEWS_KEY, true);
	})().then((r) => {
		if (!r.ok) reviewsSeeded = null;
		return r;
	});
	return reviewsSeeded;
}

/** For tests and after a wipe (forgetSeeding calls it too). */
export function forgetSampleReviews(): void {
	reviewsSeeded = null;
}
onForgetSeeding(forgetSampleReviews);

export type RatedContract = ContractRecord & { rating: RatingSummary };

/** Every contract on the board with its average rating and review count. */
export async function loadContractBoard(now = Date.now()): Promise<Result<RatedContract[]>> {
	const seeded = await ensureSampleBoards(now);
	if (!seeded.ok) return seeded as Result<never>;
	const contracts = await listContracts();
	if (!contracts.ok) return contracts;
	const seededReviews = await ensureSampleReviews(contracts.value);
	if (!seededReviews.ok) return seededReviews as Result<never>;
	const reviews = await listReviews();
	const all = reviews.ok ? reviews.value : [];
	return ok(
		contracts.value.map((c) => ({
			...c,
			rating: ratingSummary(all.filter((r) => r.contractId === c.id))
		})),
		[...contracts.problems, ...(reviews.ok ? reviews.problems : [])]
	);
}

export interface ShownReview extends ReviewRecord {
	/** The reviewer's agency (from the reviewer accounts). */
	agency: string;
}

export interface ContractPage {
	contract: ContractRecord;
	/** Newest first. */
	reviews: ShownReview[];
	rating: RatingSummary;
}

/** One contract, its reviews (newest first) and their average and count. */
export async function loadContractPage(
	id: string,
	now = Date.now()
): Promise<Result<ContractPage>> {
	const board = await loadContractBoard(now);
	if (!board.ok) return board;
	const contract = await getContract(id);
	if (!contract.ok) return contract;
	const reviews = await listReviews(id);
	if (!reviews.ok) return reviews;
	const shown = reviews.value
		.map((r) => ({ ...r, agency: findReviewer(r.reviewerId)?.agency ?? '' }))
		.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
	return ok({ contract: contract.value, reviews: shown, rating: ratingSummary(shown) });
}

/**
 * Saves the reviewer's review of a contract: a new one, or theirs edited (`updated` says which).
 * Checked first with the form's rules so the messages match the fields.
 */
export async function submitReview(
	reviewer: Reviewer,
	contractId: string,
	input: { rating: number | null; comment: string }
): Promise<Result<{ review: ReviewRecord; updated: boolean }>> {
	// The sign-in is checked at the action, not only when the page was shown.
	if (currentReviewer()?.id !== reviewer.id) return fail('invalid', REVIEWER_SESSION_ENDED);
	const problems = reviewProblems(input);
	if (problems.rating || problems.comment) {
		return fail('invalid', problems.rating ?? problems.comment ?? RATING_MISSING);
	}
	const before = await listReviews(contractId);
	const updated = before.ok && before.value.some((r) => r.reviewerId === reviewer.id);
	const saved = await saveReview({
		contractId,
		reviewerId: reviewer.id,
		reviewerName: reviewer.name,
		rating: input.rating!,
		comment: input.comment
	});
	return saved.ok ? ok({ review: saved.value, updated }) : saved;
}
