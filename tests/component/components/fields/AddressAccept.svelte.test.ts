/**
 * Accepting an unverified address as entered: one press on the guide's "here" (the portal), or
 * the guide's double click (a usability study's "as the guide" variant): two presses in a row,
 * so Enter pressed twice works by keyboard as well.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AddressFields from '$lib/components/fields/AddressFields.svelte';
import { ACCEPT_ADDRESS_CONTEXT } from '$lib/components/fields/accept-address';
import { addressNotFoundMessage } from '$lib/domain/registration/address';
import { personaValues } from '$lib/domain/registration/personas';

function setup(mode?: 'press' | 'double') {
	const values = {
		...personaValues('parent-fein').organization,
		postalCode: '10001',
		acceptedAddress: ''
	};
	const revalidate = vi.fn();
	render(AddressFields, {
		props: { values, errors: { postalCode: [addressNotFoundMessage(values)] }, revalidate },
		...(mode && { context: new Map([[ACCEPT_ADDRESS_CONTEXT, () => mode]]) })
	});
	const here = screen.getByRole('button', { name: /to use this address as entered/ });
	return { values, revalidate, here };
}

describe('accepting an unverified address', () => {
	it('takes one press in the portal', async () => {
		const { values, revalidate, here } = setup();
		await userEvent.click(here);
		expect(values.acceptedAddress).not.toBe('');
		expect(revalidate).toHaveBeenCalledWith('postalCode');
	});

	it('takes the guide’s double click in the “as the guide” variant (or Enter twice)', async () => {
		const mouse = setup('double');
		await userEvent.click(mouse.here);
		expect(mouse.values.acceptedAddress).toBe('');
		await userEvent.dblClick(mouse.here);
		expect(mouse.values.acceptedAddress).not.toBe('');
	});

	it('accepts Enter pressed twice in a row by keyboard', async () => {
		const keys = setup('double');
		keys.here.focus();
		await userEvent.keyboard('{Enter}');
		expect(keys.values.acceptedAddress).toBe('');
		await userEvent.keyboard('{Enter}');
		expect(keys.values.acceptedAddress).not.toBe('');
	});
});
