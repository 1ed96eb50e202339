/**
 * Service Regions: the U.S. states and territories an organization serves. Stored as two-letter
 * codes in the organization's details (`regions`), in the order of REGION_OPTIONS.
 */
import { OTHER_STATE, STATE_OPTIONS } from '../registration/options';
import { US_TERRITORIES } from '../validators';

export interface RegionOption {
	value: string;
	label: string;
}

/** The 50 states and DC (the registration's State/Province list without "Other"), then the territories. */
export const REGION_OPTIONS: readonly RegionOption[] = [
	...STATE_OPTIONS.filter((s) => s.value !== OTHER_STATE),
	...US_TERRITORIES.filter((t) => !t.name.startsWith('Armed Forces')).map((t) => ({
		value: t.code,
		label: t.name
	}))
];

export const REGIONS_REQUIRED_MESSAGE =
	'Select at least one state or territory that your organization serves.';

/** The known codes among `selected`, once each, in the list's order. */
export function normalizeRegions(selected: readonly string[]): string[] {
	const chosen = new Set(selected);
	return REGION_OPTIONS.map((r) => r.value).filter((v) => chosen.has(v));
}

/** The problem with a selection, or null when it can be saved. */
export function regionsProblem(selected: readonly string[]): string | null {
	return normalizeRegions(selected).length === 0 ? REGIONS_REQUIRED_MESSAGE : null;
}

export function regionLabel(code: string): string {
	return REGION_OPTIONS.find((r) => r.value === code)?.label ?? code;
}
