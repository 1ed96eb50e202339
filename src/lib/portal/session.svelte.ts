/**
 * The signed-in user of this tab. The session id lives in sessionStorage (each tab signs in on its
 * own, and closing the tab forgets it); the session record in IndexedDB says until when it is
 * valid, and is pushed on while the person is active. 30 minutes without activity end it.
 *
 * Rules (tests/unit/portal/session.test.ts):
 * - every guarded action (`authorize`) checks the stored session record and the deadline; a
 *   deadline already past is never pushed on, the session ends instead;
 * - logout, a password reset, a suspension or a deletion deletes the session records and tells
 *   every other tab on a BroadcastChannel: they sign out at once (and at their next action
 *   anyway, if the message was missed);
 * - a duplicated tab (the browser copies sessionStorage) shares its twin's session: it ends with
 *   its twin;
 * - only "session, user or organization gone" (or a suspension) ends a session: any other storage
 *   error keeps the person signed in, with what they typed, and the page offers a retry;
 * - `onSignedOut` tells who was signed out and why: the portal layout keeps the unsaved values of
 *   the page's forms when a session ends by itself (idle timeout, an end in another tab) for the
 *   same user's next login in this tab ($lib/forms/unsaved), and drops them on a logout.
 */
import { can, deniedMessage, type Permission } from '$lib/domain/permissions';
import {
	getOrganization,
	getUser,
	type OrganizationRecord,
	type UserRecord
} from '$lib/storage/accounts';
import { type Result, type StorageError } from '$lib/domain/result';
import {
	SESSION_ENDED as ENDED,
	SESSION_TTL_MS,
	createSession,
	deleteSession,
	getSession,
	onSessionsEnded,
	touchSession
} from '$lib/storage/login-sessions';
import { fail, ok } from '$lib/domain/result';
import {
	getWebStorage,
	removeKey,
	removeOwnedKeys,
	RESPONSE_COPY_PREFIX
} from '$lib/storage/web-storage';
import { SESSION_KEY } from './session-key';

export { SESSION_KEY };
/** The idle warning shows this long before the session ends. */
export const IDLE_WARNING_MS = 2 * 60 * 1000;
/** Activity extends the stored session at most this often. */
const TOUCH_EVERY_MS = 30 * 1000;

/** `unavailable`: this tab holds a session but storage could not be read (the page offers a retry). */
export type SessionStatus = 'loading' | 'signed-out' | 'active' | 'unavailable';
export type EndReason = 'logout' | 'timeout' | 'declined' | 'ended';

/** What reading the user and organization came to. */
type People = 'ok' | 'gone' | StorageError;

class PortalSession {
	status = $state<SessionStatus>('loading');
	user = $state<UserRecord | null>(null);
	organization = $state<OrganizationRecord | null>(null);
	/** When the session ends unless the person does something (ms since epoch). */
	expiresAt = $state(0);
	/** Why the last session of this tab ended (shown on the login page). */
	endedReason = $state<EndReason | null>(null);
	/** While `unavailable`: what could not be read (shown with a retry). */
	error = $state<string | null>(null);

	#id: string | null = null;
	#lastTouch = 0;
	#onSignedOut = new Set<(userId: string | null, reason: EndReason | null) => void>();
	#unsubscribe: (() => void) | null = null;

	/**
	 * Reads this tab's session; signs out when it is missing, expired, or its user is gone. When
	 * storage fails otherwise, the tab keeps its session id and the status is `unavailable`.
	 */
	async load(): Promise<SessionStatus> {
		const id = getWebStorage('sessionStorage')?.getItem(SESSION_KEY) ?? null;
		if (!id) return this.#signedOut();
		const found = await getSession(id);
		if (!found.ok) {
			if (found.error.kind !== 'not-found') return this.#unavailable(found.error);
			removeKey(getWebStorage('sessionStorage'), SESSION_KEY);
			return this.#signedOut(this.#id === id ? 'timeout' : null);
		}
		this.#id = id;
		const people = await this.#loadPeople(found.value.userId, found.value.organizationId);
		if (people === 'gone') {
			await this.end('ended');
			return this.status;
		}
		if (people !== 'ok') return this.#unavailable(people);
		this.expiresAt = Date.parse(found.value.expiresAt);
		this.#active();
		return this.status;
	}

	/** Starts a session for a user who just logged in. */
	async start(user: UserRecord): Promise<Result<void>> {
		const created = await createSession({ userId: user.id, organizationId: user.organizationId });
		if (!created.ok) return created;
		const storage = getWebStorage('sessionStorage');
		try {
			storage?.setItem(SESSION_KEY, created.value.id);
		} catch {
			return fail('unavailable', 'This browser does not let the portal keep you logged in.');
		}
		this.#id = created.value.id;
		this.endedReason = null;
		const people = await this.#loadPeople(user.id, user.organizationId);
		if (people !== 'ok') {
			return fail('not-found', 'Your account could not be loaded. Log in again.');
		}
		this.expiresAt = Date.parse(created.value.expiresAt);
		this.#lastTouch = Date.now();
		this.#active();
		return ok(undefined);
	}

	/**
	 * Re-checks the session record, the user and the organization (after a save, on navigation, to
	 * notice a suspension or an end in another tab). False when the session ended; a storage error
	 * that is not "gone" keeps the person signed in (true).
	 */
	async refresh(): Promise<boolean> {
		await this.#verify();
		return this.status === 'active';
	}

	/**
	 * Logs out of this tab (and of every tab that shares its session). The tab lets go of the
	 * session first: a check or an extension under way then finds no session of this tab and
	 * cannot end it again for another reason (on a busy machine an idle timeout was told as
	 * "ended": the extension asked for by the last key press read the record already expired).
	 */
	async end(reason: EndReason = 'logout'): Promise<void> {
		const id = this.#id;
		this.#forget(reason);
		if (id) await deleteSession(id);
	}

	/**
	 * The person did something: the session lasts another 30 minutes. A deadline already past is
	 * not pushed on: the session ends (the person is taken to log in).
	 */
	activity(): void {
		if (this.status !== 'active' || !this.#id) return;
		const now = Date.now();
		if (now >= this.expiresAt) {
			void this.end('timeout');
			return;
		}
		this.expiresAt = now + SESSION_TTL_MS;
		if (now - this.#lastTouch < TOUCH_EVERY_MS) return;
		this.#lastTouch = now;
		const id = this.#id;
		void touchSession(id).then((touched) => {
			if (!touched.ok && touched.error.kind === 'not-found' && this.#id === id) {
				this.#forget('ended');
			}
		});
	}

	/** Milliseconds left before the idle timeout. */
	remaining(now = Date.now()): number {
		return this.expiresAt - now;
	}

	/**
	 * The user and organization, read fresh from storage, when the user may act with
	 * `permission`: every action that writes calls this first (hiding a link is not enough).
	 */
	async authorize(
		permission: Permission | null
	): Promise<Result<{ user: UserRecord; organization: OrganizationRecord }>> {
		if (this.status !== 'active' || !this.user) return fail('invalid', ENDED);
		const verified = await this.#verify();
		if (!verified.ok) return verified;
		if (!this.user || !this.organization) return fail('invalid', ENDED);
		if (permission && !can(this.user, permission)) {
			return fail('invalid', deniedMessage(permission));
		}
		return ok({ user: this.user, organization: this.organization });
	}

	/**
	 * Calls `listener` each time this tab is signed out, with the user who was signed in (null if
	 * none) and why (null for a tab that held no session); returns the function that stops it.
	 */
	onSignedOut(listener: (userId: string | null, reason: EndReason | null) => void): () => void {
		this.#onSignedOut.add(listener);
		return () => this.#onSignedOut.delete(listener);
	}

	can(permission: Permission): boolean {
		return can(this.user, permission);
	}

	/**
	 * The session is still this tab's: its deadline has not passed, its record exists, its user and
	 * organization are there. Ends the session when not; a passing storage error fails without
	 * ending it (the message says what could not be read).
	 */
	async #verify(): Promise<Result<void>> {
		const id = this.#id;
		if (this.status !== 'active' || !id || !this.user) return fail('invalid', ENDED);
		if (Date.now() >= this.expiresAt) {
			await this.end('timeout');
			return fail('invalid', ENDED);
		}
		const found = await getSession(id);
		if (!found.ok) {
			if (found.error.kind !== 'not-found') return { ok: false, error: found.error };
			if (this.#id === id) this.#forget('ended');
			return fail('invalid', ENDED);
		}
		// Another tab of the same session may have pushed the deadline on.
		this.expiresAt = Math.max(this.expiresAt, Date.parse(found.value.expiresAt));
		const people = await this.#loadPeople(this.user.id, this.user.organizationId);
		if (people === 'ok') return ok(undefined);
		if (people !== 'gone') return { ok: false, error: people };
		await this.end('ended');
		return fail('invalid', ENDED);
	}

	async #loadPeople(userId: string, organizationId: string): Promise<People> {
		const [user, organization] = await Promise.all([
			getUser(userId),
			getOrganization(organizationId)
		]);
		for (const read of [user, organization]) {
			if (!read.ok) return read.error.kind === 'not-found' ? 'gone' : read.error;
		}
		if (!user.ok || !organization.ok || user.value.suspended) return 'gone';
		if (user.value.organizationId !== organization.value.id) return 'gone';
		this.user = user.value;
		this.organization = organization.value;
		return 'ok';
	}

	#active(): void {
		this.error = null;
		this.status = 'active';
		// Another tab ending this session (logout, reset, suspension) signs this one out at once.
		this.#unsubscribe ??= onSessionsEnded((ids) => {
			if (this.#id && ids.includes(this.#id)) this.#forget('ended');
		});
	}

	#unavailable(error: StorageError): SessionStatus {
		this.error = error.message;
		this.status = 'unavailable';
		return this.status;
	}

	/** This tab no longer holds a session (the record is gone or is being deleted). */
	#forget(reason: EndReason): void {
		removeKey(getWebStorage('sessionStorage'), SESSION_KEY);
		// What this tab was typing into a response is the signed-in supplier's, not the next person's.
		removeOwnedKeys(RESPONSE_COPY_PREFIX);
		this.#id = null;
		this.#signedOut(reason);
	}

	#signedOut(reason: EndReason | null = null): SessionStatus {
		const userId = this.user?.id ?? null;
		for (const listener of this.#onSignedOut) listener(userId, reason);
		this.user = null;
		this.organization = null;
		this.expiresAt = 0;
		this.error = null;
		if (reason) this.endedReason = reason;
		this.status = 'signed-out';
		this.#unsubscribe?.();
		this.#unsubscribe = null;
		return this.status;
	}
}

export const session = new PortalSession();

/**
 * A same-site portal path to return to after logging in, or null: anything that is not a path
 * under /portal (another site, a protocol-relative URL) is ignored.
 */
export function safeRedirect(value: string | null | undefined, base: string): string | null {
	if (!value || value.startsWith('//') || /[\\\s]/.test(value)) return null;
	const portal = `${base}/portal`;
	const rest = value.slice(portal.length);
	return value.startsWith(portal) && (rest === '' || /^[/?#]/.test(rest)) ? value : null;
}
