/**
 * Guarded access to `localStorage`. It may be missing (Node, some embedded browsers), throw on
 * access (Safari private mode, storage disabled) or throw on write (quota): every function here
 * returns a value instead of throwing.
 */

/** Every Web Storage key the portal owns starts with this; wipeAll removes them all. */
export const WEB_STORAGE_PREFIX = 'ctsource:';

export function getWebStorage(
	kind: 'localStorage' | 'sessionStorage' = 'localStorage'
): Storage | null {
	try {
		const storage = (globalThis as Record<string, unknown>)[kind] as Storage | undefined;
		return storage ?? null;
	} catch {
		return null;
	}
}

export function readJson(storage: Storage | null, key: string): unknown {
	if (!storage) return undefined;
	try {
		const text = storage.getItem(key);
		return text === null ? undefined : (JSON.parse(text) as unknown);
	} catch {
		return undefined;
	}
}

/** False when the value could not be written (no storage, quota). */
export function writeJson(storage: Storage | null, key: string, value: unknown): boolean {
	if (!storage) return false;
	try {
		storage.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

export function removeKey(storage: Storage | null, key: string): void {
	try {
		storage?.removeItem(key);
	} catch {
		// Nothing to do: the key is either gone or unreachable.
	}
}

const TAB_KEY = `${WEB_STORAGE_PREFIX}tab`;

/**
 * A random id of this browser tab (kept in sessionStorage, so a reload keeps it and another tab
 * gets its own; a duplicated tab shares it). Null when sessionStorage cannot be used.
 */
export function tabId(): string | null {
	const storage = getWebStorage('sessionStorage');
	if (!storage) return null;
	try {
		const known = storage.getItem(TAB_KEY);
		if (known) return known;
		const id = crypto.randomUUID();
		storage.setItem(TAB_KEY, id);
		return id;
	} catch {
		return null;
	}
}

/** Key of the synchronous copy of an open draft (see draft-autosave.svelte.ts). */
export const DRAFT_COPY_PREFIX = `${WEB_STORAGE_PREFIX}draft:`;
/** Key of a draft's key held by this tab, in sessionStorage (see draft-autosave.svelte.ts). */
export const DRAFT_KEY_PREFIX = `${WEB_STORAGE_PREFIX}draft-key:`;

/**
 * Prefix of the synchronous per-tab copy of a response being typed (sessionStorage), written on
 * every keystroke so a failed or pending save loses nothing on a reload; removed once saved and
 * when the tab's session ends.
 */
export const RESPONSE_COPY_PREFIX = `${WEB_STORAGE_PREFIX}response-copy:`;

/**
 * Removes every key starting with `prefix` from localStorage and sessionStorage, except those
 * `keep` accepts.
 */
export function removeOwnedKeys(
	prefix = WEB_STORAGE_PREFIX,
	keep: (key: string) => boolean = () => false
): void {
	for (const storage of [getWebStorage('localStorage'), getWebStorage('sessionStorage')]) {
		if (!storage) continue;
		try {
			const keys: string[] = [];
			for (let i = 0; i < storage.length; i++) {
				const key = storage.key(i);
				if (key?.startsWith(prefix) && !keep(key)) keys.push(key);
			}
			for (const key of keys) storage.removeItem(key);
		} catch {
			// Storage unreachable: nothing of ours can be in it.
		}
	}
}
