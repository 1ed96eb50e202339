/**
 * What the dashboard's Reminders need to know of the State of Connecticut's award requirements,
 * read from the organization's Additional Required Attributes.
 */
import { certificationWarnings, eo13gCurrent, readiness } from '$lib/domain/requirements';
import type { OrganizationRecord } from '$lib/storage/accounts';
import { readSection } from './requirements/sections-and-files';

export function requirementFacts(org: OrganizationRecord | null, today: string) {
	const elections = readSection(org, 'elections');
	const eo13g = readSection(org, 'eo13g');
	const companyInfo = readSection(org, 'companyInfo');
	const items = readiness({
		files: [],
		companyInfo: companyInfo.updatedAt ? companyInfo.values : null,
		elections: elections.updatedAt ? elections.values : null,
		eo13g: eo13g.updatedAt ? eo13g.values : null,
		today
	});
	return {
		attributesComplete: items.filter((i) => i.fix === 'attributes').every((i) => i.done),
		certificationWarnings: elections.updatedAt
			? certificationWarnings(elections.values, today)
			: [],
		eo13gStale: !!eo13g.updatedAt && !eo13gCurrent(eo13g.values, today)
	};
}
