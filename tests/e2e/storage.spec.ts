import { expect, test } from './fixtures';
import { nextButton, pressEnter, setCheckbox, storedDraftCount } from './wizard';

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

test('IndexedDB that does not answer at first: the wizard carries on in this tab, says so, and moves into IndexedDB once it answers', async ({
	page
}) => {
	test.slow(); // two waits of a few seconds for storage, on a busy machine
	// WebKit can leave the first indexedDB.open of a fresh session pending for ever. The init
	// script does that here on every page load (a request that never fires), until told to answer.
	await page.addInitScript(() => {
		const open = IDBFactory.prototype.open;
		let wedged = true;
		Object.assign(window, { answerStorage: () => (wedged = false) });
		IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
			if (!wedged || name !== 'ctsource') return open.call(this, name, version);
			return Object.setPrototypeOf(new EventTarget(), IDBOpenDBRequest.prototype);
		};
	});
	const waiting = page.getByText('This browser’s storage is not answering yet.');
	await page.goto('./register');
	await setCheckbox(page.getByRole('checkbox', { name: 'Yes, I agree.' }), true);
	await pressEnter(nextButton(page));
	const legal = page.getByRole('textbox', {
		name: 'Legal Name of Entity/Individual (As shown on your income tax return)'
	});
	await legal.fill('Patient Storage LLC');
	await expect(waiting).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText(/^All changes kept in this tab at/)).toBeVisible();

	// A reload while storage still does not answer: the draft comes back from the tab's copy.
	await page.reload();
	await expect(legal).toHaveValue('Patient Storage LLC', { timeout: 20_000 });
	await expect(waiting).toBeVisible();
	await legal.fill('Patient Storage LLC, Inc.');
	await expect(page.getByText(/^All changes kept in this tab at/)).toBeVisible();

	// Storage answers: what was typed moves into IndexedDB, and the warning goes away.
	await page.evaluate(() => (window as unknown as { answerStorage: () => void }).answerStorage());
	await expect(waiting).toBeHidden({ timeout: 20_000 });
	await legal.press('End');
	await legal.pressSequentially('!');
	await expect(page.getByText(/^All changes saved at/)).toBeVisible();
	expect(await storedDraftCount(page)).toBe(1);

	// Reloaded, and storage is slow again: with no copy left in the tab (the draft is in IndexedDB),
	// the step waits for it under the warning instead of opening empty.
	await page.reload();
	await expect(waiting).toBeVisible({ timeout: 20_000 });
	await expect(
		page.getByRole('status').filter({ hasText: 'Loading your registration…' })
	).toBeVisible();
	await page.evaluate(() => (window as unknown as { answerStorage: () => void }).answerStorage());
	await expect(legal).toHaveValue('Patient Storage LLC, Inc.!', { timeout: 20_000 });
	await expect(waiting).toBeHidden();
});
