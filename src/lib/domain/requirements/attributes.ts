/**
 * Additional Required Attributes for "State of Connecticut" (guide: Contract Award Supplier
 * Requirements): the sections' fields as the guide labels them, and the rules of each section.
 * Values are kept as typed (strings); each section is saved on its own.
 */
import type { FieldProblem } from '../registration/fields';
import {
	daysBetween,
	emailProblem,
	isAfter,
	parseMonthDayYear,
	parseUsPhone,
	parseUsd,
	US_STATES,
	wholeNumberProblem,
	type MonthDayYear
} from '../validators';

type Problems<K extends string> = FieldProblem<K>[];

function add<K extends string>(list: Problems<K>, field: K, message: string | null | false) {
	if (message) list.push({ field, message });
}

// ---- Connecticut Economic Impact Form --------------------------------------------------------

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

// ---- Additional Company Information -----------------------------------------------------------

export const SOTS_URL =
	'https://portal.ct.gov/SOTS/Commercial-Recording/Business-Services---Home-Page';

export const COMPANY_INFO_FIELDS = {
	incorporatingState: 'Incorporating State (2-character State abbreviation only)',
	webAddress: "Web Address (enter your company's website)",
	sosRegistered: 'Registered with the Secretary of the State',
	usDot: 'US DOT Number (if applicable)',
	ctTaxNumber: 'CT Tax Registration Number'
} as const;

export type CompanyInfoField = keyof typeof COMPANY_INFO_FIELDS;
export type CompanyInfoValues = Record<CompanyInfoField, string>;

export function emptyCompanyInfo(): CompanyInfoValues {
	return { incorporatingState: '', webAddress: '', sosRegistered: '', usDot: '', ctTaxNumber: '' };
}

/** "ct" → "CT" when it is a state abbreviation (50 states and DC). */
export function normalizeStateCode(value: string): string {
	return value.trim().toUpperCase();
}

export function webAddressProblem(value: string): string | null {
	const s = value.trim();
	if (!s) return null;
	let url: URL;
	try {
		url = new URL(s);
	} catch {
		return /^[\w-]+(\.[\w-]+)+/.test(s)
			? `Web Address: start with https:// (for example https://${s})`
			: 'Web Address: enter a website address starting with https:// or http://';
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return 'Web Address: enter a website address starting with https:// or http://';
	}
	if (!url.hostname.includes('.')) {
		return 'Web Address: enter the full website address, like https://www.example.com';
	}
	return null;
}

export function companyInfoProblems(v: CompanyInfoValues): Problems<CompanyInfoField> {
	const list: Problems<CompanyInfoField> = [];
	const state = normalizeStateCode(v.incorporatingState);
	if (state) {
		add(
			list,
			'incorporatingState',
			!/^[A-Z]{2}$/.test(state)
				? 'Incorporating State: enter the 2-character State abbreviation only, like CT'
				: !US_STATES.some((s) => s.code === state) &&
						`Incorporating State: “${state}” is not a U.S. State abbreviation`
		);
	}
	add(list, 'webAddress', webAddressProblem(v.webAddress));
	add(
		list,
		'sosRegistered',
		v.sosRegistered !== '' &&
			v.sosRegistered !== 'yes' &&
			v.sosRegistered !== 'no' &&
			'Registered with the Secretary of the State: choose Yes or No'
	);
	add(
		list,
		'usDot',
		v.usDot.trim() !== '' &&
			!/^\d{1,8}$/.test(v.usDot.trim()) &&
			'US DOT Number: enter digits only (up to 8), or leave it empty if not applicable'
	);
	add(
		list,
		'ctTaxNumber',
		v.ctTaxNumber.trim() !== '' &&
			!/^\d{10}(-\d{3})?$/.test(v.ctTaxNumber.trim().replace(/\s/g, '')) &&
			'CT Tax Registration Number: enter the 10 digits of your Connecticut tax registration, like 1234567890 (a 3-digit location suffix, like -001, is allowed)'
	);
	return list;
}

/** True when every field of Additional Company Information that applies to all is filled. */
export function companyInfoComplete(v: CompanyInfoValues): boolean {
	return (
		!!v.incorporatingState.trim() &&
		!!v.webAddress.trim() &&
		v.sosRegistered !== '' &&
		!!v.ctTaxNumber.trim() &&
		companyInfoProblems(v).length === 0
	);
}

// ---- Elections (SBE, SMBE, SBA, DBE, Prequalification) -----------------------------------------

export const ELECTIONS = [
	{
		id: 'sbe',
		label: 'Small Business Enterprise (SBE) Election',
		short: 'SBE',
		activeLabel: 'SBE Active Date',
		expirationLabel: 'SBE Expiration Date'
	},
	{
		id: 'smbe',
		label: 'Small/Minority Business Enterprise (SMBE) Election',
		short: 'SMBE',
		activeLabel: 'SMBE Active Date',
		expirationLabel: 'SMBE Expiration Date'
	},
	{
		id: 'sba',
		label: 'U.S. Small Business Administration (SBA) Election',
		short: 'SBA',
		activeLabel: 'SBA Active Date',
		expirationLabel: 'SBA Expiration Date'
	},
	{
		id: 'dbe',
		label: 'Disadvantaged Business Enterprise (DBE) Election',
		short: 'DBE',
		activeLabel: 'DBE Active Date',
		expirationLabel: 'DBE Expiration Date'
	},
	{
		id: 'prequal',
		label: 'Prequalification Documents for Construction Services',
		short: 'Prequalification',
		activeLabel: 'Prequal Certification Active Date',
		expirationLabel: 'Prequal Certification Expiration Date'
	}
] as const;

export type ElectionId = (typeof ELECTIONS)[number]['id'];

export interface ElectionValues {
	/** '' (not answered), 'yes' or 'no'. */
	elected: '' | 'yes' | 'no';
	active: MonthDayYear;
	expiration: MonthDayYear;
}

export type ElectionsValues = Record<ElectionId, ElectionValues>;

/** Days before expiry when the portal starts warning. */
export const EXPIRY_WARNING_DAYS = 60;

const blankDate = (): MonthDayYear => ({ month: '', day: '', year: '' });

export function emptyElections(): ElectionsValues {
	return Object.fromEntries(
		ELECTIONS.map((e) => [e.id, { elected: '', active: blankDate(), expiration: blankDate() }])
	) as unknown as ElectionsValues;
}

function dateMessage(label: string, date: MonthDayYear): string | null {
	const parsed = parseMonthDayYear(date);
	if (parsed.ok) return null;
	switch (parsed.reason) {
		case 'incomplete':
			return `Enter the ${label}: Month, Day and Year`;
		case 'year-range':
			return `${label}: enter a year between 1900 and 2100`;
		default:
			return `${label} must be a real date (check the day for the month, e.g. no February 30)`;
	}
}

/** Field keys: `${id}.active`, `${id}.expiration`, `${id}.elected`. */
export function electionProblems(v: ElectionsValues): FieldProblem[] {
	const list: FieldProblem[] = [];
	for (const e of ELECTIONS) {
		const value = v[e.id];
		if (value.elected !== 'yes') continue;
		const activeMsg = dateMessage(e.activeLabel, value.active);
		const expMsg = dateMessage(e.expirationLabel, value.expiration);
		add(list, `${e.id}.active`, activeMsg);
		add(list, `${e.id}.expiration`, expMsg);
		if (!activeMsg && !expMsg) {
			const a = parseMonthDayYear(value.active);
			const x = parseMonthDayYear(value.expiration);
			if (a.ok && x.ok && !isAfter(x.iso, a.iso)) {
				add(list, `${e.id}.expiration`, `${e.expirationLabel} must be after the ${e.activeLabel}`);
			}
		}
	}
	return list;
}

export type CertificationStatus =
	| { kind: 'not-elected' }
	| { kind: 'incomplete' }
	| { kind: 'current'; expires: string; daysLeft: number }
	| { kind: 'expiring'; expires: string; daysLeft: number }
	| { kind: 'expired'; expires: string; daysAgo: number };

/** Where an elected certification stands on `todayIso` (expired, expiring within 60 days...). */
export function certificationStatus(value: ElectionValues, todayIso: string): CertificationStatus {
	if (value.elected !== 'yes') return { kind: 'not-elected' };
	const x = parseMonthDayYear(value.expiration);
	const a = parseMonthDayYear(value.active);
	if (!x.ok || !a.ok || !isAfter(x.iso, a.iso)) return { kind: 'incomplete' };
	const days = daysBetween(todayIso, x.iso);
	if (days < 0) return { kind: 'expired', expires: x.iso, daysAgo: -days };
	if (days <= EXPIRY_WARNING_DAYS) return { kind: 'expiring', expires: x.iso, daysLeft: days };
	return { kind: 'current', expires: x.iso, daysLeft: days };
}

/** Warnings for the page and the dashboard's Reminders, one per expired or expiring election. */
export function certificationWarnings(v: ElectionsValues, todayIso: string): string[] {
	return ELECTIONS.flatMap((e) => {
		const s = certificationStatus(v[e.id], todayIso);
		if (s.kind === 'expired') {
			return [
				`Your ${e.short} certification expired on ${formatIso(s.expires)}. Upload your current certification and update the dates.`
			];
		}
		if (s.kind === 'expiring') {
			return [
				`Your ${e.short} certification expires on ${formatIso(s.expires)} (${s.daysLeft === 0 ? 'today' : `in ${s.daysLeft} day${s.daysLeft === 1 ? '' : 's'}`}). Upload the renewed certification when you have it.`
			];
		}
		return [];
	});
}

/** "March 7, 2026" from '2026-03-07'. */
export function formatIso(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-US', {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC'
	});
}

// ---- Contractor's Declaration (Executive Order No. 13G) ------------------------------------------

export const EO13G_COUNTS = {
	a: 'a. Are fully vaccinated against COVID-19 (at least 14 days have elapsed since a person has received the final dose of a COVID-19 vaccine):',
	b: "b. Received the first dose and have either received a second dose or have an appointment for the second dose in a two-dose series vaccination, such as Pfizer or Moderna vaccines, or have received a single-dose vaccine, such as Johnson & Johnson's Janssen vaccine:",
	c: 'c. Are required to submit to and provide the results of COVID-19 testing because they are not fully vaccinated:',
	c1: "1. Of those required to submit and provide the results of COVID-19 testing, have been granted a medical exemption to vaccination based upon documentation from a physician, physician's assistant, or advanced practice registered nurse stating that the administration of COVID-19 vaccine is likely to be detrimental to the person's health",
	c2: '2. Of those required to submit and provide the results of COVID-19 testing, have been granted an exemption to vaccination on the basis of a sincerely held religious or spiritual belief',
	c3: '3. Are temporarily excused from COVID-19 testing because they have provided documented proof of having a COVID-19 infection in the previous 90 days',
	d: 'd. Total number of contract workers as defined in Executive Order No. 13G provided under your contract:'
} as const;

/** Short names for messages. */
const COUNT_NAMES: Record<Eo13gCount, string> = {
	a: 'a (fully vaccinated)',
	b: 'b (first dose or single dose)',
	c: 'c (required to test)',
	c1: 'c.1 (medical exemption)',
	c2: 'c.2 (religious exemption)',
	c3: 'c.3 (excused from testing)',
	d: 'd (total contract workers)'
};

export type Eo13gCount = keyof typeof EO13G_COUNTS;

// A type (not an interface) so it is a plain record to the form state's generics.
export type Eo13gValues = Record<Eo13gCount, string> & {
	affirmed: boolean;
	attested: boolean;
	name: string;
	date: MonthDayYear;
	submitter: string;
	title: string;
	email: string;
	phone: string;
};

export const EO13G_NOTES = [
	'The Date field must be updated each time a change has been made to this section.',
	'Supplier should update this section as applicable at least monthly for reporting purposes.',
	'No personal and confidential health related information should be uploaded as attachments.'
] as const;

/** The declaration is due again when its Date is older than this. */
export const EO13G_STALE_DAYS = 31;

export function emptyEo13g(): Eo13gValues {
	return {
		a: '',
		b: '',
		c: '',
		c1: '',
		c2: '',
		c3: '',
		d: '',
		affirmed: false,
		attested: false,
		name: '',
		date: blankDate(),
		submitter: '',
		title: '',
		email: '',
		phone: ''
	};
}

const COUNT_KEYS = Object.keys(EO13G_COUNTS) as Eo13gCount[];

/**
 * The declaration's rules. `saved` is the declaration as last saved: when anything else changed,
 * the Date must change too (guide note 1). `todayIso` bounds the Date (not in the future).
 */
export function eo13gProblems(
	v: Eo13gValues,
	saved: Eo13gValues | null,
	todayIso: string
): FieldProblem[] {
	const list: FieldProblem[] = [];
	const n: Partial<Record<Eo13gCount, number>> = {};
	for (const k of COUNT_KEYS) {
		const label = `Count ${COUNT_NAMES[k]}`;
		const problem = wholeNumberProblem(v[k], { min: 0 });
		if (problem === 'empty') add(list, k, `Enter ${label}: a whole number, 0 or more`);
		else if (problem === 'not-whole') add(list, k, `${label}: enter a whole number, like 0 or 25`);
		else if (problem === 'min') add(list, k, `${label} cannot be negative`);
		else n[k] = Number(v[k].replace(/,/g, ''));
	}
	const { a, b, c, c1, c2, c3, d } = n;
	if (d !== undefined) {
		for (const k of COUNT_KEYS) {
			const value = n[k];
			if (k !== 'd' && value !== undefined && value > d) {
				add(list, k, `Count ${COUNT_NAMES[k]} cannot be more than d, the total (${d})`);
			}
		}
		if (a !== undefined && c !== undefined && c3 !== undefined && a + c + c3 > d) {
			add(
				list,
				'd',
				`a + c + c.3 (${a + c + c3}) cannot be more than d, the total (${d}): the fully vaccinated, those tested and those excused from testing are separate groups`
			);
		}
	}
	if (c !== undefined && c1 !== undefined && c2 !== undefined && c1 + c2 > c) {
		add(
			list,
			'c2',
			`c.1 + c.2 (${c1 + c2}) cannot be more than c (${c}): the exempted are among those required to test`
		);
	}
	void b;
	add(list, 'affirmed', !v.affirmed && 'Check the Affirmation to continue');
	add(list, 'attested', !v.attested && 'Check the Declaration and Attestation to continue');
	add(list, 'name', !v.name.trim() && 'Enter the Name of the person declaring');
	const date = parseMonthDayYear(v.date);
	if (!date.ok) {
		add(list, 'date', dateMessage('Date', v.date));
	} else if (isAfter(date.iso, todayIso)) {
		add(list, 'date', 'The Date cannot be in the future');
	} else if (saved) {
		const before = parseMonthDayYear(saved.date);
		if (before.ok && isAfter(before.iso, date.iso)) {
			// Backdating is not updating: a new declaration is dated on or after the last one.
			add(
				list,
				'date',
				`The Date cannot be earlier than the Date of your last declaration (${formatIso(before.iso)})`
			);
		} else if (before.ok && before.iso === date.iso && changedBesidesDate(v, saved)) {
			add(list, 'date', 'Update the Date: it must change each time this section changes');
		}
	}
	add(list, 'title', !v.title.trim() && 'Enter the Title of the person declaring');
	const email = emailProblem(v.email);
	add(
		list,
		'email',
		email === 'empty'
			? 'Enter an Email Address'
			: email && 'Enter an Email Address in the format name@example.com'
	);
	const phone = parseUsPhone(v.phone);
	add(
		list,
		'phone',
		!phone.ok &&
			(phone.reason === 'empty'
				? 'Enter a Phone number'
				: 'Enter a 10-digit U.S. Phone number, like (860) 555-0123')
	);
	return list;
}

function changedBesidesDate(v: Eo13gValues, saved: Eo13gValues): boolean {
	const strip = ({ date: _date, ...rest }: Eo13gValues) => {
		void _date;
		return JSON.stringify(rest);
	};
	return strip(v) !== strip(saved);
}

/** Days since the declaration's Date, or null when it has none. */
export function eo13gAgeDays(v: Eo13gValues | null, todayIso: string): number | null {
	if (!v) return null;
	const date = parseMonthDayYear(v.date);
	return date.ok ? daysBetween(date.iso, todayIso) : null;
}

/** True when a declaration was made and its Date is at most a month old. */
export function eo13gCurrent(v: Eo13gValues | null, todayIso: string): boolean {
	const age = eo13gAgeDays(v, todayIso);
	return age !== null && age >= 0 && age <= EO13G_STALE_DAYS;
}
