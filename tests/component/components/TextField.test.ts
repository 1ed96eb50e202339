import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TextField from '$lib/components/TextField.svelte';

describe('TextField', () => {
	it('reads label, required flag, limit and hint from meta; the id is the name', () => {
		render(TextField, {
			name: 'legalName',
			meta: { label: 'Legal Name', required: true, max: 10, hint: 'As registered' },
			value: 'Acme'
		});
		const input = screen.getByRole('textbox', { name: /Legal Name/ });
		expect(input).toHaveAttribute('id', 'legalName');
		expect(input).toHaveAttribute('name', 'legalName');
		expect(input).toHaveAttribute('aria-required', 'true');
		expect(input).toHaveAttribute('aria-describedby', 'legalName-hint legalName-count');
		expect(screen.getByText('6 characters left')).toBeInTheDocument();
	});

	it('without meta: an id apart from the name, explicit label, required and maxLength', () => {
		render(TextField, {
			id: 'form2-title',
			name: 'title',
			label: 'Title',
			required: true,
			maxLength: 5,
			value: 'abcdefg',
			error: 'Too long'
		});
		const input = screen.getByRole('textbox', { name: /Title/ });
		expect(input).toHaveAttribute('id', 'form2-title');
		expect(input).toHaveAttribute('name', 'title');
		expect(input).toHaveAttribute('aria-required', 'true');
		expect(input).toHaveAttribute('aria-invalid', 'true');
		expect(input).toHaveAttribute('aria-describedby', 'form2-title-count form2-title-error');
		expect(screen.getByText('2 characters over limit')).toBeInTheDocument();
		const label = document.querySelector('label[for="form2-title"]');
		expect(label).toHaveTextContent(/^Title/);
		expect(label?.querySelector('.ct-required')).toHaveAttribute('aria-hidden', 'true');
	});

	it('is not required by default without meta', () => {
		render(TextField, { id: 'x-notes', name: 'notes', label: 'Notes', value: '' });
		const input = screen.getByRole('textbox', { name: 'Notes' });
		expect(input).toHaveAttribute('aria-required', 'false');
		expect(input).not.toHaveAttribute('aria-describedby');
	});

	it('renders a textarea with rows', () => {
		render(TextField, {
			id: 's-outreach',
			name: 'outreach',
			label: 'Outreach',
			rows: 5,
			maxLength: 100,
			value: ''
		});
		const area = screen.getByRole('textbox', { name: 'Outreach' });
		expect(area.tagName).toBe('TEXTAREA');
		expect(area).toHaveAttribute('rows', '5');
		expect(area).toHaveAttribute('name', 'outreach');
		expect(area).toHaveClass('usa-textarea');
		expect(area).toHaveAttribute('aria-describedby', 's-outreach-count');
	});

	it('shows a suffix after the input, hidden from screen readers', () => {
		render(TextField, {
			id: 's-veterans',
			name: 'veterans',
			label: 'Veterans (%)',
			suffix: '%',
			width: 'usa-input--small',
			value: ''
		});
		const input = screen.getByRole('textbox', { name: 'Veterans (%)' });
		expect(input).toHaveClass('usa-input', 'usa-input--small');
		const suffix = input.nextElementSibling;
		expect(suffix).toHaveTextContent('%');
		expect(suffix).toHaveAttribute('aria-hidden', 'true');
	});

	it('formats what is typed', async () => {
		const user = userEvent.setup();
		render(TextField, {
			name: 'code',
			label: 'Code',
			value: '',
			format: (v: string) => v.toUpperCase()
		});
		const input = screen.getByRole('textbox', { name: 'Code' });
		await user.type(input, 'ab');
		expect(input).toHaveValue('AB');
	});
});
