import { MAIN_CONTACT_ROLES } from '$lib/domain/permissions';
import {
	displayName,
	emptyUserForm,
	userFormProblems,
	userFormValues,
	userInput,
	type UserFormValues
} from '$lib/portal/user-form';
import type { UserRecord } from '$lib/storage';

const valid = (over: Partial<UserFormValues> = {}): UserFormValues => ({
	...emptyUserForm(),
	firstName: 'Bob',
	lastName: 'Builder',
	address1: '1 Main Street',
	city: 'Hartford',
	state: 'CT',
	postalCode: '06103',
	email: 'bob@example.com',
	username: 'bob.builder',
	password: 'Harbor!2026x',
	confirmPassword: 'Harbor!2026x',
	...over
});

const fields = (v: UserFormValues, withPassword = true) =>
	userFormProblems(v, { withPassword }).map((p) => p.field);
const message = (v: UserFormValues, field: string) =>
	userFormProblems(v, { withPassword: true }).find((p) => p.field === field)?.message;

describe('New User form rules', () => {
	it('accepts a complete user', () => {
		expect(userFormProblems(valid(), { withPassword: true })).toEqual([]);
	});

	it('lists the required fields of an empty form in page order', () => {
		expect(fields(emptyUserForm())).toEqual([
			'firstName',
			'lastName',
			'address1',
			'postalCode',
			'city',
			'state',
			'email',
			'username',
			'password',
			'confirmPassword'
		]);
	});

	it('the edit page has no password fields', () => {
		expect(fields(valid({ password: '', confirmPassword: '' }), false)).toEqual([]);
	});

	it('Middle Initial is one letter', () => {
		expect(fields(valid({ middleInitial: 'Q' }))).toEqual([]);
		expect(fields(valid({ middleInitial: 'q.' }))).toEqual([]);
		expect(message(valid({ middleInitial: 'QR' }), 'middleInitial')).toBe(
			'Enter the Middle Initial as one letter, or leave it empty'
		);
		expect(fields(valid({ middleInitial: '7' }))).toEqual(['middleInitial']);
	});

	it('uses the registration UserName rules', () => {
		expect(message(valid({ username: 'bob@example.com' }), 'username')).toMatch(/cannot contain @/);
		expect(message(valid({ username: 'bob' }), 'username')).toMatch(/4 to 30 characters/);
	});

	it('applies the password policy and the confirmation', () => {
		expect(message(valid({ password: 'short', confirmPassword: 'short' }), 'password')).toMatch(
			/^The Password needs at least 8 characters/
		);
		expect(
			message(valid({ password: 'Bob.Builder!1', confirmPassword: 'Bob.Builder!1' }), 'password')
		).toBe('The Password must not contain the UserName');
		expect(message(valid({ confirmPassword: 'Harbor!2026y' }), 'confirmPassword')).toBe(
			'The Password and Confirm Password do not match'
		);
	});

	it('uses the registration address rules', () => {
		expect(message(valid({ postalCode: '90210' }), 'postalCode')).toMatch(
			/We could not find this address/
		);
		expect(
			fields(
				valid({ country: 'Canada', state: 'OTHER', otherRegion: 'Ontario', postalCode: 'K1A 0B1' })
			)
		).toEqual([]);
	});
});

describe('records and the form', () => {
	it('turns the form into trimmed input with details', () => {
		const input = userInput(
			valid({
				firstName: ' Bob ',
				email: ' Bob@Example.com ',
				middleInitial: 'q.',
				permissions: ['manage-users', 'respond']
			})
		);
		expect(input).toMatchObject({
			firstName: 'Bob',
			email: 'bob@example.com',
			permissions: ['respond', 'manage-users'],
			details: { middleInitial: 'Q', country: 'United States', address: { postalCode: '06103' } }
		});
		expect(input).not.toHaveProperty('password');
	});

	it('reads a record back, and the main contact from the organization address', () => {
		const record = {
			firstName: 'Jane',
			lastName: 'Doe',
			email: 'jane@example.com',
			username: 'janedoe',
			roles: [...MAIN_CONTACT_ROLES],
			details: { jobTitle: 'Owner' }
		} as unknown as UserRecord;
		const values = userFormValues(record, {
			address1: '2 Elm St',
			city: 'Hartford',
			state: 'CT',
			postalCode: '06103',
			country: 'United States'
		});
		expect(values).toMatchObject({
			address1: '2 Elm St',
			permissions: ['receive-notifications', 'respond', 'manage-profile', 'manage-users'],
			password: ''
		});
		expect(displayName({ ...record, details: { middleInitial: 'Q' } })).toBe('Jane Q. Doe');
		expect(displayName(record)).toBe('Jane Doe');
	});
});
