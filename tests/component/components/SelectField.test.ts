import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SelectField from '$lib/components/SelectField.svelte';

const meta = { label: 'Business Type', required: true };
const options = ['Corporation', { value: 'llc', label: 'Limited Liability Company' }, 'A & B <Co>'];

describe('SelectField', () => {
	it('offers the placeholder and every option, labels written as text', () => {
		render(SelectField, { name: 'businessType', meta, value: '', options });
		const select = screen.getByRole('combobox', { name: /Business Type/ });
		expect(select).toHaveValue('');
		const names = screen.getAllByRole('option').map((o) => o.textContent);
		expect(names).toEqual(['—Select—', 'Corporation', 'Limited Liability Company', 'A & B <Co>']);
		expect(screen.getByRole('option', { name: 'A & B <Co>' })).toHaveValue('A & B <Co>');
	});

	it('shows the value it starts with, and a choice reaches onchange', async () => {
		const chosen: string[] = [];
		render(SelectField, {
			name: 'businessType',
			meta,
			value: 'llc',
			options,
			onchange: (v: string) => chosen.push(v)
		});
		const select = screen.getByRole('combobox', { name: /Business Type/ });
		expect(select).toHaveValue('llc');
		await userEvent.selectOptions(select, 'A & B <Co>');
		expect(select).toHaveValue('A & B <Co>');
		expect(chosen).toEqual(['A & B <Co>']);
	});
});
