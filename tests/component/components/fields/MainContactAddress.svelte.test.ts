import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import MainContactAddress from '$lib/components/fields/MainContactAddress.svelte';
import type { AddressValues } from '$lib/domain/registration/address';

const blank: AddressValues = {
	country: 'United States',
	address1: '',
	address2: '',
	city: '',
	state: '',
	otherRegion: '',
	postalCode: '',
	acceptedAddress: ''
};

const organization: AddressValues = {
	...blank,
	address1: '165 Capitol Ave',
	address2: 'Room 101',
	city: 'Hartford',
	state: 'CT',
	postalCode: '06106'
};

describe('MainContactAddress', () => {
	it('copies the organization address into the fields when "Same as organization address" is checked', async () => {
		const user = userEvent.setup();
		const values = $state({ ...blank });
		render(MainContactAddress, {
			values,
			errors: {},
			revalidate: vi.fn(),
			organizationAddress: () => organization
		});
		expect(screen.getByLabelText(/Address Line 1/)).toHaveValue('');

		await user.click(screen.getByRole('checkbox', { name: 'Same as organization address' }));

		expect(values).toEqual(organization);
		expect(screen.getByLabelText(/Address Line 1/)).toHaveValue('165 Capitol Ave');
		expect(screen.getByLabelText(/City/)).toHaveValue('Hartford');
	});

	it('copies nothing without an organization address, or when the box is unchecked', async () => {
		const user = userEvent.setup();
		const values = $state({ ...blank });
		render(MainContactAddress, {
			values,
			errors: {},
			revalidate: vi.fn(),
			organizationAddress: () => undefined
		});
		const box = screen.getByRole('checkbox', { name: 'Same as organization address' });
		await user.click(box);
		expect(values).toEqual(blank);
		await user.click(box);
		expect(box).not.toBeChecked();
		expect(values).toEqual(blank);
	});
});
