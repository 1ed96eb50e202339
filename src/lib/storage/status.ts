/**
 * Whether the portal's data is being kept, for the layout's banner.
 *
 * `storageStatus` follows the Svelte store contract, so a layout can write
 * `{#if $storageStatus.banner}<div class="usa-alert ...">{$storageStatus.banner}</div>{/if}`
 * and stays free of Svelte itself (plain TypeScript, unit-testable).
 */

export const NOT_SAVED_MESSAGE = 'Your progress is not being saved in this browser';
export const WAITING_MESSAGE = 'This browser’s storage is not answering yet';
export const BLOCKED_MESSAGE = 'Close the other CTsource tabs to finish updating storage';
export const OUTDATED_MESSAGE =
	'CTsource was updated in another tab. Reload this page to keep saving your work.';
export const CLEARED_MESSAGE =
	'This browser’s CTsource data was cleared while this page was open, so nothing more can be saved here. What you typed is still on this page: copy what you need before you reload or leave it.';

export interface StorageStatus {
	/** 'starting' until the first storage call has opened the database. */
	mode: 'starting' | 'indexeddb' | 'memory';
	/** IndexedDB did not answer in time: memory is used meanwhile and moved there once it does. */
	waiting: boolean;
	/** True when data survives a reload (IndexedDB is open and usable). */
	persistent: boolean;
	/** An open is waiting for an older tab to close its connection. */
	blocked: boolean;
	/** A newer tab upgraded the database; this tab's connection was closed. */
	outdated: boolean;
	/** The database was deleted or cleared (another tab, the browser) while this page was open. */
	cleared: boolean;
	/** Why the memory store is used, for the console ('IndexedDB is not available', ...). */
	reason: string | null;
	/** The sentence to show in a persistent banner, or null when all is well. */
	banner: string | null;
}

type Subscriber = (status: StorageStatus) => void;

const initial: StorageStatus = {
	mode: 'starting',
	waiting: false,
	persistent: false,
	blocked: false,
	outdated: false,
	cleared: false,
	reason: null,
	banner: null
};

let current: StorageStatus = initial;
const subscribers = new Set<Subscriber>();

function bannerFor(s: Omit<StorageStatus, 'banner'>): string | null {
	if (s.cleared) return CLEARED_MESSAGE;
	if (s.outdated) return OUTDATED_MESSAGE;
	if (s.blocked) return BLOCKED_MESSAGE;
	if (s.waiting) return WAITING_MESSAGE;
	if (s.mode === 'memory') return NOT_SAVED_MESSAGE;
	return null;
}

/** Internal: db.ts reports changes here. */
export function updateStatus(patch: Partial<Omit<StorageStatus, 'banner'>>): void {
	const next = { ...current, ...patch };
	current = { ...next, banner: bannerFor(next) };
	for (const run of subscribers) run(current);
}

export function resetStatus(): void {
	current = initial;
	for (const run of subscribers) run(current);
}

export const storageStatus = {
	/** Svelte store contract: called now and on every change; returns the unsubscribe. */
	subscribe(run: Subscriber): () => void {
		subscribers.add(run);
		run(current);
		return () => subscribers.delete(run);
	},
	get(): StorageStatus {
		return current;
	}
};
