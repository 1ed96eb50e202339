/**
 * Password rules from the CTsource guide: at least 8 characters, upper- and lower-case letters,
 * numbers and special characters; and it must not contain the UserName.
 */
import { USERNAME_MIN_LENGTH } from './username';

/** Identifies one password rule. */
export type PasswordRuleId = 'length' | 'upper' | 'lower' | 'number' | 'special' | 'username';

/** One checklist line: what a person reads, and whether a password meets it. */
export interface PasswordRule {
	id: PasswordRuleId;
	label: string;
	test(password: string, username: string): boolean;
}

/** Fewest characters (Unicode code points) a password may have. */
export const PASSWORD_MIN_LENGTH = 8;

/** True when the password contains the UserName (any case), for UserNames of 4+ characters. */
function containsUsername(password: string, username: string): boolean {
	const u = username.trim().toLowerCase();
	return u.length >= USERNAME_MIN_LENGTH && password.toLowerCase().includes(u);
}

/** The rules, in checklist order. */
export const PASSWORD_RULES: readonly PasswordRule[] = [
	{
		id: 'length',
		label: `At least ${PASSWORD_MIN_LENGTH} characters`,
		test: (p) => [...p].length >= PASSWORD_MIN_LENGTH
	},
	{ id: 'upper', label: 'An upper-case letter', test: (p) => /\p{Lu}/u.test(p) },
	{ id: 'lower', label: 'A lower-case letter', test: (p) => /\p{Ll}/u.test(p) },
	{ id: 'number', label: 'A number', test: (p) => /\p{Nd}/u.test(p) },
	{
		id: 'special',
		label: 'A special character (for example ! @ # $ %)',
		// Anything printable that is not a letter (with its accents), a digit or a space.
		test: (p) => /[^\p{L}\p{M}\p{N}\p{White_Space}\p{C}]/u.test(p)
	},
	{
		id: 'username',
		label: 'Does not contain your UserName',
		test: (p, u) => !containsUsername(p, u)
	}
];

/** The rules the password does not meet, in checklist order (empty when it is acceptable). */
export function passwordProblems(password: string, username: string): PasswordRuleId[] {
	return PASSWORD_RULES.filter((r) => !r.test(password, username)).map((r) => r.id);
}
