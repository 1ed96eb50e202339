import { isQuotaError, toStorageError } from '$lib/storage/errors';

const thrown = (name: string) => Object.assign(new Error('boom'), { name });

describe('storage errors', () => {
	it('recognizes the quota errors of every engine', () => {
		expect(isQuotaError(thrown('QuotaExceededError'))).toBe(true);
		expect(isQuotaError(thrown('NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
		expect(isQuotaError(thrown('ConstraintError'))).toBe(false);
		expect(isQuotaError('QuotaExceededError')).toBe(false);
		expect(isQuotaError(null)).toBe(false);
	});

	it('turns a thrown error into a StorageError whose message starts with what failed', () => {
		const quota = toStorageError(thrown('QuotaExceededError'), 'Your draft was not saved');
		expect(quota.kind).toBe('quota');
		expect(quota.cause).toBe('QuotaExceededError');
		expect(quota.message).toMatch(/^Your draft was not saved: browser storage is full\./);
		expect(toStorageError(thrown('ConstraintError'), 'X').kind).toBe('duplicate');
		expect(toStorageError(thrown('DataCloneError'), 'X').kind).toBe('invalid');
		expect(toStorageError(thrown('DataError'), 'X').kind).toBe('invalid');
		const other = toStorageError(new TypeError('nope'), 'Not read');
		expect(other).toMatchObject({ kind: 'unknown', cause: 'TypeError' });
		expect(other.message).toContain('(TypeError)');
		expect(toStorageError('weird', 'Not read').cause).toBe('Error');
	});
});
