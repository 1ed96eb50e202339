/** Free-text fields: legal name, e-mail address, character counts. */

/** Most characters a Legal Name may have. */
export const LEGAL_NAME_MAX_LENGTH = 50;

/** Most characters an e-mail address may have. */
export const EMAIL_MAX_LENGTH = 254;

/** Why a Legal Name is not acceptable; `char` names the first character not allowed. */
export type LegalNameProblem =
	{ reason: 'empty' } | { reason: 'length' } | { reason: 'characters'; char: string };

/** Why an e-mail address is not acceptable. */
export type EmailProblem = 'empty' | 'format';

const LEGAL_NAME_CHAR = /^[\p{L}\p{M}0-9 &,.'-]$/u;

/** True for null, undefined, or only whitespace. */
export function isBlank(value: string | null | undefined): boolean {
	return value == null || value.trim() === '';
}

/** How many more characters fit (negative when over), counted like the input's maxlength. */
export function charactersLeft(value: string, max: number): number {
	return max - value.length;
}

/** Null for 1–50 letters, digits, spaces and & , . - ' (surrounding spaces ignored). */
export function legalNameProblem(input: string): LegalNameProblem | null {
	const s = input.trim();
	if (s === '') return { reason: 'empty' };
	const bad = [...s].find((c) => !LEGAL_NAME_CHAR.test(c));
	if (bad !== undefined) return { reason: 'characters', char: bad };
	return s.length <= LEGAL_NAME_MAX_LENGTH ? null : { reason: 'length' };
}

/** True for a domain of dot-separated labels ending in a 2+ letter top-level domain. */
function isEmailDomain(domain: string): boolean {
	const labels = domain.split('.');
	const tld = labels[labels.length - 1] ?? '';
	return (
		labels.length >= 2 &&
		/^[A-Za-z]{2,}$/.test(tld) &&
		labels.every((l) => /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(l))
	);
}

/** Null for a plausible address (one @, no spaces, dotted domain, ≤ 254 chars); else why. */
export function emailProblem(input: string): EmailProblem | null {
	const s = input.trim();
	if (s === '') return 'empty';
	if (s.length > EMAIL_MAX_LENGTH || /\s/.test(s)) return 'format';
	const parts = s.split('@');
	if (parts.length !== 2) return 'format';
	const [local = '', domain = ''] = parts;
	return local !== '' && isEmailDomain(domain) ? null : 'format';
}

/** The form an e-mail address is stored and compared in: trimmed and lower-cased. */
export function normalizeEmail(input: string): string {
	return input.trim().toLowerCase();
}
