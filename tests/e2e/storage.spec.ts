import { expect, test } from './fixtures';
import { nextButton, pressEnter, setCheckbox } from './wizard';

test('without IndexedDB the portal still works and says progress is not being saved', async ({
	page
}) => {
	// Private modes and locked-down browsers refuse IndexedDB; the init script runs before the app.
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
	});
	await page.goto('./register/instructions');
	await expect(page.getByText('Your progress is not being saved in this browser.')).toBeVisible();
	await setCheckbox(page.getByRole('checkbox', { name: 'Yes, I agree.' }), true);
	await pressEnter(nextButton(page));
	const legal = page.getByRole('textbox', {
		name: 'Legal Name of Entity/Individual (As shown on your income tax return)'
	});
	await legal.fill('Memory Only LLC');
	await expect(legal).toHaveValue('Memory Only LLC');
	await expect(page.getByText('Your progress is not being saved in this browser.')).toBeVisible();
});
