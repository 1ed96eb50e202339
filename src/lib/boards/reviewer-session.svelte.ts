/**
 * The agency reviewer signed in in this tab, as reactive state for pages (the supplier portal's
 * session is separate: a reviewer is not a supplier, and the two can be signed in side by side).
 */
import {
	currentReviewer,
	endReviewerSession,
	startReviewerSession,
	type Reviewer
} from './reviewers';

class ReviewerSession {
	/** 'loading' until read from the tab in the browser. */
	status = $state<'loading' | 'ready'>('loading');
	current = $state<Reviewer | null>(null);

	load(): Reviewer | null {
		this.current = currentReviewer();
		this.status = 'ready';
		return this.current;
	}

	start(reviewer: Reviewer): void {
		startReviewerSession(reviewer);
		this.current = reviewer;
		this.status = 'ready';
	}

	end(): void {
		endReviewerSession();
		this.current = null;
	}
}

export const reviewerSession = new ReviewerSession();
