/**
 * The signed-in user of this tab. The session id lives in sessionStorage (each tab signs in on its
 * own, and closing the tab forgets it); the session record in IndexedDB says until when it is
 * valid, and is pushed on while the person is active. 30 minutes without activity end it.
 */
import { can, deniedMessage, type Permission } from '$lib/domain/permissions';
import {
	getOrganization,
	getUser,
	type OrganizationRecord,
	type UserRecord
} from '$lib/storage/accounts';
import { type Result } from '$lib/domain/result';
import {
	SESSION_TTL_MS,
	createSession,
	deleteSession,
	getSession,
	touchSession
} from '$lib/storage/login-sessions';
import { fail, ok } from '$lib/domain/result';
import { WEB_STORAGE_PREFIX, getWebStorage, removeKey } from '$lib/storage/web-storage';

export const SESSION_KEY = `${WEB_STORAGE_PREFIX}session`;
/** The idle warning shows this long before the session ends. */
export const IDLE_WARNING_MS = 2 * 60 * 1000;
/** Activity extends the stored session at most this often. */
const TOUCH_EVERY_MS = 30 * 1000;

export type SessionStatus = 'loading' | 'signed-out' | 'active';
export type EndReason = 'logout' | 'timeout' | 'declined' | 'ended';

class PortalSession {
	status = $state<SessionStatus>('loading');
	user = $state<UserRecord | null>(null);
	organization = $state<OrganizationRecord | null>(null);
	/** When the session ends unless the person does something (ms since epoch). */
	expiresAt = $state(0);
	/** Why the last session of this tab ended (shown on the login page). */
	endedReason = $state<EndReason | null>(null);

	#id: string | null = null;
	#lastTouch = 0;

	/** Reads this tab's session; signs out when it is missing, expired, or its user is gone. */
	async load(): Promise<SessionStatus> {
		const id = getWebStorage('sessionStorage')?.getItem(SESSION_KEY) ?? null;
		if (!id) return this.#signedOut();
		const found = await getSession(id);
		if (!found.ok) {
			removeKey(getWebStorage('sessionStorage'), SESSION_KEY);
			return this.#signedOut(this.#id === id ? 'timeout' : null);
		}
		this.#id = id;
		const loaded = await this.#loadPeople(found.value.userId, found.value.organizationId);
		if (!loaded) {
			await this.end('ended');
			return this.status;
		}
		this.expiresAt = Date.parse(found.value.expiresAt);
		this.status = 'active';
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
		if (!(await this.#loadPeople(user.id, user.organizationId))) {
			return fail('not-found', 'Your account could not be loaded. Log in again.');
		}
		this.expiresAt = Date.parse(created.value.expiresAt);
		this.#lastTouch = Date.now();
		this.status = 'active';
		return ok(undefined);
	}

	/** Re-reads the user and organization (after a save, or to notice a suspension). */
	async refresh(): Promise<boolean> {
		if (!this.user) return false;
		const alive = await this.#loadPeople(this.user.id, this.user.organizationId);
		if (!alive) await this.end('ended');
		return alive;
	}

	/** Logs out of this tab. */
	async end(reason: EndReason = 'logout'): Promise<void> {
		if (this.#id) await deleteSession(this.#id);
		removeKey(getWebStorage('sessionStorage'), SESSION_KEY);
		this.#id = null;
		this.#signedOut(reason);
	}

	/** The person did something: the session lasts another 30 minutes. */
	activity(): void {
		if (this.status !== 'active' || !this.#id) return;
		const now = Date.now();
		this.expiresAt = now + SESSION_TTL_MS;
		if (now - this.#lastTouch < TOUCH_EVERY_MS) return;
		this.#lastTouch = now;
		void touchSession(this.#id);
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
		if (this.status !== 'active' || !this.user) {
			return fail('invalid', 'Your session has ended. Log in again.');
		}
		if (!(await this.refresh()) || !this.user || !this.organization) {
			return fail('invalid', 'Your session has ended. Log in again.');
		}
		if (permission && !can(this.user, permission)) {
			return fail('invalid', deniedMessage(permission));
		}
		return ok({ user: this.user, organization: this.organization });
	}

	can(permission: Permission): boolean {
		return can(this.user, permission);
	}

	async #loadPeople(userId: string, organizationId: string): Promise<boolean> {
		const [user, organization] = await Promise.all([
			getUser(userId),
			getOrganization(organizationId)
		]);
		if (!user.ok || !organization.ok || user.value.suspended) return false;
		if (user.value.organizationId !== organization.value.id) return false;
		this.user = user.value;
		this.organization = organization.value;
		return true;
	}

	#signedOut(reason: EndReason | null = null): SessionStatus {
		this.user = null;
		this.organization = null;
		this.expiresAt = 0;
		if (reason) this.endedReason = reason;
		this.status = 'signed-out';
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
