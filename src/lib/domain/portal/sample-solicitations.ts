/**
 * The dashboard's Documents counts for the State of Connecticut, from the Bid Board and the
 * Contract Board (`documentCounts`). Below it, the small sample list the dashboard counted from
 * before the boards existed (kept for the helpers that still use it). Closing dates are relative to "now" so the
 * samples never go stale: open ones close in the future, past ones closed before today.
 *
 * Formal solicitations (sealed bids) are open to every supplier whose UNSPSC codes cover the
 * solicitation's codes; informal ones are by invitation only.
 */
import { codeFilterMatch } from '../boards/filters';
import { isUnspscCode, parentCodesByDigits } from '../unspsc/codes';
import { STATE_OF_CONNECTICUT } from './buyers';

/** A solicitation of the Bid Board as the dashboard counts it (status as of now). */
export interface BoardSolicitation {
	formal: boolean;
	status: 'open' | 'closed' | 'awarded';
	codes: readonly string[];
	/** Organization ids invited to an informal solicitation. */
	invited: readonly string[];
}

export interface DocumentCounts {
	formal: number;
	informal: number;
	contracts: number;
}

/**
 * The State of Connecticut's counts for one organization: open formal solicitations one of its
 * codes equals or covers (none without codes), open informal ones it is invited to, and the
 * statewide contracts awarded to it (the contractor is the organization's legal name).
 */
export function documentCounts(
	board: {
		solicitations: readonly BoardSolicitation[];
		contracts: readonly { contractor: string }[];
	},
	organization: { id: string; legalName: string; codes: readonly string[] }
): DocumentCounts {
	const open = board.solicitations.filter((s) => s.status === 'open');
	const name = organization.legalName.trim().toLowerCase();
	return {
		formal: organization.codes.length
			? open.filter((s) => s.formal && codeFilterMatch(organization.codes, s.codes)).length
			: 0,
		informal: open.filter((s) => !s.formal && s.invited.includes(organization.id)).length,
		contracts: name
			? board.contracts.filter((c) => c.contractor.trim().toLowerCase() === name).length
			: 0
	};
}

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
