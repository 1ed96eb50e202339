/** U.S. states, ZIP Codes and free-form non-U.S. postal codes. */

/** A state (or DC) as shown in the State/Province list. */
export interface UsState {
	code: string;
	name: string;
}

/** The 50 states and the District of Columbia, alphabetical by name (UI appends "Other"). */
export const US_STATES: readonly UsState[] = [
	{ code: 'AL', name: 'Alabama' },
	{ code: 'AK', name: 'Alaska' },
	{ code: 'AZ', name: 'Arizona' },
	{ code: 'AR', name: 'Arkansas' },
	{ code: 'CA', name: 'California' },
	{ code: 'CO', name: 'Colorado' },
	{ code: 'CT', name: 'Connecticut' },
	{ code: 'DE', name: 'Delaware' },
	{ code: 'DC', name: 'District of Columbia' },
	{ code: 'FL', name: 'Florida' },
	{ code: 'GA', name: 'Georgia' },
	{ code: 'HI', name: 'Hawaii' },
	{ code: 'ID', name: 'Idaho' },
	{ code: 'IL', name: 'Illinois' },
	{ code: 'IN', name: 'Indiana' },
	{ code: 'IA', name: 'Iowa' },
	{ code: 'KS', name: 'Kansas' },
	{ code: 'KY', name: 'Kentucky' },
	{ code: 'LA', name: 'Louisiana' },
	{ code: 'ME', name: 'Maine' },
	{ code: 'MD', name: 'Maryland' },
	{ code: 'MA', name: 'Massachusetts' },
	{ code: 'MI', name: 'Michigan' },
	{ code: 'MN', name: 'Minnesota' },
	{ code: 'MS', name: 'Mississippi' },
	{ code: 'MO', name: 'Missouri' },
	{ code: 'MT', name: 'Montana' },
	{ code: 'NE', name: 'Nebraska' },
	{ code: 'NV', name: 'Nevada' },
	{ code: 'NH', name: 'New Hampshire' },
	{ code: 'NJ', name: 'New Jersey' },
	{ code: 'NM', name: 'New Mexico' },
	{ code: 'NY', name: 'New York' },
	{ code: 'NC', name: 'North Carolina' },
	{ code: 'ND', name: 'North Dakota' },
	{ code: 'OH', name: 'Ohio' },
	{ code: 'OK', name: 'Oklahoma' },
	{ code: 'OR', name: 'Oregon' },
	{ code: 'PA', name: 'Pennsylvania' },
	{ code: 'RI', name: 'Rhode Island' },
	{ code: 'SC', name: 'South Carolina' },
	{ code: 'SD', name: 'South Dakota' },
	{ code: 'TN', name: 'Tennessee' },
	{ code: 'TX', name: 'Texas' },
	{ code: 'UT', name: 'Utah' },
	{ code: 'VT', name: 'Vermont' },
	{ code: 'VA', name: 'Virginia' },
	{ code: 'WA', name: 'Washington' },
	{ code: 'WV', name: 'West Virginia' },
	{ code: 'WI', name: 'Wisconsin' },
	{ code: 'WY', name: 'Wyoming' }
];

/**
 * Territories and armed-forces "states": not in US_STATES; they choose "Other" and type an
 * Other Region. Listed for the hint text.
 */
export const US_TERRITORIES: readonly UsState[] = [
	{ code: 'AS', name: 'American Samoa' },
	{ code: 'GU', name: 'Guam' },
	{ code: 'MP', name: 'Northern Mariana Islands' },
	{ code: 'PR', name: 'Puerto Rico' },
	{ code: 'VI', name: 'U.S. Virgin Islands' },
	{ code: 'AA', name: 'Armed Forces Americas' },
	{ code: 'AE', name: 'Armed Forces Europe' },
	{ code: 'AP', name: 'Armed Forces Pacific' }
];

/** An inclusive range of 3-digit ZIP prefixes, e.g. [60, 69] for 060–069. */
export type ZipPrefixRange = readonly [from: number, to: number];

/**
 * USPS 3-digit ZIP Code prefixes for each state and DC (inclusive ranges; a few unused
 * prefixes inside a state's block are included). Not states, so absent: 006–009 PR/VI,
 * 090–098 AE, 340 AA, 962–966 AP, 969 Guam/N. Mariana Is. (96799 American Samoa shares
 * Hawaii's 967). Exceptions kept: 005 NY, 055 MA, 201 VA, 399 GA, 569 DC, 733 and 885 TX.
 */
export const ZIP_PREFIXES: Readonly<Record<string, readonly ZipPrefixRange[]>> = {
	AL: [[350, 369]],
	AK: [[995, 999]],
	AZ: [[850, 865]],
	AR: [[716, 729]],
	CA: [[900, 961]],
	CO: [[800, 816]],
	CT: [[60, 69]],
	DE: [[197, 199]],
	DC: [
		[200, 200],
		[202, 205],
		[569, 569]
	],
	FL: [
		[320, 339],
		[341, 349]
	],
	GA: [
		[300, 319],
		[398, 399]
	],
	HI: [[967, 968]],
	ID: [[832, 838]],
	IL: [[600, 629]],
	IN: [[460, 479]],
	IA: [[500, 528]],
	KS: [[660, 679]],
	KY: [[400, 427]],
	LA: [[700, 714]],
	ME: [[39, 49]],
	MD: [[206, 219]],
	MA: [
		[10, 27],
		[55, 55]
	],
	MI: [[480, 499]],
	MN: [[550, 567]],
	MS: [[386, 397]],
	MO: [[630, 658]],
	MT: [[590, 599]],
	NE: [[680, 693]],
	NV: [[889, 898]],
	NH: [[30, 38]],
	NJ: [[70, 89]],
	NM: [[870, 884]],
	NY: [
		[5, 5],
		[100, 149]
	],
	NC: [[270, 289]],
	ND: [[580, 588]],
	OH: [[430, 459]],
	OK: [
		[730, 731],
		[734, 749]
	],
	OR: [[970, 979]],
	PA: [[150, 196]],
	RI: [[28, 29]],
	SC: [[290, 299]],
	SD: [[570, 577]],
	TN: [[370, 385]],
	TX: [
		[733, 733],
		[750, 799],
		[885, 885]
	],
	UT: [[840, 847]],
	VT: [
		[50, 54],
		[56, 59]
	],
	VA: [
		[201, 201],
		[220, 246]
	],
	WA: [[980, 994]],
	WV: [[247, 268]],
	WI: [[530, 549]],
	WY: [[820, 831]]
};

/** Why a U.S. ZIP Code entry is not acceptable. */
export type ZipProblem = 'empty' | 'format';

/** Why a non-U.S. postal code entry is not acceptable. */
export type NonUsPostalProblem = 'empty' | 'format';

/** "12345" or "12345-6789" (also from "123456789"), or null when not a ZIP/ZIP+4. */
export function normalizeZip(input: string): string | null {
	const m = /^(\d{5})(?:-?(\d{4}))?$/.exec(input.trim());
	if (!m) return null;
	return m[2] ? `${m[1]}-${m[2]}` : (m[1] ?? null);
}

/** Null for "12345", "12345-6789" or "123456789"; otherwise why not. */
export function zipProblem(input: string): ZipProblem | null {
	if (input.trim() === '') return 'empty';
	return normalizeZip(input) === null ? 'format' : null;
}

/** The 3-digit prefix of a valid ZIP as a number (060 → 60), or null. */
function zipPrefix(zip: string): number | null {
	const z = normalizeZip(zip);
	return z === null ? null : Number(z.slice(0, 3));
}

/** True when a valid ZIP's 3-digit prefix is one USPS allocates to the state (or DC). */
export function zipMatchesState(zip: string, stateCode: string): boolean {
	const prefix = zipPrefix(zip);
	const ranges = ZIP_PREFIXES[stateCode.trim().toUpperCase()];
	if (prefix === null || !ranges) return false;
	return ranges.some(([from, to]) => prefix >= from && prefix <= to);
}

/** The state (or DC) code whose ZIP prefixes include this ZIP, or null (territory, unused). */
export function stateForZip(zip: string): string | null {
	return Object.keys(ZIP_PREFIXES).find((code) => zipMatchesState(zip, code)) ?? null;
}

/** Null for 1–10 letters, digits, spaces and dashes (any country's postal code); else why. */
export function nonUsPostalProblem(input: string): NonUsPostalProblem | null {
	const s = input.trim();
	if (s === '') return 'empty';
	return /^[A-Za-z0-9 -]{1,10}$/.test(s) ? null : 'format';
}
