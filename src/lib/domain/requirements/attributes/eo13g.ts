/**
 * Contractor's Declaration (Executive Order No. 13G) in the Additional Required Attributes: the
 * counts of contract workers and how they relate, the affirmations, and a Date that must change
 * with every change and is due again monthly.
 */
import type { FieldProblem } from '../../registration/fields';
import {
	daysBetween,
	emailProblem,
	isAfter,
	parseMonthDayYear,
	parseUsPhone,
	wholeNumberProblem,
	type MonthDayYear
} from '../../validators';
import { blankDate, dateMessage, formatIso } from './dates';
import { add } from './problems';

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
