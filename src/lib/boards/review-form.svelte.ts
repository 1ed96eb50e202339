/**
 * "Rate this contractor": the state of the contract page's review form on the portal's form
 * pattern ($lib/forms): a 1–5 rating and a comment under reviewProblems, checked on Save and,
 * after the first Save, again as the reviewer changes them; a saved review is announced in the
 * form's status box, which takes focus.
 */
import type { FieldProblem } from '$lib/domain/registration/fields';
import { FormState } from '$lib/forms/form.svelte';
import type { ReviewRecord } from '$lib/storage/boards';
import { tick } from 'svelte';
import { reviewProblems, submitReview } from './contracts';
import type { Reviewer } from './reviewers';

export interface ReviewValues extends Record<string, unknown> {
	rating: number | null;
	comment: string;
}

/** The review rules as field problems, in page order. */
export function reviewFormProblems(values: ReviewValues): FieldProblem[] {
	const found = reviewProblems(values);
	return (['rating', 'comment'] as const).flatMap((field) => {
		const message = found[field];
		return message ? [{ field, message }] : [];
	});
}

export interface ReviewFormOptions {
	reviewer: Reviewer;
	contractId: string;
	/** The reviewer's existing review of this contract, if any. */
	existing: ReviewRecord | null;
	onsaved: () => void | Promise<void>;
}

export class ReviewForm {
	/** "Your review was saved" / "…updated", after a save. */
	saved = $state<string | null>(null);
	/** A save that failed. */
	failure = $state<string | null>(null);
	/** The status box, focused once a review is saved. */
	statusBox = $state<HTMLDivElement | undefined>();
	readonly form: FormState<ReviewValues>;

	constructor(options: ReviewFormOptions) {
		this.form = new FormState<ReviewValues>({
			id: 'review',
			initial: {
				rating: options.existing?.rating ?? null,
				comment: options.existing?.comment ?? ''
			},
			problems: reviewFormProblems,
			order: ['rating', 'comment'],
			idOf: (field) => (field === 'rating' ? 'review-rating-1' : `review-${field}`),
			live: true,
			submit: async (values) => {
				const result = await submitReview(options.reviewer, options.contractId, values);
				if (!result.ok) {
					this.failure = result.error.message;
					return;
				}
				const { review, updated } = result.value;
				this.form.set({ ...values, comment: review.comment });
				this.saved = updated ? 'Your review was updated' : 'Your review was saved';
				await options.onsaved();
				await tick();
				this.statusBox?.focus();
			}
		});
	}

	/** A star chosen. */
	rate(rating: number): void {
		this.form.values.rating = rating;
		this.form.changed('rating');
	}

	/** Save pressed. */
	submit = (event: SubmitEvent): void => {
		event.preventDefault();
		if (this.form.submitting) return;
		this.saved = null;
		this.failure = null;
		void this.form.submit();
	};
}
