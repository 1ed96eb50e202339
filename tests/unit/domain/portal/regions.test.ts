import {
	REGION_OPTIONS,
	REGIONS_REQUIRED_MESSAGE,
	normalizeRegions,
	regionLabel,
	regionsProblem
} from '$lib/domain/portal/regions';

describe('REGION_OPTIONS', () => {
	it('has the 50 states, DC and the 5 inhabited territories, without "Other" or armed forces', () => {
		expect(REGION_OPTIONS).toHaveLength(56);
		const values = REGION_OPTIONS.map((r) => r.value);
		expect(values).toEqual(expect.arrayContaining(['CT', 'DC', 'PR', 'GU']));
		expect(values).not.toContain('OTHER');
		expect(values).not.toContain('AE');
		expect(new Set(values).size).toBe(values.length);
	});
});

describe('regionsProblem', () => {
	it('needs at least one known region', () => {
		expect(regionsProblem([])).toBe(REGIONS_REQUIRED_MESSAGE);
		expect(regionsProblem(['ZZ'])).toBe(REGIONS_REQUIRED_MESSAGE);
		expect(regionsProblem(['CT'])).toBeNull();
	});
});

describe('normalizeRegions', () => {
	it("keeps known codes once, in the list's order", () => {
		expect(normalizeRegions(['RI', 'CT', 'ZZ', 'CT'])).toEqual(['CT', 'RI']);
	});
});

describe('regionLabel', () => {
	it('names a code, or gives the code back', () => {
		expect(regionLabel('PR')).toBe('Puerto Rico');
		expect(regionLabel('ZZ')).toBe('ZZ');
	});
});
