/**
 * Password hashing with PBKDF2-SHA-256 (Web Crypto). Only the hash, its random salt and the
 * iteration count are ever stored; the count travels with the hash so it can be raised later
 * (`needsRehash` tells when a stored hash is below the current figure).
 */
import { z } from './validate';
import { base64ToBytes, bytesToBase64 } from './ids';

/** OWASP Password Storage Cheat Sheet figure for PBKDF2-HMAC-SHA256 (about 170 ms in Node). */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

let iterationsOverride: number | null = null;

/** Tests only: hash with fewer iterations (pass null to go back to PBKDF2_ITERATIONS). */
export function setPasswordIterationsForTests(iterations: number | null): void {
	iterationsOverride = iterations;
}

export function currentIterations(): number {
	return iterationsOverride ?? PBKDF2_ITERATIONS;
}

export const passwordHashSchema = z.object({
	algorithm: z.literal('PBKDF2-SHA-256'),
	iterations: z.int().check(z.positive()),
	salt: z.base64(),
	hash: z.base64()
});
export type PasswordHash = z.infer<typeof passwordHashSchema>;

/** crypto.subtle exists only in secure contexts (https, localhost). */
export function canHashPasswords(): boolean {
	return Boolean(globalThis.crypto?.subtle);
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
	// NFKC so the same password typed on different keyboards/OSes gives the same bytes
	// (NIST SP 800-63B 5.1.1.2).
	const key = await globalThis.crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(password.normalize('NFKC')),
		'PBKDF2',
		false,
		['deriveBits']
	);
	const bits = await globalThis.crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		key,
		HASH_BYTES * 8
	);
	return new Uint8Array(bits);
}

export async function hashPassword(
	password: string,
	options: { iterations?: number } = {}
): Promise<PasswordHash> {
	const iterations = options.iterations ?? currentIterations();
	const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	const hash = await derive(password, salt, iterations);
	return {
		algorithm: 'PBKDF2-SHA-256',
		iterations,
		salt: bytesToBase64(salt),
		hash: bytesToBase64(hash)
	};
}

/**
 * Constant-time comparison: every byte is compared and the differences OR-ed together, so the
 * time taken does not reveal how many leading bytes of a guess were right. (`===` or an early
 * `return false` stops at the first difference.)
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false; // lengths are public (always HASH_BYTES here)
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
	return diff === 0;
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
	const salt = base64ToBytes(stored.salt);
	const expected = base64ToBytes(stored.hash);
	const actual = await derive(password, salt, stored.iterations);
	return timingSafeEqual(actual, expected);
}

/** True when the stored hash used fewer iterations than today's setting. */
export function needsRehash(stored: PasswordHash): boolean {
	return stored.iterations < currentIterations();
}
