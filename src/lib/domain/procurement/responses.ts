/**
 * The rules of a supplier's response to a solicitation: who may submit, until when, with what
 * acknowledged; and the sealing of responses until the due date. Pure: callers pass the time
 * (the demo clock), the user's permission and the registration status.
 */
import type { RegistrationStatus } from './registration-status';

/** The technical statement's limit. */
export const STATEMENT_MAX = 2000;

/** Why a response may not be submitted, revised or withdrawn now (null when it may). */
export type ResponseRefusal =
	| { reason: 'no-permission'; message: string }
	| { reason: 'declined'; message: string }
	| { reason: 'past-due'; message: string }
	| { reason: 'not-open'; message: string };

export const NO_RESPOND_PERMISSION =
	'You do not have permission to respond to solicitations. Ask your organization’s main contact to give you the “Respond to solicitations” permission.';
export const DECLINED_CANNOT_RESPOND =
	'Your organization’s registration was declined, so it cannot respond to solicitations. Correct your registration in My Account first.';
export const PAST_DUE =
	'The due date has passed: responses can no longer be submitted, revised or withdrawn.';

/** Responses are sealed until the due date: before it, nobody sees them (only how many). */
export function isSealed(dueAt: string, now: number): boolean {
	return now < Date.parse(dueAt);
}

/** Whether a response may still change (submit, revise, withdraw): strictly before the due time. */
export function isBeforeDue(dueAt: string, now: number): boolean {
	return now < Date.parse(dueAt);
}

/**
 * Why the signed-in user may not submit, revise or withdraw a response now, or null. Checked by
 * every action (not only by hiding its button): the "Respond to solicitations" permission, a
 * registration that is not declined, an open solicitation, and the due date by the demo clock.
 */
export function responseRefusal(input: {
	canRespond: boolean;
	registration: RegistrationStatus;
	solicitationStatus: 'draft' | 'open' | 'closed' | 'awarded';
	dueAt: string;
	now: number;
}): ResponseRefusal | null {
	if (!input.canRespond) return { reason: 'no-permission', message: NO_RESPOND_PERMISSION };
	if (input.registration === 'declined') {
		return { reason: 'declined', message: DECLINED_CANNOT_RESPOND };
	}
	if (!isBeforeDue(input.dueAt, input.now)) return { reason: 'past-due', message: PAST_DUE };
	if (input.solicitationStatus !== 'open') {
		return { reason: 'not-open', message: 'This solicitation is not open for responses.' };
	}
	return null;
}

/** The addenda a response has not acknowledged yet (every published addendum must be). */
export function unacknowledgedAddenda(
	addenda: readonly { id: string; number: number }[],
	acknowledged: readonly string[]
): { id: string; number: number }[] {
	return addenda.filter((a) => !acknowledged.includes(a.id));
}

/** A response's fields as the form holds them. */
export interface ResponseValues {
	/** The price as typed ("$12,500.00" or "12500"). */
	price: string;
	statement: string;
	/** Ids of the addenda acknowledged. */
	acknowledged: string[];
	/** "I have read the Requirements tab…" */
	certified: boolean;
	/** Response documents (optional). */
	documents?: { id: string; name: string; size: number; type: string }[];
}

export type ResponseField = 'price' | 'statement' | 'acknowledged' | 'certified';

/** Dollars and cents from what was typed, or null when it is not an amount. */
export function parsePrice(typed: string): number | null {
	const text = typed.trim().replace(/^\$/, '').replace(/,/g, '');
	if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
	return Number(text);
}

/** Each field's problem before a response can be submitted, in the form's order. */
export function responseProblems(
	values: ResponseValues,
	addenda: readonly { id: string; number: number }[]
): { field: ResponseField; message: string }[] {
	const out: { field: ResponseField; message: string }[] = [];
	const price = parsePrice(values.price);
	if (!values.price.trim()) out.push({ field: 'price', message: 'Enter your price' });
	else if (price === null || price <= 0) {
		out.push({ field: 'price', message: 'Enter the price in dollars, like 12,500.00' });
	}
	if (!values.statement.trim()) {
		out.push({ field: 'statement', message: 'Enter your technical statement' });
	} else if (values.statement.trim().length > STATEMENT_MAX) {
		out.push({
			field: 'statement',
			message: `The technical statement must be ${STATEMENT_MAX.toLocaleString('en-US')} characters or fewer`
		});
	}
	const missing = unacknowledgedAddenda(addenda, values.acknowledged);
	if (missing.length) {
		out.push({
			field: 'acknowledged',
			message: `Acknowledge ${missing.map((a) => `Addendum ${a.number}`).join(', ')} before you submit`
		});
	}
	if (!values.certified) {
		out.push({
			field: 'certified',
			message: 'Confirm that you have read the Requirements tab before you submit'
		});
	}
	return out;
}
