import { openDB } from 'idb';
import {
	DB_NAME,
	DB_VERSION,
	NOT_SAVED_MESSAGE,
	createAccount,
	findUserByLogin,
	initStorage
} from '$lib/storage';
import { MIGRATIONS } from '$lib/storage/migrations';
import {
	createVersion1,
	expectCurrentSchema,
	freshStorage,
	must,
	rawAll,
	rawRecord
} from '../../support/storage';

beforeEach(() => {
	freshStorage();
});

it('has one migration step per version', () => {
	expect(MIGRATIONS).toHaveLength(DB_VERSION);
});

describe('migration from version 1', () => {
	beforeEach(async () => {
		await createVersion1(async (db) => {
			await db.put('drafts', {
				id: 'd1',
				values: { account: { username: 'Alice', password: 'hunter2', confirmPassword: 'hunter2' } },
				step: 3,
				savedAt: '2024-05-01T10:00:00.000Z'
			});
			await db.put('organizations', {
				id: 'o1',
				legalName: 'Acme LLC',
				tin: '12-3456789',
				duns: ''
			});
			const password = {
				algorithm: 'PBKDF2-SHA-256',
				iterations: 1000,
				salt: 'AAAA',
				hash: 'AAAA'
			};
			await db.put('users', {
				id: 'u1',
				organizationId: 'o1',
				username: 'Alice',
				email: 'Alice@Example.COM',
				firstName: 'Alice',
				lastName: 'Smith',
				password
			});
			// Version 1 let a case-variant of a username through.
			await db.put('users', {
				id: 'u2',
				organizationId: 'o1',
				username: 'alice',
				email: 'other@example.com',
				firstName: 'A',
				lastName: 'Jones',
				password
			});
			await db.put('meta', { key: 'flow', value: { skipNigp: true } });
		});
	});

	it('upgrades to the current schema and keeps and transforms the data', async () => {
		await initStorage();
		await expectCurrentSchema();

		// The draft keeps its progress; it has no key (drafts were not sealed then), so no link opens
		// it and the next sweep removes it (drafts.test.ts).
		expect(await rawRecord('drafts', 'd1')).toMatchObject({
			schemaVersion: 2,
			revision: 1,
			stepReached: 3,
			updatedAt: '2024-05-01T10:00:00.000Z',
			values: { account: { username: 'Alice' } }
		});
		// Version 1 stored passwords in drafts; the migration removed them from disk.
		expect(JSON.stringify(await rawRecord('drafts', 'd1'))).not.toMatch(/hunter2|password/i);

		const org = (await rawRecord('organizations', 'o1')) as Record<string, unknown>;
		expect(org).toMatchObject({ tin: '123456789', duns: null, schemaVersion: 2, details: {} });
		expect(typeof org.updatedAt).toBe('string');

		const [alice] = must(await findUserByLogin('alice@example.com'));
		expect(alice).toMatchObject({ id: 'u1', email: 'alice@example.com', usernameLower: 'alice' });
		const users = (await rawAll('users')) as { id: string; username: string }[];
		expect(users.map((u) => u.username)).toEqual(['Alice', 'alice-2']);
		expect(await rawRecord('meta', 'migration-2-renamed-users')).toMatchObject({
			value: [{ id: 'u2', from: 'alice', to: 'alice-2' }]
		});
		expect(await rawRecord('meta', 'flow')).toMatchObject({
			value: { skipNigp: true },
			schemaVersion: 2
		});

		// The unique index now holds: a third "ALICE" is refused.
		const dup = await createAccount({
			organization: { legalName: 'Other' },
			user: { username: 'ALICE', email: 'x@example.com' },
			password: 'pw'
		});
		expect(dup).toMatchObject({ ok: false, error: { kind: 'duplicate' } });
	});

	it('a failing migration changes nothing and falls back to memory with the banner', async () => {
		const step = MIGRATIONS[1]!;
		MIGRATIONS[1] = async (db, tx) => {
			await step(db, tx);
			throw new Error('bug in a migration');
		};
		try {
			const status = await initStorage();
			expect(status).toMatchObject({ mode: 'memory', banner: NOT_SAVED_MESSAGE });
		} finally {
			MIGRATIONS[1] = step;
		}
		const db = await openDB(DB_NAME);
		expect(db.version).toBe(1);
		expect(await db.get('users', 'u1')).toMatchObject({ email: 'Alice@Example.COM' });
		db.close();
	});
});
