/**
 * Passwords never leave memory in plain text: not into IndexedDB, not into the Web Storage copy
 * of a draft, not into an export. Every draft write goes through `stripSecrets`.
 */
import type { JsonObject } from './validate';

/**
 * A key holds a secret when its name, lower-cased and without separators, contains "password":
 * password, confirmPassword, password_confirmation, newPassword... (the wizard may name them any
 * way). Broad on purpose: a wrongly dropped field costs a retype, a wrongly kept one leaks.
 */
export function isSecretKey(key: string): boolean {
	return key
		.toLowerCase()
		.replace(/[^a-z]/g, '')
		.includes('password');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (value === null || typeof value !== 'object') return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/**
 * A deep copy of `value` without any secret key, at any depth (any step, any nested group).
 * Plain objects and arrays are copied; other values are kept as they are.
 */
export function stripSecrets<T>(value: T): T {
	if (Array.isArray(value)) return value.map((item) => stripSecrets(item)) as T;
	if (isPlainObject(value)) {
		const out: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) {
			if (!isSecretKey(key)) out[key] = stripSecrets(item);
		}
		return out as T;
	}
	return value;
}

/**
 * What a form hands us, made safe to store: secrets removed, and reduced to JSON (Dates become
 * ISO strings, undefined fields disappear, NaN becomes null). Also unwraps Svelte state proxies,
 * which IndexedDB cannot clone.
 */
export function toStorableJson(value: Record<string, unknown>): JsonObject {
	const json = JSON.stringify(stripSecrets(value)) as string | undefined;
	const parsed: unknown = json === undefined ? {} : JSON.parse(json);
	return isPlainObject(parsed) ? (parsed as JsonObject) : {};
}
