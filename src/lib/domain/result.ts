/**
 * Results and errors: what an operation that can fail resolves to instead of throwing.
 *
 * Storage never throws at the UI: every public function resolves to a `Result`, and so do the
 * feature modules built on it. A page checks `ok`, shows `error.message` when it is false, and
 * shows `problems` (damaged fields that were left out of a salvaged record) when they are not
 * empty. Plain data, so domain and feature code can build and pass results without importing
 * storage; turning a thrown IndexedDB error into a `StorageError` is storage's job
 * (`$lib/storage/errors`).
 */

/** What went wrong, so a page can pick a remedy (retry, reload, close other tabs...). */
export type StorageErrorKind =
	| 'quota'
	| 'unavailable'
	| 'conflict'
	| 'not-found'
	| 'invalid'
	| 'duplicate'
	| 'blocked'
	| 'unknown';

export interface StorageError {
	kind: StorageErrorKind;
	/** A sentence a page can show as is. Says what was not saved or read, and what to do. */
	message: string;
	/** The browser's error name, for the console and bug reports (e.g. 'QuotaExceededError'). */
	cause?: string;
	/** For 'conflict': the revision another tab saved. */
	theirRevision?: number;
	/** For 'invalid': each field that failed. */
	problems?: Problem[];
}

/** A field of a stored record (or of an imported file) that failed validation. */
export interface Problem {
	/** The store the record came from, when there is one. */
	store?: string;
	/** The record's key (id) in that store. */
	key?: string;
	/** Path of the field inside the record, e.g. `values.business.legalName`; '' for the whole. */
	path: string;
	message: string;
}

export type Result<T> =
	{ ok: true; value: T; problems: Problem[] } | { ok: false; error: StorageError };

export function ok<T>(value: T, problems: Problem[] = []): Result<T> {
	return { ok: true, value, problems };
}

export function fail<T = never>(
	kind: StorageErrorKind,
	message: string,
	extra: Omit<StorageError, 'kind' | 'message'> = {}
): Result<T> {
	return { ok: false, error: { kind, message, ...extra } };
}
