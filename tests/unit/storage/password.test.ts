import {
	PBKDF2_ITERATIONS,
	getUser,
	signIn,
	createAccount,
	hashPassword,
	needsRehash,
	setPasswordIterationsForTests,
	verifyPassword
} from '$lib/storage';
import { timingSafeEqual } from '$lib/storage/password';
import { freshStorage, must } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});
afterAll(() => setPasswordIterationsForTests(null));

describe('password hashing', () => {
	it('uses 600,000 iterations unless a test lowers it', () => {
		expect(PBKDF2_ITERATIONS).toBe(600_000);
	});

	it('hashes with a random salt and stores the iteration count', async () => {
		const a = await hashPassword('s3cret!');
		const b = await hashPassword('s3cret!');
		expect(a).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 1_000 });
		expect(a.salt).not.toBe(b.salt);
		expect(a.hash).not.toBe(b.hash);
		expect(atob(a.salt)).toHaveLength(16);
		expect(atob(a.hash)).toHaveLength(32);
		expect(JSON.stringify(a)).not.toContain('s3cret');
	});

	it('verifies the right password and rejects a wrong one', async () => {
		const stored = await hashPassword('s3cret!');
		expect(await verifyPassword('s3cret!', stored)).toBe(true);
		expect(await verifyPassword('s3cret?', stored)).toBe(false);
		expect(await verifyPassword('', stored)).toBe(false);
		// The stored count is used, whatever today's setting.
		setPasswordIterationsForTests(2_000);
		expect(await verifyPassword('s3cret!', stored)).toBe(true);
	});

	it('is the standard PBKDF2-HMAC-SHA256 (RFC 7914 test vector)', async () => {
		const { base64ToBytes, bytesToBase64 } = await import('$lib/storage/ids');
		const salt = bytesToBase64(new TextEncoder().encode('salt'));
		// P="passwd", S="salt", c=1, dkLen=64: first 32 bytes.
		const expected = '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc';
		const hash = bytesToBase64(Uint8Array.from(expected.match(/../g)!.map((h) => parseInt(h, 16))));
		expect(
			await verifyPassword('passwd', { algorithm: 'PBKDF2-SHA-256', iterations: 1, salt, hash })
		).toBe(true);
		expect(base64ToBytes(hash)).toHaveLength(32);
	});

	it('compares in constant time: every byte is looked at', () => {
		/** A byte array that records which of its bytes were read. */
		const watched = (bytes: number[], read: Set<number>) =>
			new Proxy(new Uint8Array(bytes), {
				get(target, prop) {
					if (typeof prop === 'string' && /^\d+$/.test(prop)) read.add(Number(prop));
					return Reflect.get(target, prop) as unknown;
				}
			});
		// A first byte wrong or a last byte wrong: the same work, every byte of both is read.
		for (const guess of [
			[0, 2, 3, 4, 5, 6, 7, 8],
			[1, 2, 3, 4, 5, 6, 7, 0]
		]) {
			const readA = new Set<number>();
			const readB = new Set<number>();
			const equal = timingSafeEqual(
				watched(guess, readA),
				watched([1, 2, 3, 4, 5, 6, 7, 8], readB)
			);
			expect(equal).toBe(false);
			expect([...readA].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
			expect([...readB].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		}
		expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
		expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
		expect(timingSafeEqual(new Uint8Array([9, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(false);
		expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
	});

	it('raising the iteration count later upgrades a hash at the next login', async () => {
		const { user } = must(
			await createAccount({
				organization: { legalName: 'Acme' },
				user: { username: 'alice', email: 'a@example.com' },
				password: 'pw'
			})
		);
		expect(needsRehash(user.password)).toBe(false);
		setPasswordIterationsForTests(1_500);
		expect(needsRehash(user.password)).toBe(true);
		expect(await signIn({ login: 'alice', password: 'pw' })).toMatchObject({ kind: 'ok' });
		expect(must(await getUser(user.id)).password.iterations).toBe(1_500);
		expect(await signIn({ login: 'alice', password: 'pw' })).toMatchObject({
			kind: 'ok',
			user: { id: user.id }
		});
	});
});
