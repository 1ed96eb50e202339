import { errorsOf, fieldsWithErrors, firstError, problemsOf } from '$lib/forms/spa-form';

// Superforms' errors: a plain field holds string[], an array field { _errors: string[] }.
const errors = {
	email: ['Enter an email address', 'second message'],
	codes: { _errors: ['Select at least one code'] },
	phone: [],
	legalName: ['Legal Name is required']
};

describe('reading superforms’ errors', () => {
	it('takes the first message of a plain field and of an array field', () => {
		expect(firstError(errors, 'email')).toBe('Enter an email address');
		expect(firstError(errors, 'codes')).toBe('Select at least one code');
		expect(firstError(errors, 'phone')).toBeUndefined();
		expect(firstError(null, 'email')).toBeUndefined();
	});

	it('lists the fields that show a message, in the object’s order', () => {
		expect(fieldsWithErrors(errors)).toEqual(['email', 'codes', 'legalName']);
	});

	it('gives each field’s first message, in page order when one is given', () => {
		expect(problemsOf(errors)).toEqual([
			{ field: 'email', message: 'Enter an email address' },
			{ field: 'codes', message: 'Select at least one code' },
			{ field: 'legalName', message: 'Legal Name is required' }
		]);
		expect(problemsOf(errors, ['legalName', 'phone', 'email'])).toEqual([
			{ field: 'legalName', message: 'Legal Name is required' },
			{ field: 'email', message: 'Enter an email address' }
		]);
		expect(problemsOf({})).toEqual([]);
	});

	it('turns problems back into superforms’ errors, the first message of a field kept', () => {
		expect(
			errorsOf([
				{ field: 'email', message: 'first' },
				{ field: 'email', message: 'second' },
				{ field: 'zip', message: 'ZIP code' }
			])
		).toEqual({ email: ['first'], zip: ['ZIP code'] });
	});
});
