/**
 * Results and errors of the storage layer.
 *
 * Storage never throws at the UI: every public function resolves to a `Result`. A page checks
 * `ok`, shows `error.message` when it is false, and shows `problems` (damaged fields that were
 * left out of a salvaged record) when they are not empty.
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

function errorName(e: unknown): string {
	if (e && typeof e === 'object' && 'name' in e && typeof e.name === 'string') return e.name;
	return 'Error';
}

/** True for the quota errors of every engine (Firefox once used its own name). */
export function isQuotaError(e: unknown): boolean {
	const name = errorName(e);
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Turns anything IndexedDB (or our code) threw into a StorageError.
 * `what` starts the message and names what was not saved or read, e.g. "Your draft was not saved".
 */
export function toStorageError(e: unknown, what: string): StorageError {
	const cause = errorName(e);
	if (isQuotaError(e)) {
		return {
			kind: 'quota',
			cause,
			message: `${what}: browser storage is full. Free some space (for example, delete old drafts or attachments) and retry.`
		};
	}
	if (cause === 'ConstraintError') {
		return {
			kind: 'duplicate',
			cause,
			message: `${what}: a record with the same key already exists.`
		};
	}
	if (cause === 'DataCloneError' || cause === 'DataError') {
		return { kind: 'invalid', cause, message: `${what}: the data could not be stored as it is.` };
	}
	return {
		kind: 'unknown',
		cause,
		message: `${what}: the browser's storage reported an error (${cause}). Retry in a moment.`
	};
}
