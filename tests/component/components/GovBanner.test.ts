import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import GovBanner from '$lib/components/GovBanner.svelte';

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
