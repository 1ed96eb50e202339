import {
	ALL_MISTAKES,
	applyMistake,
	MISTAKES,
	mistake,
	mistakeAppliesTo,
	persona,
	PERSONA_IDS,
	personaValues,
	PERSONAS,
	type AnyMistake
} from '$lib/domain/registration/fixtures';
import {
	emptyRegistration,
	firstInvalidStep,
	STEP_SLUGS,
	stepProblems,
	type RegistrationValues
} from '$lib/domain/registration';

function problemsOf(values: RegistrationValues, m: AnyMistake) {
	return stepProblems(m.step, values[m.step] as never);
}

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

describe('MISTAKES', () => {
	it('has unique ids and labels', () => {
		const ids = ALL_MISTAKES.map((m) => m.id);
		expect(new Set(ids).size).toBe(ids.length);
		const labels = ALL_MISTAKES.map((m) => m.label);
		expect(new Set(labels).size).toBe(labels.length);
	});

	it('groups mistakes by step, every step has some', () => {
		for (const slug of STEP_SLUGS) {
			expect(MISTAKES[slug].length).toBeGreaterThan(0);
			for (const m of MISTAKES[slug]) expect(m.step).toBe(slug);
		}
		expect(ALL_MISTAKES.length).toBe(STEP_SLUGS.reduce((n, s) => n + MISTAKES[s].length, 0));
	});

	it('covers every rule the issue lists', () => {
		const ids = new Set(ALL_MISTAKES.map((m) => m.id));
		for (const id of [
			'disclaimer-not-agreed',
			'legal-name-empty',
			'legal-name-too-long',
			'legal-name-bad-character',
			'business-type-missing',
			'address1-empty',
			'address1-too-long',
			'address2-too-long',
			'city-empty',
			'city-too-long',
			'state-missing',
			'other-region-missing',
			'non-us-country-with-us-state',
			'zip-malformed',
			'zip-not-in-state',
			'fein-and-ssn',
			'tin-missing',
			'fein-bad-prefix',
			'fein-confirm-mismatch',
			'ssn-area-666',
			'ssn-group-00',
			'ssn-serial-0000',
			'ssn-wrong-length',
			'branch-without-duns',
			'duns-letters',
			'duns-confirm-mismatch',
			'first-name-empty',
			'last-name-empty',
			'phone-too-short',
			'phone-area-code-0',
			'phone-area-code-1',
			'phone-extension-letters',
			'fax-invalid',
			'email-bad-format',
			'username-email',
			'username-too-short',
			'username-bad-characters',
			'password-too-short',
			'password-no-upper',
			'password-no-lower',
			'password-no-number',
			'password-no-special',
			'password-contains-username',
			'confirm-password-mismatch',
			'contact-zip-not-in-state',
			'solicitation-first-name-missing',
			'solicitation-last-name-missing',
			'solicitation-phone-missing',
			'solicitation-email-missing',
			'no-codes'
		]) {
			expect(ids, id).toContain(id);
		}
	});

	it('mistake() finds by id and rejects unknown ids', () => {
		expect(mistake('no-codes').step).toBe('codes');
		expect(() => mistake('nope')).toThrow(/Unknown mistake/);
	});

	const cases = PERSONAS.flatMap((p) =>
		ALL_MISTAKES.filter((m) => mistakeAppliesTo(m, p.values)).map(
			(m) => [p.id, m.id, p.values, m] as const
		)
	);

	it.each(cases)('%s + %s: exactly the expected message on its field', (_p, _m, values, m) => {
		const broken = applyMistake(values, m);
		const problems = problemsOf(broken, m);
		expect(problems.filter((p) => p.field === m.field)).toEqual([
			{ field: m.field, message: m.expectedMessage }
		]);
		// The persona's other fields stay valid (apart from knock-on confirmations).
		expect(problems.map((p) => p.field).sort()).toEqual([m.field, ...(m.alsoFlags ?? [])].sort());
		// Other steps are untouched.
		for (const slug of STEP_SLUGS) {
			if (slug !== m.step) expect(broken[slug]).toEqual(values[slug]);
		}
	});

	it('every mistake applies to the main persona, and to most personas', () => {
		const parent = persona('parent-fein').values;
		for (const m of ALL_MISTAKES) {
			const applicable = PERSONAS.filter((p) => mistakeAppliesTo(m, p.values)).length;
			expect(applicable, m.id).toBeGreaterThanOrEqual(1);
			if (m.id !== 'phone-international-too-short') {
				expect(mistakeAppliesTo(m, parent), m.id).toBe(true);
			}
		}
		expect(
			mistakeAppliesTo(mistake('phone-international-too-short'), persona('out-of-country').values)
		).toBe(true);
	});

	it('apply never changes its argument', () => {
		for (const p of PERSONAS) {
			const before = structuredClone(p.values);
			for (const m of ALL_MISTAKES) applyMistake(p.values, m);
			for (const m of MISTAKES.organization) m.apply(p.values.organization);
			for (const m of MISTAKES.contact) m.apply(p.values.contact);
			expect(p.values).toEqual(before);
		}
	});

	it('the first invalid step is the mistake step', () => {
		for (const m of ALL_MISTAKES) {
			expect(firstInvalidStep(applyMistake(persona('parent-fein').values, m)), m.id).toBe(m.step);
		}
	});
});
