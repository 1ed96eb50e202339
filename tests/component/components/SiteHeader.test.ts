import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SiteHeader from '$lib/components/SiteHeader.svelte';

describe('SiteHeader', () => {
	it('lists the five CTsource sections in the primary navigation', () => {
		render(SiteHeader);
		const nav = screen.getByRole('navigation', { name: 'Primary navigation' });
		const links = Array.from(nav.querySelectorAll('a')).map((a) => a.textContent?.trim());
		expect(links).toEqual([
			'Bid Board',
			'Contract Board',
			'Supplier Registration',
			'Log In',
			'Agency Resources'
		]);
	});

	it('opens the menu with the Menu button and closes it with Escape, returning focus', async () => {
		const user = userEvent.setup();
		render(SiteHeader);
		const menu = screen.getByRole('button', { name: 'Menu' });
		const nav = screen.getByRole('navigation', { name: 'Primary navigation' });
		expect(menu).toHaveAttribute('aria-expanded', 'false');
		await user.click(menu);
		expect(menu).toHaveAttribute('aria-expanded', 'true');
		expect(nav).toHaveClass('is-visible');
		await user.keyboard('{Escape}');
		expect(menu).toHaveAttribute('aria-expanded', 'false');
		expect(nav).not.toHaveClass('is-visible');
		expect(menu).toHaveFocus();
	});
});
