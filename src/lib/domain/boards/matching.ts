import { receivesNotifications, type RegistrationStatus } from '../procurement';

/**
 * Which suppliers a solicitation notifies, and why (or why not). UNSPSC codes carry their
 * ancestry in their digits: segment = 2 digits + 000000, family = 4 + 0000, class = 6 + 00, so a
 * selected code covers every code that starts with its significant digits.
 */

/** The significant digits of a code: "43000000" → "43", "43210000" → "4321", "43211500" → "432115". */
export function codePrefix(code: string): string {
	if (!/^\d{8}$/.test(code)) return code;
	if (code.endsWith('000000')) return code.slice(0, 2);
	if (code.endsWith('0000')) return code.slice(0, 4);
	if (code.endsWith('00')) return code.slice(0, 6);
	return code;
}

/** True when `selected` equals `code` or is an ancestor of it (a family covers its commodities). */
export function covers(selected: string, code: string): boolean {
	return selected === code || (code.startsWith(codePrefix(selected)) && /^\d{8}$/.test(code));
}

/** The first selected code (in the supplier's order) that covers one of the codes, with it. */
export function coveringCode(
	selected: readonly string[],
	codes: readonly string[]
): { selected: string; code: string } | null {
	for (const s of selected) {
		const code = codes.find((c) => covers(s, c));
		if (code) return { selected: s, code };
	}
	return null;
}

/** Digits two codes share at the start. */
function sharedDigits(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/**
 * The selected code closest to the solicitation's codes (most leading digits in common, at least
 * the segment), for "no selected code covers it; the nearest is …". Null when none is near.
 */
export function nearestCode(
	selected: readonly string[],
	codes: readonly string[]
): { selected: string; code: string; level: 'segment' | 'family' | 'class' } | null {
	let best: { selected: string; code: string; shared: number } | null = null;
	for (const s of selected) {
		for (const c of codes) {
			const shared = Math.min(sharedDigits(codePrefix(s), c), 6);
			if (shared >= 2 && (!best || shared > best.shared)) best = { selected: s, code: c, shared };
		}
	}
	if (!best) return null;
	const level = best.shared >= 6 ? 'class' : best.shared >= 4 ? 'family' : 'segment';
	return { selected: best.selected, code: best.code, level };
}

export interface MatchSupplier {
	organizationId: string;
	codes: readonly string[];
	/** Chose "Unknown" instead of codes. */
	unknownCodes: boolean;
	/** When the supplier registered (ISO). */
	registeredAt: string;
	/** The registration's status (Pending when not given); a declined supplier is not notified. */
	registration?: RegistrationStatus;
}

export interface MatchSolicitation {
	id: string;
	formal: boolean;
	codes: readonly string[];
	/** Organization ids invited (informal solicitations). */
	invited: readonly string[];
	/** When it was published (ISO); null while a draft. */
	publishedAt: string | null;
}

/** The decision from the supplier's codes (or the invitation) alone, whatever the dates. */
export type CodesDecision =
	| { notified: true; reason: 'covered'; selected: string; code: string }
	| { notified: true; reason: 'invited' }
	| {
			notified: false;
			reason: 'not-covered';
			nearest: ReturnType<typeof nearestCode>;
	  }
	| { notified: false; reason: 'unknown-codes' }
	| { notified: false; reason: 'not-invited' };

export type MatchDecision =
	| CodesDecision
	/** Not notified for its date; `byCodes` says whether its codes match (shown on the page). */
	| { notified: false; reason: 'registered-after'; byCodes: CodesDecision }
	/** Not notified: its registration was declined (`byCodes` as above). */
	| { notified: false; reason: 'declined'; byCodes: CodesDecision }
	| { notified: false; reason: 'not-published' };

/**
 * Whether a supplier was (or would be) notified of a solicitation, and why. Suppliers who chose
 * "Unknown" get none. A formal solicitation notifies suppliers with a selected code that equals
 * or covers one of its codes; an informal one notifies only those invited. A supplier who
 * registered after publication was not notified, nor is a supplier whose registration was
 * declined (the decision by its codes comes with either).
 */
export function matchSolicitation(s: MatchSupplier, sol: MatchSolicitation): MatchDecision {
	if (!sol.publishedAt) return { notified: false, reason: 'not-published' };
	const byCodes = matchByCodes(s, sol);
	if (s.registeredAt > sol.publishedAt) {
		return { notified: false, reason: 'registered-after', byCodes };
	}
	if (!receivesNotifications(s.registration ?? 'pending')) {
		return { notified: false, reason: 'declined', byCodes };
	}
	return byCodes;
}

function matchByCodes(s: MatchSupplier, sol: MatchSolicitation): CodesDecision {
	if (s.unknownCodes || (sol.formal && s.codes.length === 0)) {
		return { notified: false, reason: 'unknown-codes' };
	}
	if (!sol.formal) {
		return sol.invited.includes(s.organizationId)
			? { notified: true, reason: 'invited' }
			: { notified: false, reason: 'not-invited' };
	}
	const hit = coveringCode(s.codes, sol.codes);
	if (hit) return { notified: true, reason: 'covered', ...hit };
	return { notified: false, reason: 'not-covered', nearest: nearestCode(s.codes, sol.codes) };
}

export interface NotifiableUser {
	email: string;
	roles: readonly string[];
	suspended?: boolean;
}

/**
 * Who receives a supplier's notification: the Main Contact (the guide: the main contact's e-mail
 * "will receive all UNSPSC notifications"), the Solicitation Notification Contact when there is
 * one, and every user with "Receive solicitation notifications" who is not suspended; one e-mail
 * per distinct address (compared without case).
 */
export function notificationRecipients(input: {
	mainContactEmail: string | null;
	solicitationContactEmail: string | null;
	users: readonly NotifiableUser[];
}): string[] {
	const out: string[] = [];
	const addOne = (email: string | null | undefined) => {
		const e = email?.trim().toLowerCase();
		if (e && !out.includes(e)) out.push(e);
	};
	addOne(input.mainContactEmail);
	addOne(input.solicitationContactEmail);
	for (const u of input.users) {
		if (!u.suspended && u.roles.includes('receive-notifications')) addOne(u.email);
	}
	return out;
}
