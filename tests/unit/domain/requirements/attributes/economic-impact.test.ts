import {
	countProblem,
	economicImpactProblems,
	emptyEconomicImpact,
	usdProblem
} from '$lib/domain/requirements/attributes/economic-impact';
import { fields } from '../helpers';

describe('Connecticut Economic Impact Form', () => {
	it('is informational: empty is fine', () => {
		expect(economicImpactProblems(emptyEconomicImpact())).toEqual([]);
	});

	it('counts are whole numbers ≥ 0; money is U.S. dollars; veterans 0–100; outreach ≤ 1,000', () => {
		const v = {
			...emptyEconomicImpact(),
			locations: '2.5',
			employees: '-1',
			payroll: '1,250,000.50',
			taxes: '$12.345',
			rent: 'lots',
			utilities: '-5',
			partners: '$ 40,000',
			veterans: '101',
			outreach: 'x'.repeat(1001)
		};
		const problems = economicImpactProblems(v);
		expect(fields(problems)).toEqual([
			'locations',
			'employees',
			'taxes',
			'rent',
			'utilities',
			'veterans',
			'outreach'
		]);
		expect(problems.find((p) => p.field === 'employees')?.message).toMatch(/cannot be negative/);
		expect(problems.find((p) => p.field === 'outreach')?.message).toMatch(/1,000 characters/);
		expect(
			economicImpactProblems({
				...v,
				locations: '3',
				employees: '1,200',
				taxes: '12.34',
				rent: '0',
				utilities: '5',
				veterans: '12.5%',
				outreach: 'x'.repeat(1000)
			})
		).toEqual([]);
		expect(fields(economicImpactProblems({ ...emptyEconomicImpact(), veterans: 'ten' }))).toEqual([
			'veterans'
		]);
		expect(economicImpactProblems({ ...emptyEconomicImpact(), veterans: '0' })).toEqual([]);
		expect(economicImpactProblems({ ...emptyEconomicImpact(), veterans: '100' })).toEqual([]);
	});
});

describe('countProblem', () => {
	it('allows empty and whole numbers ≥ 0 (with thousands commas), up to a maximum', () => {
		expect(countProblem('N', '')).toBeNull();
		expect(countProblem('N', '12')).toBeNull();
		expect(countProblem('N', '1,200')).toBeNull();
		expect(countProblem('N', '1.5')).toBe(
			'N: enter a whole number, like 12 (no decimals or letters)'
		);
		expect(countProblem('N', '-2')).toBe('N cannot be negative');
		expect(countProblem('N', '11', 10)).toBe('N must be 10 or less');
	});
});

describe('usdProblem', () => {
	it('allows empty and dollar amounts ≥ 0 with at most cents', () => {
		expect(usdProblem('P', '')).toBeNull();
		expect(usdProblem('P', '1,250.50')).toBeNull();
		expect(usdProblem('P', '-3')).toBe('P cannot be negative');
		expect(usdProblem('P', '1.234')).toBe('P: enter dollars and cents only, like 1,250.50');
		expect(usdProblem('P', 'abc')).toBe('P: enter a U.S. dollar amount, like 125,000 or 1,250.50');
	});
});
