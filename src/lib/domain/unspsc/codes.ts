/**
 * UNSPSC code arithmetic. A code is 8 digits, two per level, and its digits encode its ancestry:
 * segment NN000000, family NNNN0000, class NNNNNN00, commodity NNNNNNNN. Pure and tiny, so that
 * the data build, search and coverage can all share it.
 */
import type { UnspscLevel } from './types';

/** Levels from the top of the tree down. */
export const UNSPSC_LEVELS: readonly UnspscLevel[] = ['segment', 'family', 'class', 'commodity'];

/** Digits kept by each level's code before the trailing zeros. */
const PREFIX_LENGTH: Record<UnspscLevel, number> = {
	segment: 2,
	family: 4,
	class: 6,
	commodity: 8
};

/** True for an 8-digit code whose segment is not 00 (segments run 10–95). */
export function isUnspscCode(s: string): boolean {
	return /^\d{8}$/.test(s) && !s.startsWith('00');
}

/** The level a code's digits give it, from its trailing zero pairs. Expects `isUnspscCode(code)`. */
export function levelOf(code: string): UnspscLevel {
	if (code.endsWith('000000')) return 'segment';
	if (code.endsWith('0000')) return 'family';
	if (code.endsWith('00')) return 'class';
	return 'commodity';
}

/**
 * The codes that could be this code's parent by its digits, nearest first, excluding the code
 * itself: [class, family, segment] for a commodity, [family, segment] for a class, [segment] for a
 * family, [] for a segment. The parent is the first of these that exists in the data.
 */
export function parentCodesByDigits(code: string): string[] {
	const own = PREFIX_LENGTH[levelOf(code)];
	const out: string[] = [];
	for (const n of [6, 4, 2]) {
		if (n >= own) continue;
		const candidate = code.slice(0, n).padEnd(8, '0');
		// A code with an inner 00 pair (e.g. 10001500) has coinciding candidates; list each once.
		if (candidate !== code && !out.includes(candidate)) out.push(candidate);
	}
	return out;
}
