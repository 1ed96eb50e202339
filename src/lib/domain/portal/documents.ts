/**
 * The dashboard's Documents counts for the State of Connecticut, from the Bid Board and the
 * Contract Board. Formal solicitations (sealed bids) are open to every supplier whose UNSPSC codes
 * cover the solicitation's codes; informal ones are by invitation only.
 */
import { codeFilterMatch } from '../boards/filters';

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
