/** UserName: 4–30 letters, digits, ".", "_" or "-"; never an e-mail address. */

/** Fewest characters a UserName may have. */
export const USERNAME_MIN_LENGTH = 4;

/** Most characters a UserName may have. */
export const USERNAME_MAX_LENGTH = 30;

/** Why a UserName is not acceptable ('at-sign' first: people type their e-mail). */
export type UsernameProblem = 'empty' | 'at-sign' | 'characters' | 'length';

/** Null for an acceptable UserName (surrounding spaces ignored); otherwise why not. */
export function usernameProblem(input: string): UsernameProblem | null {
	const s = input.trim();
	if (s === '') return 'empty';
	if (s.includes('@')) return 'at-sign';
	if (!/^[A-Za-z0-9._-]+$/.test(s)) return 'characters';
	return s.length >= USERNAME_MIN_LENGTH && s.length <= USERNAME_MAX_LENGTH ? null : 'length';
}

/** The form two UserNames are compared in for uniqueness: trimmed and lower-cased. */
export function usernameKey(u: string): string {
	return u.trim().toLowerCase();
}
