/**
 * The agency's side of a solicitation: the draft's rules before it can be published, an addendum's
 * rules, and who may be awarded and when the award can be finalized. Pure: callers pass the time
 * (the demo clock) and what storage holds.
 */
import { easternToInstant } from './eastern-time';
import { isSealed } from './responses';

/** Due at 2:00 PM Eastern unless the agency says otherwise (the State's usual closing time). */
export const DEFAULT_DUE_TIME = '14:00';
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const ADDENDUM_MAX = 4000;

export interface SolicitationDraftValues {
	/** "27DAS0042": letters, digits and hyphens. */
	number: string;
	title: string;
	agency: string;
	description: string;
	kind: 'formal' | 'informal';
	/** Organization ids invited to an informal solicitation. */
	invited: string[];
	/** 8-digit UNSPSC codes. */
	codes: string[];
	/** yyyy-mm-dd, Eastern. */
	dueDate: string;
	/** HH:MM (24-hour), Eastern. */
	dueTime: string;
	specialistName: string;
	specialistEmail: string;
	specialistPhone: string;
}

export type DraftField =
	| 'number'
	| 'title'
	| 'description'
	| 'invited'
	| 'codes'
	| 'dueDate'
	| 'dueTime'
	| 'specialistName'
	| 'specialistEmail';

export interface Problem<F extends string = string> {
	field: F;
	message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The instant of an Eastern date and time as the form holds them, or null when not a date. */
export function dueInstant(day: string, time: string): number | null {
	if (!DAY.test(day) || !TIME.test(time)) return null;
	return easternToInstant(`${day}T${time}`);
}

/** A due date and time: required, real, and after `now`. */
function dueProblems(day: string, time: string, now: number): Problem<'dueDate' | 'dueTime'>[] {
	if (!day.trim()) return [{ field: 'dueDate', message: 'Enter the due date' }];
	if (!TIME.test(time)) {
		return [{ field: 'dueTime', message: 'Enter the due time as hh:mm, like 14:00 for 2:00 PM' }];
	}
	const at = dueInstant(day, time);
	if (at === null) return [{ field: 'dueDate', message: 'Enter a real date, like 2027-01-15' }];
	if (at <= now) {
		return [{ field: 'dueDate', message: 'The due date and time must be in the future' }];
	}
	return [];
}

function numberProblems(number: string): Problem<DraftField>[] {
	if (!number.trim()) return [{ field: 'number', message: 'Enter the solicitation number' }];
	if (!/^[A-Za-z0-9][A-Za-z0-9-]{2,29}$/.test(number.trim())) {
		return [
			{
				field: 'number',
				message: 'Use 3 to 30 letters, digits and hyphens for the number, like 27DAS0042'
			}
		];
	}
	return [];
}

/**
 * What a draft needs before it can be saved: its number, title and a real due date (the rest may
 * come later; publishing checks everything).
 */
export function draftSaveProblems(values: SolicitationDraftValues): Problem<DraftField>[] {
	const out: Problem<DraftField>[] = numberProblems(values.number);
	if (!values.title.trim()) out.push({ field: 'title', message: 'Enter the solicitation title' });
	else if (values.title.trim().length > TITLE_MAX) {
		out.push({ field: 'title', message: `The title must be ${TITLE_MAX} characters or fewer` });
	}
	if (dueInstant(values.dueDate, values.dueTime) === null) {
		out.push(
			TIME.test(values.dueTime)
				? { field: 'dueDate', message: 'Enter the due date, like 2027-01-15' }
				: { field: 'dueTime', message: 'Enter the due time as hh:mm, like 14:00 for 2:00 PM' }
		);
	}
	return out;
}

/** Every problem before a draft can be published, in the form's order. */
export function publishDraftProblems(
	values: SolicitationDraftValues,
	now: number
): Problem<DraftField>[] {
	const out: Problem<DraftField>[] = [...numberProblems(values.number)];
	if (!values.title.trim()) out.push({ field: 'title', message: 'Enter the solicitation title' });
	else if (values.title.trim().length > TITLE_MAX) {
		out.push({ field: 'title', message: `The title must be ${TITLE_MAX} characters or fewer` });
	}
	if (!values.description.trim()) {
		out.push({ field: 'description', message: 'Enter the description' });
	} else if (values.description.trim().length > DESCRIPTION_MAX) {
		out.push({
			field: 'description',
			message: `The description must be ${DESCRIPTION_MAX.toLocaleString('en-US')} characters or fewer`
		});
	}
	if (values.kind === 'informal' && values.invited.length === 0) {
		out.push({
			field: 'invited',
			message: 'Invite at least one supplier to an informal solicitation'
		});
	}
	if (values.codes.length === 0) {
		out.push({ field: 'codes', message: 'Choose at least one UNSPSC code' });
	}
	out.push(...dueProblems(values.dueDate, values.dueTime, now));
	if (!values.specialistName.trim()) {
		out.push({ field: 'specialistName', message: 'Enter the Contract Specialist’s name' });
	}
	if (!values.specialistEmail.trim()) {
		out.push({ field: 'specialistEmail', message: 'Enter the Contract Specialist’s e-mail' });
	} else if (!EMAIL.test(values.specialistEmail.trim())) {
		out.push({
			field: 'specialistEmail',
			message: 'Enter the e-mail as name@example.com'
		});
	}
	return out;
}

export interface AddendumValues {
	text: string;
	/** Move the due date: both empty to keep it. */
	dueDate: string;
	dueTime: string;
}

export type AddendumField = 'text' | 'dueDate' | 'dueTime';

/**
 * Why no addendum can be published to the solicitation now (null when one can): only to a
 * published solicitation before its due date.
 */
export function addendumRefusal(
	s: { status: 'draft' | 'open' | 'closed' | 'awarded'; dueAt: string },
	now: number
): string | null {
	if (s.status === 'draft') return 'Publish the solicitation before adding an addendum.';
	if (s.status !== 'open' || !isSealed(s.dueAt, now)) {
		return 'The due date has passed: addenda can be published only before it.';
	}
	return null;
}

/** The addendum's problems: its text, and a new due date (optional) that is in the future. */
export function addendumProblems(values: AddendumValues, now: number): Problem<AddendumField>[] {
	const out: Problem<AddendumField>[] = [];
	if (!values.text.trim()) out.push({ field: 'text', message: 'Enter the text of the addendum' });
	else if (values.text.trim().length > ADDENDUM_MAX) {
		out.push({
			field: 'text',
			message: `The addendum must be ${ADDENDUM_MAX.toLocaleString('en-US')} characters or fewer`
		});
	}
	if (values.dueDate.trim()) out.push(...dueProblems(values.dueDate, values.dueTime, now));
	return out;
}

/** A response as the award rules see it. */
export interface AwardableResponse {
	organizationId: string;
	organizationName: string;
	submitted: { at: string } | null;
}

/**
 * Why the solicitation cannot be awarded to this response now (null when it can): responses are
 * sealed until the due date, a solicitation is awarded once, and only a submitted response wins.
 */
export function awardRefusal(
	s: {
		status: 'draft' | 'open' | 'closed' | 'awarded';
		dueAt: string;
		award?: { organizationName: string } | undefined;
	},
	response: AwardableResponse | null,
	now: number
): string | null {
	if (s.status === 'draft') return 'A draft cannot be awarded.';
	if (s.award) return `This solicitation was already awarded to ${s.award.organizationName}.`;
	if (isSealed(s.dueAt, now)) {
		return 'Responses are sealed until the due date: it cannot be awarded before then.';
	}
	if (!response?.submitted) return 'Only a supplier with a submitted response can be awarded.';
	return null;
}

/**
 * Why the award cannot be finalized (null when it can): it must exist, not be final already, and
 * the supplier's Contract Award Readiness checklist must be complete.
 */
export function finalizeRefusal(
	award: { finalizedAt: string | null; organizationName: string } | undefined,
	readiness: readonly { label: string; done: boolean }[]
): string | null {
	if (!award) return 'Award the solicitation before finalizing it.';
	if (award.finalizedAt) return 'This award is already final.';
	const missing = readiness.filter((i) => !i.done);
	if (missing.length) {
		return `${award.organizationName}’s Contract Award Readiness is not complete: ${missing
			.map((i) => i.label)
			.join('; ')}.`;
	}
	return null;
}

/**
 * Who is told of an award: the Contract Notification Contact, or the Main Contact when that was
 * left for "Later".
 */
export function awardNoticeTo(details: {
	mainContact: { email: string };
	contractContact: { email: string } | null | undefined;
}): { to: string; role: 'Contract Notification Contact' | 'Main Contact' } {
	const contract = details.contractContact?.email?.trim();
	return contract
		? { to: contract, role: 'Contract Notification Contact' }
		: { to: details.mainContact.email, role: 'Main Contact' };
}
