/**
 * Account Management → State of Connecticut: the four "standard options" (Account Codes,
 * Additional Terms, Service Level, Payment Routing). The guide gives no fields for them; each
 * page here asks for a few plausible ones, as data: labels, limits, rules and messages in one
 * place, read by the shared page component and the tests. Saved in
 * details.accountManagement.<page> of the organization record.
 */
import type { FieldMeta, FieldProblem } from '$lib/domain/registration/fields';
import type { OrganizationRecord } from '$lib/storage/accounts';
import type { ProfileChange } from './profile/record-values';

/** The guide's note, stated on each of the four pages. */
export const STANDARD_OPTIONS_NOTE =
	'The options Account Codes, Additional Terms, Service Level and Payment Routing are standard options made available. The State of Connecticut does not require or monitor information entered within these pages.';

export type StandardPageId = 'accountCodes' | 'additionalTerms' | 'serviceLevel' | 'paymentRouting';

export interface StandardField extends FieldMeta {
	name: string;
	/** @default 'text' */
	kind?: 'text' | 'textarea' | 'select' | 'number';
	options?: readonly string[];
	/** A problem beyond "required" and "too long" (null when fine). */
	check?: (value: string) => string | null;
	/** USWDS input width class. */
	width?: string;
}

export interface StandardPage {
	id: StandardPageId;
	/** The page's heading: the menu label. */
	title: string;
	intro: string;
	fields: readonly StandardField[];
}

export type StandardValues = Record<string, string>;

/** Whole hours, 1 to 720 (30 days). */
export const RESPONSE_TIME_MAX_HOURS = 720;

export const PAYMENT_METHODS = [
	'ACH / Electronic Funds Transfer',
	'Check',
	'Wire Transfer',
	'Purchasing Card'
] as const;

export const STANDARD_PAGES: Record<StandardPageId, StandardPage> = {
	accountCodes: {
		id: 'accountCodes',
		title: 'Account Codes',
		intro:
			'An account code lets a buyer refer to your organization in its own systems, for example a customer or vendor number you were given.',
		fields: [
			{
				name: 'accountCode',
				label: 'Account Code',
				max: 20,
				width: 'usa-input--lg',
				hint: 'Up to 20 letters, numbers and dashes, for example CT-000123.',
				check: (v) =>
					/^[A-Za-z0-9-]+$/.test(v)
						? null
						: 'Use only letters, numbers and dashes in the Account Code'
			},
			{
				name: 'description',
				label: 'Description',
				max: 100,
				hint: 'What the code is for, for example "Vendor number in Core-CT".'
			}
		]
	},
	additionalTerms: {
		id: 'additionalTerms',
		title: 'Additional Terms',
		intro: 'Terms your organization offers buyers in addition to those of a solicitation.',
		fields: [
			{
				name: 'terms',
				label: 'Additional Terms',
				kind: 'textarea',
				max: 2000
			}
		]
	},
	serviceLevel: {
		id: 'serviceLevel',
		title: 'Service Level',
		intro: 'The service your organization commits to, such as support hours and response times.',
		fields: [
			{
				name: 'description',
				label: 'Service Level Description',
				kind: 'textarea',
				max: 500
			},
			{
				name: 'responseHours',
				label: 'Response Time (hours)',
				kind: 'number',
				width: 'usa-input--xs',
				hint: `How many hours you take to respond, as a whole number from 1 to ${RESPONSE_TIME_MAX_HOURS}.`,
				check: (v) =>
					/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= RESPONSE_TIME_MAX_HOURS
						? null
						: `Enter the Response Time as a whole number of hours from 1 to ${RESPONSE_TIME_MAX_HOURS}, for example 24`
			}
		]
	},
	paymentRouting: {
		id: 'paymentRouting',
		title: 'Payment Routing',
		intro: 'Where and how buyers send payments to your organization.',
		fields: [
			{
				name: 'remitToName',
				label: 'Remit-To Name',
				max: 50
			},
			{
				name: 'remitToAddress',
				label: 'Remit-To Address',
				kind: 'textarea',
				max: 200,
				hint: 'Street or post office box, city, state and ZIP code.'
			},
			{
				name: 'paymentMethod',
				label: 'Payment Method',
				kind: 'select',
				options: PAYMENT_METHODS,
				check: (v) =>
					(PAYMENT_METHODS as readonly string[]).includes(v)
						? null
						: 'Select the Payment Method from the list'
			}
		]
	}
};

/** The page's saved values ('' for anything not saved yet). */
export function standardValues(page: StandardPage, org: OrganizationRecord): StandardValues {
	const saved = org.details.accountManagement[page.id] ?? {};
	return Object.fromEntries(page.fields.map((f) => [f.name, saved[f.name] ?? '']));
}

/** Every problem of the page, in field order. */
export function standardProblems(page: StandardPage, v: StandardValues): FieldProblem[] {
	const problems: FieldProblem[] = [];
	for (const f of page.fields) {
		const value = (v[f.name] ?? '').trim();
		let message: string | null = null;
		if (!value) message = null;
		else if (f.max !== undefined && value.length > f.max)
			message = `${f.label} must be ${f.max} characters or fewer`;
		else message = f.check?.(value) ?? null;
		if (message) problems.push({ field: f.name, message });
	}
	return problems;
}

/** The Save of a standard page: trimmed values, history section = the page's title. */
export function standardChange(
	page: StandardPage,
	org: OrganizationRecord,
	v: StandardValues
): ProfileChange {
	const trimmed = (values: StandardValues) =>
		Object.fromEntries(page.fields.map((f) => [f.name, (values[f.name] ?? '').trim()]));
	const before = trimmed(standardValues(page, org));
	const after = trimmed(v);
	const fields = page.fields.filter((f) => before[f.name] !== after[f.name]).map((f) => f.label);
	const { details } = org;
	return {
		fields,
		patch: {
			details: {
				...details,
				accountManagement: { ...details.accountManagement, [page.id]: after }
			}
		}
	};
}
