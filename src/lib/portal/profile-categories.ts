/**
 * Edit Categories and the organization record: the UNSPSC codes as Step 4's values and back.
 * Apart from profile/record-values.ts so the categories page, which carries the code selector, does not
 * load the address and contact rules as well (route JavaScript budget).
 */
import type { CodesValues } from '$lib/domain/registration/codes';
import type { OrganizationRecord } from '$lib/storage/accounts';
import type { ProfileChange } from './profile/record-values';

export const CATEGORIES_HISTORY_LABEL = 'Categories';

/** The organization's UNSPSC codes as Step 4's values. */
export function categoryValues(org: OrganizationRecord): CodesValues {
	return { codes: [...org.details.codes], unknown: org.details.unknownCodes };
}

/** The Save of Edit Categories: codes sorted, none with "Unknown". */
export function categoriesChange(org: OrganizationRecord, v: CodesValues): ProfileChange {
	const snapshot = (c: CodesValues) => ({
		codes: c.unknown ? [] : [...c.codes].sort(),
		unknownCodes: c.unknown
	});
	const before = snapshot(categoryValues(org));
	const after = snapshot(v);
	const changed = JSON.stringify(before) !== JSON.stringify(after);
	return {
		fields: changed ? [CATEGORIES_HISTORY_LABEL] : [],
		patch: { details: { ...org.details, ...after } }
	};
}
