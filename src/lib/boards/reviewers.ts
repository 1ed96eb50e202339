/**
 * Agency reviewers: sample State agency staff who rate contractors on the Contract Board (the
 * guidance's "Submit a Review on Procurated – It only takes a minute!"). They have their own
 * sign-in, separate from the supplier portal: the accounts live in the meta store (passwords as
 * PBKDF2 hashes, seeded on first use), and a signed-in reviewer is remembered per browser tab in
 * sessionStorage.
 */
import { getMeta, setMeta } from '$lib/storage/meta';
import { hashPassword, verifyPassword } from '$lib/storage/password';
import { type Result } from '$lib/domain/result';
import { passwordHashSchema } from '$lib/storage/password';
import { fail, ok } from '$lib/domain/result';
import { z } from '$lib/storage/validate';
import { SESSION_TTL_MS } from '$lib/storage/login-sessions';
import { getWebStorage, readJson, removeKey, writeJson } from '$lib/storage/web-storage';

export interface SampleReviewer {
	id: string;
	name: string;
	agency: string;
	/** Job title, for the demo list. */
	title: string;
	username: string;
	/** Demo password (published in the demo tools; only its hash is stored). */
	password: string;
}

/** The sample agency staff accounts; the demo tools list them with their demo passwords. */
export const SAMPLE_REVIEWERS: readonly SampleReviewer[] = [
	{
		id: 'rev-das',
		name: 'Janet Morales',
		agency: 'Department of Administrative Services',
		title: 'Purchasing Services Officer',
		username: 'das.buyer',
		password: 'Review-DAS-2026'
	},
	{
		id: 'rev-dot',
		name: 'Robert Chen',
		agency: 'Department of Transportation',
		title: 'Purchasing Agent',
		username: 'dot.buyer',
		password: 'Review-DOT-2026'
	},
	{
		id: 'rev-dcf',
		name: 'Alicia Grant',
		agency: 'Department of Children and Families',
		title: 'Fiscal Administrative Officer',
		username: 'dcf.buyer',
		password: 'Review-DCF-2026'
	},
	{
		id: 'rev-dph',
		name: 'Samuel Okafor',
		agency: 'Department of Public Health',
		title: 'Purchasing Agent',
		username: 'dph.buyer',
		password: 'Review-DPH-2026'
	}
];

/** One message for every failed sign-in: it never says which of the two was wrong. */
export const REVIEWER_SIGN_IN_FAILED = 'The username or password is not correct.';

/** The sessionStorage key of the signed-in reviewer (not the supplier portal's session). */
export const REVIEWER_SESSION_KEY = 'ctsource:reviewer';

const META_KEY = 'reviewers';

const storedReviewersSchema = z.array(
	z.object({
		id: z.string().check(z.minLength(1)),
		username: z.string().check(z.minLength(1)),
		password: passwordHashSchema
	})
);
type StoredReviewer = z.infer<typeof storedReviewersSchema>[number];

/** What pages show of a reviewer (never the password). */
export type Reviewer = Omit<SampleReviewer, 'password'>;

const publicPart = ({ password: _password, ...rest }: SampleReviewer): Reviewer => rest;

export function findReviewer(id: string): Reviewer | null {
	const found = SAMPLE_REVIEWERS.find((r) => r.id === id);
	return found ? publicPart(found) : null;
}

let seeding: Promise<Result<StoredReviewer[]>> | null = null;

/**
 * The stored reviewer accounts, seeding the sample ones (hashed) the first time or when one is
 * missing (after a wipe, or a damaged record).
 */
export function ensureReviewers(): Promise<Result<StoredReviewer[]>> {
	seeding ??= (async (): Promise<Result<StoredReviewer[]>> => {
		const stored = await getMeta(META_KEY, storedReviewersSchema);
		const current = stored.ok && stored.value ? stored.value : [];
		const missing = SAMPLE_REVIEWERS.filter((r) => !current.some((s) => s.id === r.id));
		if (!missing.length) return ok(current);
		const added = await Promise.all(
			missing.map(async (r) => ({
				id: r.id,
				username: r.username,
				password: await hashPassword(r.password)
			}))
		);
		const all = [...current, ...added];
		const saved = await setMeta(META_KEY, all);
		return saved.ok ? ok(all) : saved;
	})().then((r) => {
		if (!r.ok) seeding = null;
		return r;
	});
	return seeding;
}

/** For tests and after a wipe: read (and seed) the accounts again on next use. */
export function forgetReviewers(): void {
	seeding = null;
}

/** Checks a reviewer's username (any case) and password. */
export async function signInReviewer(
	username: string,
	password: string
): Promise<Result<Reviewer>> {
	const accounts = await ensureReviewers();
	if (!accounts.ok) return accounts;
	const wanted = username.trim().toLowerCase();
	const account = accounts.value.find((a) => a.username.toLowerCase() === wanted);
	const reviewer = account ? findReviewer(account.id) : null;
	if (!account || !reviewer || !password || !(await verifyPassword(password, account.password))) {
		return fail('invalid', REVIEWER_SIGN_IN_FAILED);
	}
	return ok(reviewer);
}

/** A reviewer's sign-in ends after as long without activity as a supplier's session. */
export const REVIEWER_IDLE_MS = SESSION_TTL_MS;
/** Shown when a reviewer acts after their sign-in ended. */
export const REVIEWER_SESSION_ENDED =
	'Your reviewer sign-in has ended after 30 minutes without activity. Sign in again to continue.';

/** This tab's sign-in: who, and until when unless the reviewer does something (ms since epoch). */
const storedSessionSchema = z.object({ id: z.string(), expiresAt: z.number() });

const tab = () => getWebStorage('sessionStorage');

function writeReviewerSession(id: string, now: number): void {
	// Storage full or blocked: the reviewer stays signed in for this page only.
	writeJson(tab(), REVIEWER_SESSION_KEY, { id, expiresAt: now + REVIEWER_IDLE_MS });
}

/**
 * The reviewer signed in in this tab, or null. A sign-in whose deadline has passed (or that cannot
 * be read, such as an older plain id) ends here: it is removed, never revived.
 */
export function currentReviewer(now = Date.now()): Reviewer | null {
	const stored = storedSessionSchema.safeParse(readJson(tab(), REVIEWER_SESSION_KEY));
	if (!stored.success || stored.data.expiresAt <= now) {
		endReviewerSession();
		return null;
	}
	return findReviewer(stored.data.id);
}

/** The reviewer did something: the sign-in lasts another 30 minutes (unless already over). */
export function reviewerActivity(now = Date.now()): void {
	const reviewer = currentReviewer(now);
	if (reviewer) writeReviewerSession(reviewer.id, now);
}

export function startReviewerSession(reviewer: Reviewer, now = Date.now()): void {
	writeReviewerSession(reviewer.id, now);
}

export function endReviewerSession(): void {
	removeKey(tab(), REVIEWER_SESSION_KEY);
}
