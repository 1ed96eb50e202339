import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TinPair from '$lib/components/fields/TinPair.svelte';

describe('TinPair', () => {
	it('shows the FEIN and its confirmation, "--OR--", then the SSN and its confirmation', () => {
		const values = $state({ fein: '', feinConfirm: '', ssn: '', ssnConfirm: '' });
		const { container } = render(TinPair, { values, errors: {} });
		const ids = [...container.querySelectorAll('input')].map((input) => input.id);
		expect(ids).toEqual(['fein', 'feinConfirm', 'ssn', 'ssnConfirm']);
		const or = screen.getByText('--OR--');
		expect(or).toHaveAttribute('aria-hidden', 'true');
		expect(
			container.querySelector('#feinConfirm')!.compareDocumentPosition(or) &
				Node.DOCUMENT_POSITION_FOLLOWING
		).toBeTruthy();
		expect(
			or.compareDocumentPosition(container.querySelector('#ssn')!) &
				Node.DOCUMENT_POSITION_FOLLOWING
		).toBeTruthy();
		expect(screen.getAllByText('--OR--')).toHaveLength(1);
	});

	it('Clear empties one number and its confirmation and moves focus to the number', async () => {
		const user = userEvent.setup();
		const values = $state({
			fein: '12-3456789',
			feinConfirm: '12-3456789',
			ssn: '123-45-6789',
			ssnConfirm: '123-45-6789'
		});
		render(TinPair, { values, errors: {} });

		const [clearFein, clearSsn] = screen.getAllByRole('button');
		expect(clearFein).toHaveTextContent(/^Clear\s*Federal Employer Identification Number$/);
		expect(clearSsn).toHaveTextContent(/^Clear\s*Social Security Number$/);
		await user.click(clearFein!);
		expect(values).toEqual({
			fein: '',
			feinConfirm: '',
			ssn: '123-45-6789',
			ssnConfirm: '123-45-6789'
		});
		expect(document.activeElement?.id).toBe('fein');

		await user.click(clearSsn!);
		expect(values).toEqual({ fein: '', feinConfirm: '', ssn: '', ssnConfirm: '' });
		expect(document.activeElement?.id).toBe('ssn');
	});
});
