/**
 * Connecticut Economic Impact Form (Additional Required Attributes): informational, every field
 * optional; counts, dollar amounts, the veterans percentage and the outreach text are checked.
 */
import { parseUsd, wholeNumberProblem } from '../../validators';
import { add, type Problems } from './problems';

export const ECONOMIC_IMPACT_NOTE =
	"Data collected here is intended to gather General Connecticut Economic Impact information from prospective suppliers. Response is for informational gathering purposes only and will not be used in the evaluation of a prospective supplier's qualifications.";

export const ECONOMIC_IMPACT_FIELDS = {
	locations: 'Number of Connecticut Locations',
	employees: 'Number of Connecticut Employees',
	payroll: 'Annual Payroll Paid to Connecticut Resident Employees',
	taxes:
		'Annual Taxes, Licenses, Fees Paid to Connecticut (to include franchise, service taxes, etc.)',
	rent: 'Annual Rent/Mortgage Paid within Connecticut or Value of Real Property',
	utilities:
		'Annual Utilities Paid within Connecticut (to include gas/oil, electricity, water and sewage)',
	partners: 'Amount Paid to Major Partners or Suppliers in Connecticut',
	veterans: 'What percentage of your workforce is made up of veterans?',
	outreach: 'What outreach techniques are you using to attract and hire veterans?'
} as const;

export type EconomicImpactField = keyof typeof ECONOMIC_IMPACT_FIELDS;
export type EconomicImpactValues = Record<EconomicImpactField, string>;

export const OUTREACH_MAX = 1000;
const COUNT_FIELDS = ['locations', 'employees'] as const;
const MONEY_FIELDS = ['payroll', 'taxes', 'rent', 'utilities', 'partners'] as const;

export function emptyEconomicImpact(): EconomicImpactValues {
	return {
		locations: '',
		employees: '',
		payroll: '',
		taxes: '',
		rent: '',
		utilities: '',
		partners: '',
		veterans: '',
		outreach: ''
	};
}

/** A whole number ≥ 0, or a message naming the field. Empty is allowed (informational form). */
export function countProblem(label: string, value: string, max?: number): string | null {
	if (!value.trim()) return null;
	switch (wholeNumberProblem(value, { min: 0, max })) {
		case 'not-whole':
			return `${label}: enter a whole number, like 12 (no decimals or letters)`;
		case 'min':
			return `${label} cannot be negative`;
		case 'max':
			return `${label} must be ${max} or less`;
		default:
			return null;
	}
}

/** A U.S. dollar amount ≥ 0 with at most cents, or a message. Empty is allowed. */
export function usdProblem(label: string, value: string): string | null {
	if (!value.trim()) return null;
	const parsed = parseUsd(value);
	if (parsed.ok) return null;
	switch (parsed.reason) {
		case 'negative':
			return `${label} cannot be negative`;
		case 'too-many-decimals':
			return `${label}: enter dollars and cents only, like 1,250.50`;
		default:
			return `${label}: enter a U.S. dollar amount, like 125,000 or 1,250.50`;
	}
}

export function economicImpactProblems(v: EconomicImpactValues): Problems<EconomicImpactField> {
	const list: Problems<EconomicImpactField> = [];
	for (const f of COUNT_FIELDS) add(list, f, countProblem(ECONOMIC_IMPACT_FIELDS[f], v[f]));
	for (const f of MONEY_FIELDS) add(list, f, usdProblem(ECONOMIC_IMPACT_FIELDS[f], v[f]));
	const veterans = v.veterans.trim().replace(/%$/, '').trim();
	if (veterans) {
		const n = Number(veterans);
		add(
			list,
			'veterans',
			!/^\d+(\.\d+)?$/.test(veterans) || !Number.isFinite(n)
				? 'Percentage of your workforce that are veterans: enter a number from 0 to 100, like 8 or 12.5'
				: n > 100 && 'Percentage of your workforce that are veterans cannot be more than 100'
		);
	}
	add(
		list,
		'outreach',
		v.outreach.length > OUTREACH_MAX &&
			`Veteran outreach techniques must be ${OUTREACH_MAX.toLocaleString('en-US')} characters or fewer (now ${v.outreach.length.toLocaleString('en-US')})`
	);
	return list;
}
