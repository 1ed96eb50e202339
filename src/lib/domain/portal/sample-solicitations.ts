/**
 * A small sample list of State of Connecticut solicitations, for the dashboard's Documents counts
 * until the Bid Board brings the real sample data. Closing dates are relative to "now" so the
 * samples never go stale: open ones close in the future, past ones closed before today.
 *
 * Formal solicitations (sealed bids) are open to every supplier whose UNSPSC codes cover the
 * solicitation's codes; informal ones are by invitation only.
 */
import { isUnspscCode, parentCodesByDigits } from '../unspsc/codes';
import { STATE_OF_CONNECTICUT } from './buyers';

export type SolicitationType = 'formal' | 'informal';

export interface SampleSolicitation {
	id: string;
	title: string;
	buyer: string;
	type: SolicitationType;
	/** UNSPSC codes of what is bought (8 digits). */
	codes: readonly string[];
	/** Days from now until it closes; negative for past solicitations. */
	closesInDays: number;
	/** Organization ids invited to an informal solicitation. */
	invited: readonly string[];
}

export const SAMPLE_SOLICITATIONS: readonly SampleSolicitation[] = [
	{
		id: '26PSX0101',
		title: 'Building Maintenance and Repair Services, Statewide',
		buyer: STATE_OF_CONNECTICUT,
		type: 'formal',
		codes: ['72101500'],
		closesInDays: 21,
		invited: []
	},
	{
		id: '26PSX0107',
		title: 'Handyman Services for State Office Buildings',
		buyer: STATE_OF_CONNECTICUT,
		type: 'formal',
		codes: ['72101501'],
		closesInDays: 9,
		invited: []
	},
	{
		id: '26PSX0112',
		title: 'Highway and Road Paving, District 2',
		buyer: STATE_OF_CONNECTICUT,
		type: 'formal',
		codes: ['72141103'],
		closesInDays: 30,
		invited: []
	},
	{
		id: '26ITZ0034',
		title: 'Notebook Computers for State Agencies',
		buyer: STATE_OF_CONNECTICUT,
		type: 'formal',
		codes: ['43211503'],
		closesInDays: 14,
		invited: []
	},
	{
		id: '26PSX0098',
		title: 'Strategic Planning Consultation',
		buyer: STATE_OF_CONNECTICUT,
		type: 'formal',
		codes: ['80101504'],
		closesInDays: 5,
		invited: []
	},
	{
		id: '25PSX0240',
		title: 'Facility Maintenance and Repair, Eastern Region',
		buyer: STATE_OF_CONNECTICUT,
		type: 'formal',
		codes: ['72102900'],
		closesInDays: -40,
		invited: []
	},
	{
		id: '26PSX0120',
		title: 'Lighting Installation at the Legislative Office Building',
		buyer: STATE_OF_CONNECTICUT,
		type: 'informal',
		codes: ['72151501'],
		closesInDays: 12,
		invited: []
	}
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a sample closes, as seen at `now`. */
export function closingDate(s: SampleSolicitation, now: Date): Date {
	return new Date(now.getTime() + s.closesInDays * DAY_MS);
}

/** Open: it closes after `now`. */
export function isOpen(s: SampleSolicitation, now: Date): boolean {
	return closingDate(s, now).getTime() > now.getTime();
}

/**
 * True when one of the organization's codes covers `code`: the same code, or a segment, family or
 * class above it (a selected family covers every class and commodity below it).
 */
export function isCovered(code: string, selected: readonly string[]): boolean {
	if (!isUnspscCode(code)) return false;
	const mine = new Set(selected);
	return mine.has(code) || parentCodesByDigits(code).some((parent) => mine.has(parent));
}

/** Open formal solicitations of `buyer` that the organization's codes cover. */
export function openFormalFor(
	list: readonly SampleSolicitation[],
	buyer: string,
	codes: readonly string[],
	now: Date
): SampleSolicitation[] {
	return list.filter(
		(s) =>
			s.buyer === buyer &&
			s.type === 'formal' &&
			isOpen(s, now) &&
			s.codes.some((c) => isCovered(c, codes))
	);
}

/** Open informal solicitations of `buyer` the organization is invited to. */
export function openInformalFor(
	list: readonly SampleSolicitation[],
	buyer: string,
	organizationId: string,
	now: Date
): SampleSolicitation[] {
	return list.filter(
		(s) =>
			s.buyer === buyer &&
			s.type === 'informal' &&
			isOpen(s, now) &&
			s.invited.includes(organizationId)
	);
}
