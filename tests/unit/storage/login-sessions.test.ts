import {
	createSession,
	deleteSession,
	deleteSessionsForUser,
	getSession,
	touchSession
} from '$lib/storage';
import { freshStorage, must, rawAll, rawPut, rawRecord } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});
afterEach(() => {
	vi.restoreAllMocks();
});

describe('sessions', () => {
	it('creates, reads, ends; an expired session reads as not found and is removed', async () => {
		const s = must(await createSession({ userId: 'u1', organizationId: 'o1' }));
		expect(Date.parse(s.expiresAt) - Date.parse(s.createdAt)).toBe(30 * 60 * 1000);
		expect(must(await getSession(s.id))).toEqual(s);
		must(await deleteSession(s.id));
		expect(await getSession(s.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });

		const expired = must(await createSession({ userId: 'u1', organizationId: 'o1', ttlMs: -1 }));
		expect(await getSession(expired.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
		expect(await rawRecord('sessions', expired.id)).toBeUndefined();

		must(await createSession({ userId: 'u2', organizationId: 'o1' }));
		must(await createSession({ userId: 'u2', organizationId: 'o1' }));
		expect(must(await deleteSessionsForUser('u2'))).toBe(2);
		expect(await rawAll('sessions')).toEqual([]);
	});

	it('activity pushes the end of a session on; an expired one cannot be revived', async () => {
		const s = must(await createSession({ userId: 'u1', organizationId: 'o1', ttlMs: 1000 }));
		const touched = must(await touchSession(s.id));
		expect(Date.parse(touched.expiresAt)).toBeGreaterThan(Date.parse(s.expiresAt));
		expect(Date.parse(touched.expiresAt) - Date.now()).toBeGreaterThan(29 * 60 * 1000);
		const gone = must(await createSession({ userId: 'u1', organizationId: 'o1', ttlMs: -1 }));
		expect(await touchSession(gone.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});

	it('activity at the moment of a logout elsewhere does not bring the session back', async () => {
		const s = must(await createSession({ userId: 'u1', organizationId: 'o1' }));
		// This tab extends the session while another tab logs out of it.
		const [touched] = await Promise.all([touchSession(s.id), deleteSession(s.id)]);
		expect(touched.ok).toBe(true); // it was still there when extended...
		expect(await rawRecord('sessions', s.id)).toBeUndefined(); // ...and stays gone
		expect(await touchSession(s.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
		expect(await rawRecord('sessions', s.id)).toBeUndefined();
	});

	it('a damaged session ends instead of being trusted', async () => {
		const s = must(await createSession({ userId: 'u1', organizationId: 'o1' }));
		await rawPut('sessions', { ...s, userId: 42 });
		expect(await getSession(s.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});
});
