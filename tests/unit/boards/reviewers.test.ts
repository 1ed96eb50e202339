import {
	REVIEWER_IDLE_MS,
	REVIEWER_SESSION_KEY,
	REVIEWER_SIGN_IN_FAILED,
	SAMPLE_REVIEWERS,
	currentReviewer,
	endReviewerSession,
	ensureReviewers,
	forgetReviewers,
	reviewerActivity,
	signInReviewer,
	startReviewerSession
} from '$lib/boards/reviewers';
import { SESSION_KEY } from '$lib/portal/session.svelte';
import { freshStorage, must, rawRecord } from '../../support/storage';

let tab: ReturnType<typeof freshStorage>['session'];

beforeEach(() => {
	tab = freshStorage().session;
	forgetReviewers();
});

describe('agency reviewer accounts', () => {
	it('lists three or four agency staff accounts with distinct usernames', () => {
		expect(SAMPLE_REVIEWERS.length).toBeGreaterThanOrEqual(3);
		expect(SAMPLE_REVIEWERS.length).toBeLessThanOrEqual(4);
		expect(new Set(SAMPLE_REVIEWERS.map((r) => r.username)).size).toBe(SAMPLE_REVIEWERS.length);
		expect(SAMPLE_REVIEWERS.map((r) => r.agency)).toContain(
			'Department of Administrative Services'
		);
	});

	it('stores only password hashes, seeded on first use', async () => {
		must(await ensureReviewers());
		const stored = JSON.stringify(await rawRecord('meta', 'reviewers'));
		expect(stored).toContain('PBKDF2-SHA-256');
		for (const r of SAMPLE_REVIEWERS) expect(stored).not.toContain(r.password);
	});
});

describe('signInReviewer', () => {
	const das = SAMPLE_REVIEWERS[0]!;

	it('signs in with the demo password (username in any case) and never returns the password', async () => {
		const reviewer = must(await signInReviewer(` ${das.username.toUpperCase()} `, das.password));
		expect(reviewer).toMatchObject({ id: das.id, name: das.name, agency: das.agency });
		expect(reviewer).not.toHaveProperty('password');
	});

	it('gives one generic message for a wrong password, an unknown user or an empty password', async () => {
		for (const [u, p] of [
			[das.username, 'wrong'],
			['nobody', das.password],
			[das.username, '']
		] as const) {
			const r = await signInReviewer(u, p);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.error.message).toBe(REVIEWER_SIGN_IN_FAILED);
		}
	});

	it('keeps working after the stored accounts are read again', async () => {
		must(await signInReviewer(das.username, das.password));
		forgetReviewers();
		must(await signInReviewer(das.username, das.password));
	});
});

describe('reviewer session', () => {
	it('is per tab, separate from the supplier session, and ends on sign out', () => {
		expect(currentReviewer()).toBeNull();
		const { password: _p, ...reviewer } = SAMPLE_REVIEWERS[1]!;
		startReviewerSession(reviewer);
		expect(JSON.parse(tab.getItem(REVIEWER_SESSION_KEY)!)).toMatchObject({ id: reviewer.id });
		expect(REVIEWER_SESSION_KEY).not.toBe(SESSION_KEY);
		expect(currentReviewer()?.name).toBe(reviewer.name);
		endReviewerSession();
		expect(currentReviewer()).toBeNull();
	});

	it('ignores an unknown id in the tab', () => {
		tab.setItem(REVIEWER_SESSION_KEY, 'rev-nobody');
		expect(currentReviewer()).toBeNull();
		tab.setItem(REVIEWER_SESSION_KEY, JSON.stringify({ id: 'rev-nobody', expiresAt: 9e15 }));
		expect(currentReviewer()).toBeNull();
	});

	it('ends after 30 minutes without activity; activity pushes the end on, never revives it', () => {
		const { password: _p, ...reviewer } = SAMPLE_REVIEWERS[0]!;
		const start = Date.parse('2026-12-03T10:00:00Z');
		startReviewerSession(reviewer, start);
		expect(currentReviewer(start + REVIEWER_IDLE_MS - 1)?.id).toBe(reviewer.id);
		reviewerActivity(start + 20 * 60_000);
		// 20 minutes in, the reviewer clicked: 30 more minutes from then.
		expect(currentReviewer(start + REVIEWER_IDLE_MS + 60_000)?.id).toBe(reviewer.id);
		const end = start + 20 * 60_000 + REVIEWER_IDLE_MS;
		reviewerActivity(end + 1); // too late: not pushed on
		expect(currentReviewer(end + 1)).toBeNull();
		expect(tab.getItem(REVIEWER_SESSION_KEY)).toBeNull();
		reviewerActivity(end + 2);
		expect(currentReviewer(end + 2)).toBeNull();
	});
});
