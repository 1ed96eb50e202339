import { persona, PERSONA_IDS, personaValues, PERSONAS } from '$lib/domain/registration/personas';
import {
	emptyRegistration,
	firstInvalidStep,
	STEP_SLUGS,
	stepProblems
} from '$lib/domain/registration';

describe('PERSONAS', () => {
	it('has the required personas, with unique ids', () => {
		const ids = PERSONAS.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual([...PERSONA_IDS]);
		for (const id of [
			'parent-fein',
			'branch-duns',
			'sole-proprietor-ssn',
			'out-of-country',
			'dba-branch'
		] as const) {
			expect(ids).toContain(id);
		}
	});

	describe.each(PERSONAS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
		it.each(STEP_SLUGS)('is valid on step %s', (slug) => {
			expect(stepProblems(slug, p.values[slug] as never)).toEqual([]);
		});

		it('is valid as a whole', () => {
			expect(firstInvalidStep(p.values)).toBeNull();
		});

		it('has every field of an empty registration, and no other', () => {
			const empty = emptyRegistration();
			for (const slug of STEP_SLUGS) {
				expect(Object.keys(p.values[slug]).sort()).toEqual(Object.keys(empty[slug]).sort());
			}
		});

		it('has a name, a description, agreement and a code choice', () => {
			expect(p.name).not.toBe('');
			expect(p.description).not.toBe('');
			expect(p.values.instructions.agree).toBe(true);
			expect(p.values.codes.codes.length > 0 || p.values.codes.unknown).toBe(true);
		});
	});

	it('describes the parent, branch and sole proprietor as the issue asks', () => {
		const parent = persona('parent-fein').values;
		expect(parent.organization).toMatchObject({
			legalName: 'Sample Vendor LLC',
			city: 'Hartford',
			state: 'CT',
			postalCode: '06103',
			fein: '06-1234567',
			orgType: 'parent'
		});
		expect(parent.contact).toMatchObject({ username: 'SampleVendor', password: 'Harbor!2026x' });
		expect(parent.codes.codes).toEqual(['72100000']);

		const branch = persona('branch-duns').values.organization;
		expect(branch).toMatchObject({ orgType: 'branch', duns: '123456789', city: 'New Haven' });
		expect(branch.legalName).toBe(parent.organization.legalName);

		const sole = persona('sole-proprietor-ssn').values.organization;
		expect(sole).toMatchObject({
			businessType: 'Individual/Sole Proprietor',
			orgType: 'parent',
			city: 'Stamford',
			fein: ''
		});
		expect(sole.ssn).not.toBe('');

		const abroad = persona('out-of-country').values.organization;
		expect(abroad).toMatchObject({ country: 'Canada', state: 'OTHER', otherRegion: 'Ontario' });

		const dba = persona('dba-branch').values.organization;
		expect(dba.dbaName).not.toBe('');
		expect(dba.orgType).toBe('branch');
		expect(dba.duns).not.toBe('');
	});

	it('personaValues returns a copy', () => {
		const copy = personaValues('parent-fein');
		copy.organization.legalName = 'Changed';
		copy.codes.codes.push('43211500');
		expect(persona('parent-fein').values.organization.legalName).toBe('Sample Vendor LLC');
		expect(persona('parent-fein').values.codes.codes).toEqual(['72100000']);
	});

	it('persona() rejects an unknown id', () => {
		expect(() => persona('nobody' as never)).toThrow(/Unknown persona/);
	});
});
