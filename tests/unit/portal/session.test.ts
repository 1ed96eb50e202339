import { createAccount, getSession, updateUser } from '$lib/storage';
import { SESSION_KEY, safeRedirect, session } from '$lib/portal/session.svelte';
import { freshStorage, must, type MemoryStorage } from '../../support/storage';

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
