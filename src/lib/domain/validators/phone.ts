/** Telephone numbers: U.S./NANP (10 digits) and international (E.164, 7–15 digits). */

/** Why a U.S. phone number is not acceptable. */
export type UsPhoneProblem = 'empty' | 'characters' | 'length' | 'area' | 'exchange';

/** Why an international phone number is not acceptable. */
export type InternationalPhoneProblem = 'empty' | 'country-code' | 'characters' | 'length';

/** Why a phone extension is not acceptable. */
export type ExtensionProblem = 'characters' | 'length';

/** Outcome of parsing a phone number: its digits, or a reason. */
export type PhoneParse<R> = { ok: true; digits: string } | { ok: false; reason: R };

/** Parses "(201) 555-0123", "201.555.0123", "+1 201 555 0123" … into its 10 digits. */
export function parseUsPhone(input: string): PhoneParse<UsPhoneProblem> {
	const s = input.trim();
	if (s === '') return { ok: false, reason: 'empty' };
	if (!/^\+?[\d\s().-]+$/.test(s)) return { ok: false, reason: 'characters' };
	let digits = s.replace(/\D/g, '');
	if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
	else if (s.startsWith('+')) return { ok: false, reason: 'length' };
	if (digits.length !== 10) return { ok: false, reason: 'length' };
	if (!/^[2-9]/.test(digits)) return { ok: false, reason: 'area' };
	if (!/^[2-9]/.test(digits.slice(3))) return { ok: false, reason: 'exchange' };
	return { ok: true, digits };
}

/** "(201) 555-0123" for 10 digits (or 11 starting with 1); anything else comes back trimmed. */
export function formatUsPhone(digits: string): string {
	let d = digits.replace(/\D/g, '');
	if (d.length === 11 && d.startsWith('1')) d = d.slice(1);
	if (d.length !== 10) return digits.trim();
	return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
}

/** Null for a blank (optional) or 1–6 digit extension; otherwise why not. */
export function extensionProblem(ext: string): ExtensionProblem | null {
	const s = ext.trim();
	if (s === '') return null;
	if (!/^\d+$/.test(s)) return 'characters';
	return s.length <= 6 ? null : 'length';
}

/**
 * Parses "+44 20 7946 0958" (a + and the country code, then digits, spaces, dashes, dots or
 * brackets) into "+442079460958". Without the + the country is unknown: 'country-code'.
 */
export function parseInternationalPhone(input: string): PhoneParse<InternationalPhoneProblem> {
	const s = input.trim();
	if (s === '') return { ok: false, reason: 'empty' };
	if (!s.startsWith('+')) return { ok: false, reason: 'country-code' };
	if (!/^\+[\d\s().-]+$/.test(s)) return { ok: false, reason: 'characters' };
	const digits = s.replace(/\D/g, '');
	if (digits.length < 7 || digits.length > 15) return { ok: false, reason: 'length' };
	return { ok: true, digits: `+${digits}` };
}
