/**
 * The agency reviewer signed in in this tab, as reactive state for pages (the supplier portal's
 * session is separate: a reviewer is not a supplier, and the two can be signed in side by side).
 */
import {
	currentReviewer,
	endReviewerSession,
	reviewerActivity,
	startReviewerSession,
	type Reviewer
} from './reviewers';

class ReviewerSession {
	/** 'loading' until read from the tab in the browser. */
	status = $state<'loading' | 'ready'>('loading');
	current = $state<Reviewer | null>(null);
	/** The sign-in ended by itself (30 minutes without activity) while a page showed it. */
	timedOut = $state(false);

	/** Reads the tab's sign-in (an expired one ends here). */
	load(): Reviewer | null {
		const before = this.current;
		this.current = currentReviewer();
		if (before && !this.current) this.timedOut = true;
		this.status = 'ready';
		return this.current;
	}

	/** The reviewer pressed a key or clicked: the sign-in lasts another 30 minutes. */
	activity(): void {
		if (!this.current) return;
		// A deadline already past is not pushed on: load() ends the sign-in instead.
		if (!this.load()) return;
		reviewerActivity();
	}

	start(reviewer: Reviewer): void {
		startReviewerSession(reviewer);
		this.timedOut = false;
		this.current = reviewer;
		this.status = 'ready';
	}

	end(): void {
		endReviewerSession();
		this.current = null;
		this.timedOut = false;
	}
}

export const reviewerSession = new ReviewerSession();
