import {
	BUSINESS_TYPES,
	codesSchema,
	coerceStep,
	emptyRegistration,
	firstInvalidStep,
	instructionsSchema,
	isStepSlug,
	OTHER_STATE,
	STATE_OPTIONS,
	STEP_SLUGS,
	stepIndex,
	stepProblems,
	STEPS
} from '$lib/domain/registration';
import { personaValues } from '$lib/domain/registration/fixtures';

describe('emptyRegistration', () => {
	it('starts with nothing chosen for the person', () => {
		const v = emptyRegistration();
		expect(v.instructions.agree).toBe(false);
		expect(v.organization.businessType).toBe('');
		expect(v.organization.state).toBe('');
		expect(v.organization.orgType).toBe('parent');
		expect(v.organization.country).toBe('United States');
		expect(v.contact.salutation).toBe('');
		expect(v.contact.state).toBe('');
		expect(v.contact.country).toBe('United States');
		expect(v.contact.solicitationContact).toBe('later');
		expect(v.contact.contractContact).toBe('later');
		expect(v.codes).toEqual({ codes: [], unknown: false });
	});

	it('returns a new object each time', () => {
		const a = emptyRegistration();
		a.codes.codes.push('72100000');
		expect(emptyRegistration().codes.codes).toEqual([]);
	});
});

describe('steps', () => {
	it('are the guide’s four steps, in order', () => {
		expect(STEP_SLUGS).toEqual(['instructions', 'organization', 'contact', 'codes']);
		expect(STEPS.map((s) => s.title)).toEqual([
			'Instructions',
			'Organization Information',
			'Contact Information',
			'Commodity/Service Codes'
		]);
	});

	it('stepIndex and isStepSlug', () => {
		expect(stepIndex('contact')).toBe(2);
		expect(stepIndex('review')).toBe(-1);
		expect(isStepSlug('codes')).toBe(true);
		expect(isStepSlug('__proto__')).toBe(false);
	});

	it('Step 1 requires the agreement', () => {
		expect(stepProblems('instructions', { agree: false })).toEqual([
			{
				field: 'agree',
				message: 'Select “Yes, I agree.” to accept the General Disclaimer before you continue'
			}
		]);
		expect(stepProblems('instructions', { agree: true })).toEqual([]);
		expect(instructionsSchema.safeParse({}).error?.issues[0]?.path).toEqual(['agree']);
	});

	it('Step 4 requires a code or Unknown', () => {
		expect(stepProblems('codes', { codes: [], unknown: false }).map((p) => p.field)).toEqual([
			'codes'
		]);
		expect(stepProblems('codes', { codes: ['72100000'], unknown: false })).toEqual([]);
		expect(stepProblems('codes', { codes: [], unknown: true })).toEqual([]);
		expect(codesSchema.safeParse({ codes: ['7210'] }).error?.issues[0]?.path).toEqual(['codes', 0]);
	});
});

describe('coerceStep', () => {
	it('keeps valid saved fields and drops wrong-typed or unknown ones', () => {
		const v = coerceStep('organization', {
			legalName: 'Sample Vendor LLC',
			state: 'CT',
			orgType: 'subsidiary',
			fein: 61234567,
			duns: null,
			legacyField: 'x'
		});
		expect(v.legalName).toBe('Sample Vendor LLC');
		expect(v.state).toBe('CT');
		expect(v.orgType).toBe('parent');
		expect(v.fein).toBe('');
		expect(v.duns).toBe('');
		expect(v.country).toBe('United States');
		expect('legacyField' in v).toBe(false);
	});

	it('keeps a complete saved step as it was', () => {
		const saved = personaValues('branch-duns');
		for (const slug of STEP_SLUGS) {
			expect(coerceStep(slug, JSON.parse(JSON.stringify(saved[slug])))).toEqual(saved[slug]);
		}
	});

	it('falls back to the defaults for anything that is not an object', () => {
		for (const raw of [null, undefined, 'text', 42]) {
			expect(coerceStep('contact', raw)).toEqual(emptyRegistration().contact);
		}
	});

	it('drops a code list with an invalid code and a non-boolean agreement', () => {
		expect(coerceStep('codes', { codes: ['72100000', 'abc'], unknown: true })).toEqual({
			codes: [],
			unknown: true
		});
		expect(coerceStep('instructions', { agree: 'yes' })).toEqual({ agree: false });
		expect(coerceStep('contact', { contractContact: 'now', phone: 2015550123 })).toMatchObject({
			contractContact: 'now',
			phone: ''
		});
	});
});

describe('firstInvalidStep', () => {
	it('is null for a complete registration', () => {
		expect(firstInvalidStep(personaValues('parent-fein'))).toBeNull();
	});

	it('is the first step with a problem', () => {
		expect(firstInvalidStep(emptyRegistration())).toBe('instructions');
		const v = personaValues('parent-fein');
		v.codes.codes = [];
		expect(firstInvalidStep(v)).toBe('codes');
		v.contact.email = '';
		expect(firstInvalidStep(v)).toBe('contact');
		v.organization.legalName = '';
		expect(firstInvalidStep(v)).toBe('organization');
		v.instructions.agree = false;
		expect(firstInvalidStep(v)).toBe('instructions');
	});
});

describe('options', () => {
	it('BUSINESS_TYPES are exactly the guide’s eleven options, in order', () => {
		expect(BUSINESS_TYPES).toEqual([
			'Benefit Corporation (B Corp)',
			'C Corporation',
			'Individual/Sole Proprietor',
			'Limited Liability Company – C Corporation',
			'Limited Liability Company – Partnership',
			'Limited Liability Company – S Corporation',
			'Other: Federal Tax Exempt / Non-Profit',
			'Other: Government Entity',
			'Partnership',
			'S Corporation',
			'Trust / Estate'
		]);
	});

	it('STATE_OPTIONS are the 50 states and DC, then Other last', () => {
		expect(STATE_OPTIONS).toHaveLength(52);
		expect(STATE_OPTIONS.at(-1)).toEqual({ value: OTHER_STATE, label: 'Other' });
		const states = STATE_OPTIONS.slice(0, -1);
		expect(new Set(states.map((s) => s.value)).size).toBe(51);
		expect(states.map((s) => s.value)).toContain('DC');
		expect(states.map((s) => s.value)).toContain('CT');
		for (const territory of ['PR', 'GU', 'VI', 'AS', 'MP', 'AA', 'AE', 'AP']) {
			expect(states.map((s) => s.value)).not.toContain(territory);
		}
		for (const s of states) expect(s.value).toMatch(/^[A-Z]{2}$/);
	});
});
