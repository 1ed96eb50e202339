import {
	createAccount,
	deleteSessionsForUser,
	deleteUser,
	getSession,
	touchSession,
	updateUser
} from '$lib/storage';
import { SESSION_CHANNEL } from '$lib/storage/login-sessions';
import { SESSION_KEY, safeRedirect, session } from '$lib/portal/session.svelte';
import { freshStorage, must, rawPut, type MemoryStorage } from '../../support/storage';

let tab: MemoryStorage;

beforeEach(async () => {
	({ session: tab } = freshStorage());
	await session.end('logout');
});

async function register(roles: string[] = ['manage-profile']) {
	return must(
		await createAccount({
			organization: { legalName: 'Acme LLC' },
			user: { username: 'alice', email: 'a@example.com', firstName: 'Alice', roles },
			password: 'correct horse battery staple'
		})
	);
}

describe('portal session', () => {
	it('starts in this tab, survives a reload, ends on logout', async () => {
		const { user, organization } = await register();
		must(await session.start(user));
		expect(session.status).toBe('active');
		const id = tab.getItem(SESSION_KEY)!;
		expect(must(await getSession(id)).userId).toBe(user.id);

		// A reload: the tab still holds the id and the stored session is valid.
		expect(await session.load()).toBe('active');
		expect(session.organization?.id).toBe(organization.id);

		await session.end('logout');
		expect(tab.getItem(SESSION_KEY)).toBeNull();
		expect(await getSession(id)).toMatchObject({ ok: false });
		expect(await session.load()).toBe('signed-out');
	});

	it('a tab without a session is signed out', async () => {
		expect(await session.load()).toBe('signed-out');
		expect(session.user).toBeNull();
	});

	it('a suspended user is signed out at the next check', async () => {
		const { user } = await register();
		must(await session.start(user));
		must(await updateUser(user.id, { suspended: true }));
		expect(await session.refresh()).toBe(false);
		expect(session.status).toBe('signed-out');
		expect(tab.getItem(SESSION_KEY)).toBeNull();
	});

	it('authorize re-reads the user: a permission removed meanwhile refuses the action', async () => {
		const { user } = await register(['manage-profile']);
		must(await session.start(user));
		expect((await session.authorize('manage-profile')).ok).toBe(true);
		must(await updateUser(user.id, { roles: [] }));
		const refused = await session.authorize('manage-profile');
		expect(refused).toMatchObject({ ok: false });
		if (!refused.ok)
			expect(refused.error.message).toMatch(/permission to manage organization profile/);
	});

	it('activity extends the idle deadline to 30 minutes from now', async () => {
		const { user } = await register();
		must(await session.start(user));
		session.expiresAt = Date.now() + 1000;
		session.activity();
		expect(session.remaining()).toBeGreaterThan(29 * 60 * 1000);
	});
});

describe('session rules: a deadline already past, an end in another tab, a passing error', () => {
	/** Waits until a BroadcastChannel message (delivered as a task) has been handled. */
	const delivered = () => new Promise((resolve) => setTimeout(resolve, 20));

	it('activity after the deadline ends the session instead of pushing it on', async () => {
		const { user } = await register();
		must(await session.start(user));
		const id = tab.getItem(SESSION_KEY)!;
		session.expiresAt = Date.now() - 1;
		session.activity();
		await vi.waitFor(() => expect(session.status).toBe('signed-out'));
		expect(session.endedReason).toBe('timeout');
		expect(session.remaining()).toBeLessThanOrEqual(0);
		expect(tab.getItem(SESSION_KEY)).toBeNull();
		expect(await getSession(id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});

	it('authorize refuses once the deadline has passed, even before the idle timer fires', async () => {
		const { user } = await register();
		must(await session.start(user));
		session.expiresAt = Date.now() - 1;
		const refused = await session.authorize('manage-profile');
		expect(refused).toMatchObject({ ok: false, error: { message: /session has ended/ } });
		expect(session.status).toBe('signed-out');
		expect(session.endedReason).toBe('timeout');
	});

	it('a stored session past its deadline cannot be touched back to life', async () => {
		const { user } = await register();
		must(await session.start(user));
		const id = tab.getItem(SESSION_KEY)!;
		must(await touchSession(id, -1));
		expect(await touchSession(id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});

	it('authorize checks the session record: a reset elsewhere refuses the next action', async () => {
		const { user } = await register();
		must(await session.start(user));
		// Another tab resets the password: every session of the user is deleted.
		must(await deleteSessionsForUser(user.id));
		const refused = await session.authorize('manage-profile');
		expect(refused).toMatchObject({ ok: false, error: { message: /session has ended/ } });
		expect(session.status).toBe('signed-out');
		expect(session.endedReason).toBe('ended');
		expect(tab.getItem(SESSION_KEY)).toBeNull();
	});

	it('another tab ending the session signs this tab out at once (BroadcastChannel)', async () => {
		const { user } = await register();
		must(await session.start(user));
		const id = tab.getItem(SESSION_KEY)!;
		const heard: unknown[] = [];
		const listener = new BroadcastChannel(SESSION_CHANNEL);
		listener.onmessage = (event) => heard.push(event.data);
		must(await deleteSessionsForUser(user.id));
		await vi.waitFor(() => expect(session.status).toBe('signed-out'));
		expect(session.endedReason).toBe('ended');
		expect(heard).toEqual([{ type: 'sessions-ended', ids: [id] }]);
		listener.close();
	});

	it('deleting a user announces the end of their sessions', async () => {
		const { user } = await register();
		must(await session.start(user));
		must(await deleteUser(user.id));
		await vi.waitFor(() => expect(session.status).toBe('signed-out'));
		expect(session.endedReason).toBe('ended');
	});

	it('a message about other sessions leaves this one alone', async () => {
		const { user } = await register();
		must(await session.start(user));
		const other = new BroadcastChannel(SESSION_CHANNEL);
		other.postMessage({ type: 'sessions-ended', ids: ['someone-else'] });
		other.postMessage({ type: 'unrelated', ids: [tab.getItem(SESSION_KEY)] });
		await delivered();
		expect(session.status).toBe('active');
		other.close();
	});

	it('a passing storage error neither signs out nor forgets the session', async () => {
		const { user } = await register();
		must(await session.start(user));
		const id = tab.getItem(SESSION_KEY)!;
		// Reads fail for a moment (a disk hiccup, the browser busy).
		const failing = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(() => {
			throw new DOMException('The operation failed for an unknown reason.', 'UnknownError');
		});
		const refused = await session.authorize('manage-profile');
		expect(refused).toMatchObject({ ok: false });
		if (!refused.ok) expect(refused.error.kind).not.toBe('not-found');
		expect(session.status).toBe('active');
		expect(await session.refresh()).toBe(true);
		expect(tab.getItem(SESSION_KEY)).toBe(id);

		// A reload while storage fails: the tab keeps its session id and says what went wrong.
		expect(await session.load()).toBe('unavailable');
		expect(session.error).toMatch(/could not be read/);
		expect(tab.getItem(SESSION_KEY)).toBe(id);

		// Storage is back: the same session goes on.
		failing.mockRestore();
		expect(await session.load()).toBe('active');
		expect((await session.authorize('manage-profile')).ok).toBe(true);
	});
});

describe('who was signed out, and why (onSignedOut)', () => {
	it('an end in another tab says "ended", a past deadline "timeout", a logout "logout"', async () => {
		const { user } = await register();
		const seen: [string | null, string | null][] = [];
		const stop = session.onSignedOut((userId, reason) => seen.push([userId, reason]));

		must(await session.start(user));
		must(await deleteSessionsForUser(user.id)); // a password reset in another tab
		expect(await session.refresh()).toBe(false);

		must(await session.start(user));
		session.expiresAt = Date.now() - 1;
		expect((await session.authorize('manage-profile')).ok).toBe(false);

		must(await session.start(user));
		await session.end('logout');
		stop();
		await session.end('logout');

		expect(seen).toEqual([
			[user.id, 'ended'],
			[user.id, 'timeout'],
			[user.id, 'logout']
		]);
	});
});

describe('one end, one reason', () => {
	it('a session timing out while a key press extends it is told as a timeout, once', async () => {
		const { user } = await register();
		must(await session.start(user));
		const id = tab.getItem(SESSION_KEY)!;
		// The stored deadline has just passed (a busy machine); a key is pressed at that moment.
		const stored = must(await getSession(id));
		await rawPut('sessions', { ...stored, expiresAt: new Date(Date.now() - 1).toISOString() });
		vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 31_000);
		const seen: (string | null)[] = [];
		const stop = session.onSignedOut((_user, reason) => seen.push(reason));
		session.activity(); // extends in memory and asks storage to extend it: under way
		await session.end('timeout'); // the idle timer, at the same moment
		await vi.waitFor(() => expect(tab.getItem(SESSION_KEY)).toBeNull());
		await new Promise((resolve) => setTimeout(resolve, 20)); // the extension's answer
		stop();
		vi.restoreAllMocks();
		expect(seen).toEqual(['timeout']);
		expect(session.endedReason).toBe('timeout');
	});
});

describe('safeRedirect', () => {
	it('accepts portal paths only', () => {
		expect(safeRedirect('/portal/account?x=1', '')).toBe('/portal/account?x=1');
		expect(safeRedirect('/ctsource/portal', '/ctsource')).toBe('/ctsource/portal');
		expect(safeRedirect('/portal', '/ctsource')).toBeNull();
		expect(safeRedirect('https://evil.example/portal', '')).toBeNull();
		expect(safeRedirect('//evil.example/portal', '')).toBeNull();
		expect(safeRedirect('/register', '')).toBeNull();
		expect(safeRedirect('/portalish', '')).toBeNull();
		expect(safeRedirect(null, '')).toBeNull();
	});
});
