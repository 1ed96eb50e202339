/**
 * Drafts belong to whoever holds their resume link. A draft's values are stored sealed with
 * AES-GCM (Web Crypto) under a random 256-bit key that exists only in the resume link's fragment
 * and in the session storage of the tab that holds it: a later visitor at the same browser finds
 * ciphertext, not names or tax numbers, in every storage dump.
 */
import { fail, ok, type Result } from '$lib/domain/result';
import { z } from './validate';

/** What is stored instead of the values: base64 initialisation vector and ciphertext. */
export const sealedSchema = z.object({ iv: z.string(), data: z.string() });
export type Sealed = z.infer<typeof sealedSchema>;

const KEY_BYTES = 32;
const IV_BYTES = 12;

function toBase64Url(bytes: Uint8Array): string {
	let text = '';
	for (const b of bytes) text += String.fromCharCode(b);
	return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
		return bytes;
	} catch {
		return null;
	}
}

/** A new random key, as the text that goes into a resume link (43 URL-safe characters). */
export function newDraftKey(): string {
	return toBase64Url(crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
}

/** Whether `text` has the shape of a draft key (it may still be the wrong one). */
export function isDraftKey(text: string): boolean {
	return fromBase64Url(text)?.length === KEY_BYTES;
}

async function importKey(keyText: string, use: KeyUsage): Promise<CryptoKey | null> {
	const raw = fromBase64Url(keyText);
	if (raw?.length !== KEY_BYTES) return null;
	return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, [use]);
}

/** Seals a JSON value under `keyText` (a fresh IV each time). */
export async function seal(keyText: string, value: unknown): Promise<Result<Sealed>> {
	try {
		const key = await importKey(keyText, 'encrypt');
		if (!key) return fail('invalid', 'This registration has no valid key.');
		const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
		const plain = new TextEncoder().encode(JSON.stringify(value));
		const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
		return ok({ iv: toBase64Url(iv), data: toBase64Url(data) });
	} catch {
		return fail('unavailable', 'This browser could not encrypt your registration.');
	}
}

/** `cause` of the error a key that does not open the draft gives (told apart from damage). */
export const WRONG_KEY = 'wrong-key';

export const WRONG_KEY_MESSAGE =
	'This resume link does not open a saved registration. Check that you copied the whole link.';

/** Opens what `seal` made; a wrong key or damaged ciphertext is an 'invalid' error. */
export async function unseal(keyText: string, sealed: Sealed): Promise<Result<unknown>> {
	const iv = fromBase64Url(sealed.iv);
	const data = fromBase64Url(sealed.data);
	const key = await importKey(keyText, 'decrypt').catch(() => null);
	if (!key || !iv || !data) return fail('invalid', WRONG_KEY_MESSAGE, { cause: WRONG_KEY });
	try {
		const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
		return ok(JSON.parse(new TextDecoder().decode(plain)) as unknown);
	} catch {
		return fail('invalid', WRONG_KEY_MESSAGE, { cause: WRONG_KEY });
	}
}
