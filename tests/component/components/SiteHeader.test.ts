import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SiteHeader from '$lib/components/SiteHeader.svelte';
import GovBanner from '$lib/components/GovBanner.svelte';

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

describe('GovBanner', () => {
	it('reveals how to know it is official', async () => {
		const user = userEvent.setup();
		render(GovBanner);
		const button = screen.getByRole('button', { name: 'Here’s how you know' });
		expect(screen.queryByText('Official websites use .gov')).not.toBeVisible();
		await user.click(button);
		expect(button).toHaveAttribute('aria-expanded', 'true');
		expect(screen.getByText('Official websites use .gov')).toBeVisible();
	});
});
