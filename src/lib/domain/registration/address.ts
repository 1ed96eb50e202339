/**
 * Address rules shared by Organization Information (Step 2) and the main contact (Step 3): the
 * guide gives both the same fields and limits.
 */
import {
	isBlank,
	nonUsPostalProblem,
	normalizeZip,
	stateForZip,
	zipMatchesState,
	zipProblem
} from '../validators';
import { z } from '../zod';
import { tooLong, type FieldMeta, type ProblemList } from './fields';
import { COUNTRIES, OTHER_STATE, STATE_OPTIONS, UNITED_STATES, stateLabel } from './options';

/** Address fields and their starting values (United States is the default country). */
export const addressShape = {
	country: z._default(z.string(), UNITED_STATES),
	address1: z._default(z.string(), ''),
	address2: z._default(z.string(), ''),
	city: z._default(z.string(), ''),
	state: z._default(z.string(), ''),
	otherRegion: z._default(z.string(), ''),
	postalCode: z._default(z.string(), ''),
	/**
	 * The address the person confirmed with "Use this address as entered" when validation could not
	 * find it (see addressKey). It only counts while the address is unchanged.
	 */
	acceptedAddress: z._default(z.string(), '')
};
export type AddressValues = z.infer<z.ZodMiniObject<typeof addressShape>>;

export type AddressField = keyof AddressValues;

export const ADDRESS_FIELDS = {
	country: { label: 'Country' },
	address1: {
		label: 'Address Line 1',
		required: true,
		max: 30,
		hint: 'Street address or post office box, in full.'
	},
	address2: { label: 'Address Line 2', max: 30 },
	postalCode: {
		label: 'Postal / Zip Code',
		required: true,
		hint: 'ZIP code, with the 4-digit extension if known (for example 06103 or 06103-1234).'
	},
	city: { label: 'City', required: true, max: 50 },
	state: {
		label: 'State/Province',
		required: true,
		hint: 'If your organization is located outside of the continental United States, choose the last option, listed as Other.'
	},
	otherRegion: { label: 'Other Region', required: true, max: 50 },
	acceptedAddress: { label: 'Address accepted as entered' }
} as const satisfies Record<AddressField, FieldMeta>;

export function isUnitedStates(a: Pick<AddressValues, 'country'>): boolean {
	return a.country === UNITED_STATES;
}

/** A fingerprint of the address as entered; an acceptance is tied to it. */
export function addressKey(a: AddressValues): string {
	return [a.country, a.address1, a.address2, a.city, a.state, a.otherRegion, a.postalCode]
		.map((s) => s.trim().toLowerCase())
		.join('|');
}

/**
 * The guide's address validation: a U.S. postal code that is malformed, or does not belong to the
 * chosen state (public ZIP-prefix ranges), cannot be "found". False when it can (or when there is
 * nothing to check yet).
 */
export function addressNotFound(a: AddressValues): boolean {
	if (!isUnitedStates(a) || isBlank(a.postalCode)) return false;
	if (zipProblem(a.postalCode)) return true;
	// Only a known state can be checked (an unknown one is reported on State/Province).
	if (a.state === OTHER_STATE || !STATE_OPTIONS.some((s) => s.value === a.state)) return false;
	return !zipMatchesState(a.postalCode, a.state);
}

/** True when the address cannot be found and the person has not accepted it as entered. */
export function addressNeedsAcceptance(a: AddressValues): boolean {
	return addressNotFound(a) && a.acceptedAddress !== addressKey(a);
}

/**
 * The guide's message for an address validation could not find, in parts: its sentence up to the
 * word "here" (the control that accepts the address as entered), and what is wrong with it.
 */
export interface AddressNotFoundParts {
	/** "23606 - We could not find this address. … please double click " */
	before: string;
	/** The guide's link word; the page makes it the "accept as entered" control. */
	link: 'here';
	/** What is wrong, e.g. "ZIP code 10001 is not in Connecticut; it is a New York ZIP code." */
	reason: string;
}

/** The parts of the not-found message for this address (see addressNotFoundMessage). */
export function addressNotFoundParts(
	a: Pick<AddressValues, 'postalCode' | 'state'>
): AddressNotFoundParts {
	const postal = a.postalCode.trim();
	return {
		before: `${postal} - We could not find this address. Please check for spelling errors. If it appears correct, please double click `,
		link: 'here',
		reason: notFoundReason(postal, a.state)
	};
}

function notFoundReason(postal: string, state: string): string {
	if (zipProblem(postal))
		return 'A ZIP code has 5 digits, or 5 and 4 more (for example 06103 or 06103-1234).';
	const chosen = stateLabel(state);
	const actual = stateForZip(postal);
	const other = actual ? stateLabel(actual) : '';
	return other
		? `ZIP code ${postal} is not in ${chosen}; it is a${/^[AEIOU]/.test(other) ? 'n' : ''} ${other} ZIP code.`
		: `ZIP code ${postal} is not in ${chosen}.`;
}

/**
 * The guide's message for an address validation could not find ("23606 - We could not find this
 * address. Please check for spelling errors. If it appears correct, please double click here"),
 * then what is wrong, so the person knows which field to look at.
 */
export function addressNotFoundMessage(a: Pick<AddressValues, 'postalCode' | 'state'>): string {
	const p = addressNotFoundParts(a);
	return `${p.before}${p.link}. ${p.reason}`;
}

/** Stored form of the postal code: 5 or 9 digits as ZIP / ZIP+4 for U.S. addresses. */
export function normalizePostalCode(a: Pick<AddressValues, 'country' | 'postalCode'>): string {
	const trimmed = a.postalCode.trim();
	return isUnitedStates(a) ? (normalizeZip(trimmed) ?? trimmed) : trimmed.toUpperCase();
}

/** Adds the address problems, in the order the fields appear. */
export function checkAddress<K extends string>(
	a: AddressValues,
	problems: ProblemList<K>,
	field: (f: AddressField) => K,
	subject = 'your organization'
): void {
	const f = ADDRESS_FIELDS;
	problems.add(
		field('country'),
		!COUNTRIES.includes(a.country) && 'Select the Country from the list'
	);
	problems.add(
		field('address1'),
		isBlank(a.address1)
			? `Enter Address Line 1: the street address or post office box of ${subject}`
			: a.address1.trim().length > f.address1.max && tooLong(f.address1.label, f.address1.max)
	);
	problems.add(
		field('address2'),
		a.address2.trim().length > f.address2.max && tooLong(f.address2.label, f.address2.max)
	);
	if (isBlank(a.postalCode)) {
		problems.add(field('postalCode'), 'Enter the Postal / Zip Code');
	} else if (isUnitedStates(a)) {
		if (addressNeedsAcceptance(a)) problems.add(field('postalCode'), addressNotFoundMessage(a));
	} else {
		problems.add(
			field('postalCode'),
			nonUsPostalProblem(a.postalCode) &&
				'Enter the postal code using up to 10 letters, numbers, spaces or dashes'
		);
	}
	problems.add(
		field('city'),
		isBlank(a.city)
			? `Enter the City where ${subject} is located`
			: a.city.trim().length > f.city.max && tooLong(f.city.label, f.city.max)
	);
	if (!a.state) {
		problems.add(field('state'), 'Select the State/Province, or Other if it is not listed');
	} else if (!STATE_OPTIONS.some((s) => s.value === a.state)) {
		problems.add(field('state'), 'Select the State/Province from the list');
	} else if (!isUnitedStates(a) && a.state !== OTHER_STATE) {
		problems.add(
			field('state'),
			'For an address outside the United States, select Other and enter the region'
		);
	}
	if (a.state === OTHER_STATE) {
		problems.add(
			field('otherRegion'),
			isBlank(a.otherRegion)
				? 'Enter the Other Region (for example a province, territory or county)'
				: a.otherRegion.trim().length > f.otherRegion.max &&
						tooLong(f.otherRegion.label, f.otherRegion.max)
		);
	}
}
