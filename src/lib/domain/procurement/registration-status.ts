/**
 * A supplier registration's status as State agency staff decide it: Pending until reviewed, then
 * Approved or Declined (with a reason). WebProcure's rule, a demo setting that is on by default:
 * when an Approved supplier changes what identifies it (legal name, DBA, type of business or
 * taxpayer id), the registration returns to Pending for review.
 */

export const REGISTRATION_STATUSES = ['pending', 'approved', 'declined'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
	pending: 'Pending',
	approved: 'Approved',
	declined: 'Declined'
};

/** The decline reason's limit, as the agency's form shows it. */
export const DECLINE_REASON_MAX = 500;

/** The stored decision (absent on a registration nobody has reviewed: Pending). */
export interface RegistrationDecision {
	status: RegistrationStatus;
	/** Why it was declined (declined only). */
	reason?: string;
	/** ISO instant of the decision, or of the return to Pending. */
	at?: string;
	/** Who decided ("Janet Morales, Department of Administrative Services"), or why it changed. */
	by?: string;
}

export function registrationStatusOf(
	decision: RegistrationDecision | null | undefined
): RegistrationStatus {
	return decision?.status ?? 'pending';
}

/** What identifies a supplier: the fields whose change sends an approved registration back. */
export interface IdentifyingFields {
	legalName: string;
	dbaName: string;
	businessType: string;
	tin: string | null;
}

export const IDENTIFYING_FIELD_LABELS: Record<keyof IdentifyingFields, string> = {
	legalName: 'legal name',
	dbaName: 'DBA',
	businessType: 'type of business',
	tin: 'taxpayer identification number'
};

/** The identifying fields that differ (trimmed; a TIN compared by its digits), as labels. */
export function identifyingChanges(before: IdentifyingFields, after: IdentifyingFields): string[] {
	const same = (key: keyof IdentifyingFields) =>
		key === 'tin'
			? (before.tin ?? '').replace(/\D/g, '') === (after.tin ?? '').replace(/\D/g, '')
			: before[key].trim() === after[key].trim();
	return (Object.keys(IDENTIFYING_FIELD_LABELS) as (keyof IdentifyingFields)[])
		.filter((key) => !same(key))
		.map((key) => IDENTIFYING_FIELD_LABELS[key]);
}

/**
 * The decision after the supplier saved a change to its profile: an Approved registration returns
 * to Pending when an identifying field changed and the rule is on; a Declined one returns to
 * Pending with any saved correction (the agency looks again); otherwise nothing changes.
 */
export function decisionAfterEdit(
	current: RegistrationDecision | null | undefined,
	edit: { identifying: readonly string[]; fields: readonly string[] },
	rule: { returnToPending: boolean },
	at: string
): RegistrationDecision | null {
	const status = registrationStatusOf(current);
	if (status === 'declined' && edit.fields.length) {
		return { status: 'pending', at, by: 'Corrected after being declined' };
	}
	if (status === 'approved' && rule.returnToPending && edit.identifying.length) {
		return { status: 'pending', at, by: `Changed ${listed(edit.identifying)}` };
	}
	return null;
}

/** "a", "a and b", "a, b and c". */
export function listed(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The history line that names why a registration returned to Pending. */
export function returnedToPendingNote(changed: readonly string[]): string {
	return changed.length
		? `Registration status returned to Pending for review: the ${listed(changed)} changed`
		: 'Registration status returned to Pending for review after a correction';
}

/**
 * Checks an agency's decision before it is saved: a decline needs a reason (so the supplier
 * knows what to fix), within the limit. Returns the message to show by the reason field, or null.
 */
export function decisionProblem(status: RegistrationStatus, reason: string): string | null {
	if (status !== 'declined') return null;
	const text = reason.trim();
	if (!text) return 'Enter the reason for declining the registration';
	if (text.length > DECLINE_REASON_MAX) {
		return `The reason must be ${DECLINE_REASON_MAX} characters or fewer`;
	}
	return null;
}

/** Whether solicitation notifications reach a supplier with this status. */
export function receivesNotifications(status: RegistrationStatus): boolean {
	return status !== 'declined';
}

/** What the status means for the supplier, in the dashboard's words. */
export function statusMeaning(status: RegistrationStatus): string {
	switch (status) {
		case 'pending':
			return 'State of Connecticut staff have not reviewed your registration yet. You receive solicitation notifications for your codes and can respond, but a contract can be awarded only once your registration is approved.';
		case 'approved':
			return 'Your registration is approved. You receive solicitation notifications for your codes and can be awarded contracts. Changing your legal name, DBA, type of business or taxpayer identification number returns it to Pending for review.';
		case 'declined':
			return 'Your registration was declined, so you receive no solicitation notifications and cannot respond to solicitations. Correct what the reason names in My Account: saving the correction returns your registration to Pending, and the State reviews it again.';
	}
}
