/**
 * Errors thrown by IndexedDB (or by our own code inside a transaction), turned into the
 * `StorageError` of a failed `Result`.
 */
import type { StorageError } from '$lib/domain/result';

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
