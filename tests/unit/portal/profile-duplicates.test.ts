/**
 * Edit Main Org Info's duplicate rules against what is registered in this browser: a new FEIN/SSN
 * or DUNS number may not be another organization's (a Branch may share its parent's FEIN), and an
 * organization never collides with itself.
 */
import type { OrganizationValues } from '$lib/domain/registration';
import { personaValues, type PersonaId } from '$lib/domain/registration/fixtures';
import {
	DUNS_TAKEN_MESSAGE,
	TIN_TAKEN_MESSAGE,
	orgInfoDuplicates
} from '$lib/portal/profile-duplicates';
import { clearTin, orgInfoValues } from '$lib/portal/profile/record-values';
import { createAccount, type OrganizationRecord } from '$lib/storage';
import { personaOrganization } from '../../support/accounts';
import { freshStorage, must } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});

async function register(id: PersonaId): Promise<OrganizationRecord> {
	const values = personaValues(id);
	const created = await createAccount({
		organization: personaOrganization(id),
		user: { username: values.contact.username, email: values.contact.email },
		password: values.contact.password
	});
	return must(created).organization;
}

const withFein = (v: OrganizationValues, fein: string): OrganizationValues => ({
	...clearTin(v),
	fein,
	feinConfirm: fein
});

describe('orgInfoDuplicates', () => {
	it('finds nothing for the organization as it is (its own number is not a duplicate)', async () => {
		const parent = await register('parent-fein');
		await register('branch-duns'); // shares the parent's FEIN
		expect(await orgInfoDuplicates(parent, orgInfoValues(parent))).toEqual([]);
	});

	it("refuses a Parent's new FEIN that another organization is registered with", async () => {
		const parent = await register('parent-fein');
		await register('out-of-country'); // FEIN 98-7654321
		expect(await orgInfoDuplicates(parent, withFein(orgInfoValues(parent), '98-7654321'))).toEqual([
			{ field: 'fein', message: TIN_TAKEN_MESSAGE('fein') }
		]);
		expect(await orgInfoDuplicates(parent, withFein(orgInfoValues(parent), '13-7654321'))).toEqual(
			[]
		);
	});

	it("lets a Branch take another organization's FEIN (its parent's)", async () => {
		const canada = await register('out-of-country');
		const branch = await register('branch-duns');
		expect(canada.tin).toBe('987654321');
		expect(await orgInfoDuplicates(branch, withFein(orgInfoValues(branch), '98-7654321'))).toEqual(
			[]
		);
	});

	it('refuses a Branch becoming a Parent while another organization has its FEIN', async () => {
		await register('parent-fein');
		const branch = await register('branch-duns');
		expect(
			await orgInfoDuplicates(branch, { ...orgInfoValues(branch), orgType: 'parent' })
		).toEqual([{ field: 'fein', message: TIN_TAKEN_MESSAGE('fein') }]);
	});

	it("refuses another organization's DUNS number", async () => {
		await register('branch-duns'); // DUNS 123456789
		const dba = await register('dba-branch');
		expect(
			await orgInfoDuplicates(dba, {
				...orgInfoValues(dba),
				duns: '123456789',
				dunsConfirm: '123456789'
			})
		).toEqual([{ field: 'duns', message: DUNS_TAKEN_MESSAGE }]);
	});
});
