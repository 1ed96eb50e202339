import * as attributes from '$lib/domain/requirements/attributes';

describe('the attributes barrel', () => {
	it('exports what attributes.ts exported before it was split by section', () => {
		expect(Object.keys(attributes).sort()).toEqual([
			'COMPANY_INFO_FIELDS',
			'ECONOMIC_IMPACT_FIELDS',
			'ECONOMIC_IMPACT_NOTE',
			'ELECTIONS',
			'EO13G_COUNTS',
			'EO13G_NOTES',
			'EO13G_STALE_DAYS',
			'EXPIRY_WARNING_DAYS',
			'OUTREACH_MAX',
			'SOTS_URL',
			'certificationStatus',
			'certificationWarnings',
			'companyInfoComplete',
			'companyInfoProblems',
			'countProblem',
			'economicImpactProblems',
			'electionProblems',
			'emptyCompanyInfo',
			'emptyEconomicImpact',
			'emptyElections',
			'emptyEo13g',
			'eo13gAgeDays',
			'eo13gCurrent',
			'eo13gProblems',
			'formatIso',
			'normalizeStateCode',
			'usdProblem',
			'webAddressProblem'
		]);
	});
});
