import { render, screen, within } from '@testing-library/svelte';
import PasswordRules from '$lib/components/fields/PasswordRules.svelte';

describe('PasswordRules', () => {
	it('ticks each rule the password meets and says so to a screen reader', () => {
		render(PasswordRules, { password: 'abcdefgh', username: 'Alice' });
		const list = screen.getByRole('list', { name: 'Password rules' });
		const items = within(list).getAllByRole('listitem');
		expect(items.length).toBeGreaterThan(3);
		expect(
			within(list)
				.getByText(/A lower-case letter/)
				.closest('li')
		).toHaveTextContent(/: met$/);
		expect(
			within(list)
				.getByText(/An upper-case letter/)
				.closest('li')
		).toHaveTextContent(/: not met yet$/);
	});

	it('speaks of "your UserName" to the person, "the UserName" when choosing for another user', () => {
		const { unmount } = render(PasswordRules, { password: '', username: 'alice' });
		const own = screen.getByRole('list', { name: 'Password rules' }).textContent ?? '';
		unmount();
		render(PasswordRules, { password: '', username: 'alice', forAnotherUser: true });
		const other = screen.getByRole('list', { name: 'Password rules' }).textContent ?? '';
		expect(own).toContain('your UserName');
		expect(other).toContain('the UserName');
		expect(other).not.toContain('your UserName');
	});
});
