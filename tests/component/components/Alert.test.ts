import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import Alert, { defaultRole, type AlertType } from '$lib/components/Alert.svelte';

/** The alert box (the element carrying `usa-alert`). */
function box(container: HTMLElement): HTMLElement {
	const el = container.querySelector<HTMLElement>('.usa-alert');
	if (!el) throw new Error('no alert rendered');
	return el;
}

describe('Alert', () => {
	const roles: [AlertType, string | null][] = [
		['error', 'alert'],
		['success', 'status'],
		['warning', null],
		['info', null],
		['emergency', null]
	];

	it.each(roles)('a %s alert has its USWDS class and role %s by default', (type, role) => {
		const { container } = render(Alert, { type, text: `A ${type} message` });
		const el = box(container);
		expect(el).toHaveClass('usa-alert', `usa-alert--${type}`);
		expect(el).not.toHaveClass('usa-alert--slim');
		expect(el.getAttribute('role')).toBe(role);
		expect(defaultRole(type)).toBe(role ?? 'none');
		expect(el.querySelector('.usa-alert__body > p.usa-alert__text')).toHaveTextContent(
			`A ${type} message`
		);
		if (role) expect(screen.getByRole(role)).toBe(el);
	});

	it('is an info alert by default, and slim on request', () => {
		const { container } = render(Alert, { slim: true, text: 'Note' });
		expect(box(container)).toHaveClass('usa-alert--info', 'usa-alert--slim');
		expect(box(container).className).toBe('usa-alert usa-alert--info usa-alert--slim');
	});

	it('adds extra classes to the box', () => {
		const { container } = render(Alert, { type: 'warning', class: 'ct-hook', text: 'x' });
		expect(box(container).className).toBe('usa-alert usa-alert--warning ct-hook');
	});

	it('renders the heading at level 2 by default, or at the level asked', () => {
		render(Alert, { type: 'error', heading: 'Default level' });
		expect(screen.getByRole('heading', { level: 2, name: 'Default level' })).toHaveClass(
			'usa-alert__heading'
		);
		render(Alert, { type: 'error', heading: 'Level four', headingLevel: 4 });
		expect(screen.getByRole('heading', { level: 4, name: 'Level four' })).toBeInTheDocument();
	});

	it('takes an explicit role over the default', () => {
		const { container } = render(Alert, { type: 'warning', role: 'alert', text: 'Now' });
		expect(screen.getByRole('alert')).toBe(box(container));
		render(Alert, { type: 'error', role: 'status', text: 'Quietly' });
		expect(screen.getByRole('status')).toHaveTextContent('Quietly');
	});

	it('carries no live role with role none, even for an error or a success', () => {
		const { container } = render(Alert, { type: 'error', role: 'none', text: 'Silent' });
		expect(box(container)).not.toHaveAttribute('role');
		render(Alert, { type: 'success', role: 'none', text: 'Also silent' });
		expect(screen.queryByRole('alert')).toBeNull();
		expect(screen.queryByRole('status')).toBeNull();
	});

	it('puts the live role on the body with roleOnBody', () => {
		const { container } = render(Alert, { type: 'error', roleOnBody: true, text: 'x' });
		expect(box(container)).not.toHaveAttribute('role');
		expect(screen.getByRole('alert')).toHaveClass('usa-alert__body');
	});

	it('as a named container, is a region or group and the live role moves to the body', () => {
		const { container } = render(Alert, {
			type: 'error',
			container: 'region',
			label: 'Problems',
			text: 'x'
		});
		expect(screen.getByRole('region', { name: 'Problems' })).toBe(box(container));
		expect(screen.getByRole('alert')).toHaveClass('usa-alert__body');

		const heading = createRawSnippet(() => ({
			render: () => '<h4 class="usa-alert__heading" id="confirm-heading">Remove it?</h4>'
		}));
		render(Alert, {
			type: 'warning',
			container: 'group',
			labelledby: 'confirm-heading',
			children: heading
		});
		const group = screen.getByRole('group', { name: 'Remove it?' });
		expect(group.querySelector('.usa-alert__body')).not.toHaveAttribute('role');
	});

	it('as a complementary container, is a named note (what an aside is)', () => {
		const { container } = render(Alert, {
			slim: true,
			container: 'complementary',
			label: 'Prototype note',
			text: 'x'
		});
		expect(screen.getByRole('complementary', { name: 'Prototype note' })).toBe(box(container));
		expect(box(container).querySelector('.usa-alert__body')).not.toHaveAttribute('role');
	});

	it('starts its text content with the text (no white space before it)', () => {
		const { container } = render(Alert, {
			type: 'success',
			slim: true,
			role: 'none',
			text: 'Saved.'
		});
		expect(box(container).textContent).toBe('Saved.');
	});

	it('renders children after the text, inside the body', () => {
		const children = createRawSnippet(() => ({
			render: () => '<button type="button">Try again</button>'
		}));
		const { container } = render(Alert, { type: 'error', text: 'Failed', children });
		const body = box(container).querySelector('.usa-alert__body');
		expect(body?.children[0]).toHaveTextContent('Failed');
		expect(body?.children[1]).toBe(screen.getByRole('button', { name: 'Try again' }));
	});

	it('is focusable from script with tabindex -1 and an id', () => {
		const { container } = render(Alert, { type: 'error', id: 'a1', tabindex: -1, text: 'x' });
		expect(box(container)).toHaveAttribute('tabindex', '-1');
		expect(box(container)).toHaveAttribute('id', 'a1');
	});

	it('as a site alert, is a named section with its type and a plain alert box inside', () => {
		const { container } = render(Alert, {
			site: true,
			type: 'emergency',
			label: 'Storage warning',
			text: 'Not saved'
		});
		const section = screen.getByRole('region', { name: 'Storage warning' });
		expect(section.tagName).toBe('SECTION');
		expect(section.className).toBe('usa-site-alert usa-site-alert--emergency');
		expect(box(container).className).toBe('usa-alert');
		expect(box(container).parentElement).toBe(section);
		expect(box(container)).not.toHaveAttribute('role');
		expect(box(container)).toHaveTextContent('Not saved');
	});
});
