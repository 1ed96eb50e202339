/**
 * Elections and certifications (SBE, SMBE, SBA, DBE, Prequalification) in the Additional Required
 * Attributes: each election's dates, and where an elected certification stands (expired,
 * expiring within 60 days, current) for the page and the dashboard's Reminders.
 */
import type { FieldProblem } from '../../registration/fields';
import { daysBetween, isAfter, parseMonthDayYear, type MonthDayYear } from '../../validators';
import { blankDate, dateMessage, formatIso } from './dates';
import { add } from './problems';

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

export function emptyElections(): ElectionsValues {
	return Object.fromEntries(
		ELECTIONS.map((e) => [e.id, { elected: '', active: blankDate(), expiration: blankDate() }])
	) as unknown as ElectionsValues;
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
