/** Ids and timestamps. */

function randomBytes(n: number): Uint8Array {
	// getRandomValues exists in insecure contexts too, unlike crypto.randomUUID.
	return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/** A random RFC 4122 version 4 UUID. */
export function newId(): string {
	const b = randomBytes(16);
	b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
	b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
	const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let sequence = 0;

/**
 * An id that sorts in creation order (time, then a counter for the same millisecond, then
 * randomness for uniqueness across tabs). Used where order matters: events, outbox.
 */
export function newSortableId(): string {
	const time = Date.now().toString(36).padStart(9, '0');
	const count = (sequence++ % 36 ** 4).toString(36).padStart(4, '0');
	const random = Array.from(randomBytes(6), (x) => x.toString(16).padStart(2, '0')).join('');
	return `${time}-${count}-${random}`;
}

export function nowIso(): string {
	return new Date().toISOString();
}

export function bytesToBase64(bytes: Uint8Array): string {
	let binary = '';
	// Chunks keep String.fromCharCode's argument list short for large files.
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
