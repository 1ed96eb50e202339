/**
 * Faults never cost typing: each case types into the registration wizard or a portal form, lets
 * the browser fail (no IndexedDB, a full disk, another tab upgrading or clearing the database,
 * the network gone, the tab killed without `pagehide`), and counts the keystrokes still there.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { acceptUsageTerms, createSampleAccount, logIn, type SampleAccount } from '../e2e/portal';
import { agree, nextButton, pressEnter, startRegistration } from '../e2e/wizard';
import {
	duplicateTab,
	recordFault,
	sessionSnapshot,
	tabWithSession,
	type FaultRow
} from './faults';

const LEGAL = 'Legal Name of Entity/Individual (As shown on your income tax return)';
const legalName = (page: Page) => page.getByRole('textbox', { name: LEGAL });

/** Types `text` key by key (each character a keystroke); returns how many were typed. */
async function typeKeys(field: Locator, text: string): Promise<number> {
	await field.click();
	await field.pressSequentially(text);
	return text.length;
}

/** Keystrokes of `typed` still in `field` (the longest common start: a lost tail counts as lost). */
async function keptIn(field: Locator, typed: string): Promise<number> {
	const value = await field.inputValue();
	let n = 0;
	while (n < typed.length && value[n] === typed[n]) n++;
	return n;
}

/** A new supplier, logged in, on Edit Contacts; returns the account. */
async function contactsPage(page: Page): Promise<SampleAccount> {
	const account = await createSampleAccount(page);
	await logIn(page, account.username, account.password);
	await acceptUsageTerms(page);
	await expect(page).toHaveURL(/\/portal$/); // the acceptance is stored
	await page.goto('portal/account/contacts');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit Contacts');
	return account;
}

/**
 * Waits for every keystroke of `text` to be back in `field`, and records the case's row with the
 * keystrokes found there (also when they do not all come back: the table shows what was lost).
 */
async function expectKept(field: Locator, text: string, row: Omit<FaultRow, 'kept'>) {
	try {
		await expect(field).toHaveValue(text);
	} finally {
		recordFault({ ...row, kept: await keptIn(field, text) });
	}
}

/** Opens Step 2 (Organization Information) of a new registration. */
async function stepTwo(page: Page) {
	await startRegistration(page);
	await agree(page);
}

test('the browser’s Back from Step 2, then Next: the same registration, every keystroke', async ({
	page
}) => {
	await stepTwo(page);
	const text = 'Back Button Bakery LLC';
	const typed = await typeKeys(legalName(page), text);
	await page.goBack();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Supplier Registration' })
	).toBeVisible();
	const agreed = page.getByRole('checkbox', { name: 'Yes, I agree.' });
	await expect(agreed).toBeChecked();
	await pressEnter(nextButton(page));
	await expectKept(legalName(page), text, {
		fault: 'Browser Back from Step 2, then Next',
		typed,
		told: '(nothing needed: Step 1 of the same registration)'
	});
});

test('IndexedDB unavailable, then reload: the tab’s copy brings everything back', async ({
	page
}) => {
	// Private modes and locked-down browsers refuse IndexedDB; the init script runs before the app.
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
	});
	await stepTwo(page);
	const told = 'Your progress is not being saved in this browser.';
	await expect(page.getByText(told)).toBeVisible();
	const text = 'Memory Mode Supplies LLC';
	const typed = await typeKeys(legalName(page), text);
	await page.reload();
	await expectKept(legalName(page), text, {
		fault: 'IndexedDB unavailable, then reload',
		typed,
		told
	});
});

test('quota exceeded on save: told, nothing lost, saved once there is room', async ({ page }) => {
	// A full disk: every IndexedDB write fails with the browser's quota error while `__full` is set.
	await page.addInitScript(() => {
		const w = window as unknown as { __full: boolean };
		w.__full = false;
		for (const method of ['put', 'add'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
				if (w.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return (original as (...a: unknown[]) => IDBRequest).apply(this, args);
			} as never;
		}
	});
	await stepTwo(page);
	await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = true));
	const text = 'Full Disk Fabrication Inc';
	const typed = await typeKeys(legalName(page), text);
	const alert = page
		.getByRole('alert')
		.filter({ hasText: 'What you entered is still on this page.' });
	await expect(alert).toBeVisible();
	const told = ((await alert.textContent()) ?? '').replace(/\s+/g, ' ').trim();
	expect(told).toMatch(/full|space|storage/i);

	// A reload now (the disk still full) keeps it from this tab's copy.
	await page.reload();
	await expect(legalName(page)).toHaveValue(text);

	// Room again: Try saving again stores it.
	await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = false));
	await legalName(page).press('End');
	await legalName(page).press('Space');
	await legalName(page).press('Backspace');
	await expect(page.getByText(/All changes saved/)).toBeVisible();
	await expectKept(legalName(page), text, {
		fault: 'Quota exceeded on save, then reload',
		typed,
		told: told.replace(' Try saving again', '')
	});
});

test('a second tab upgrades the database mid-session: told to reload, nothing lost', async ({
	context,
	page
}) => {
	await stepTwo(page);
	const first = 'Upgrade ';
	let typed = await typeKeys(legalName(page), first);
	await expect(page.getByText(/All changes saved/)).toBeVisible();

	// A newer version of the portal opens in another tab and upgrades the database.
	const other = await context.newPage();
	await other.goto('./');
	await other.evaluate(async () => {
		const current = await new Promise<number>((resolve, reject) => {
			const r = indexedDB.open('ctsource');
			r.onsuccess = () => {
				resolve(r.result.version);
				r.result.close();
			};
			r.onerror = () => reject(r.error);
		});
		await new Promise<void>((resolve, reject) => {
			const r = indexedDB.open('ctsource', current + 1);
			r.onsuccess = () => {
				r.result.close();
				resolve();
			};
			r.onerror = () => reject(r.error);
		});
	});
	const told = 'CTsource was updated in another tab. Reload this page to keep saving your work.';
	await expect(page.getByText(told)).toBeVisible();

	// Typing goes on in the older tab; then the person reloads as told.
	const text = `${first}Underway LLC`;
	typed += await typeKeys(legalName(page), 'Underway LLC');
	await page.reload();
	await expectKept(legalName(page), text, {
		fault: 'A second tab upgrades the database mid-session',
		typed,
		told
	});
});

test('two tabs edit one draft: the older tab keeps its version when it says so', async ({
	context,
	page
}) => {
	await stepTwo(page);
	await pressEnter(page.getByRole('button', { name: 'Save and Return Later' }));
	const link = (await page.locator('#resume-link').getAttribute('href'))!;
	const other = await context.newPage();
	await other.goto(link);
	await typeKeys(legalName(other), 'Tab Two Trading');
	await expect(other.getByText(/All changes saved/)).toBeVisible();
	const told = 'This registration was changed in another tab';
	await expect(page.getByRole('heading', { name: told })).toBeVisible();

	const text = 'Tab One Trading';
	const typed = await typeKeys(legalName(page), text);
	await pressEnter(page.getByRole('button', { name: 'Keep my version' }));
	await expect(page.getByText(/All changes saved/)).toBeVisible();
	await other.close();

	// The link, opened afresh, has the older tab's typing.
	const later = await context.newPage();
	await later.goto(link);
	await expectKept(legalName(later), text, {
		fault: 'Two tabs edit one draft (Keep my version)',
		typed,
		told
	});
});

test('offline mid-wizard: Next is refused with a message, the typing stays', async ({
	context,
	page
}) => {
	await stepTwo(page);
	await context.setOffline(true);
	const text = 'Offline Outfitters LLC';
	const typed = await typeKeys(legalName(page), text);
	await pressEnter(nextButton(page));
	// Step 2 is not complete, so Next shows the summary; nothing needs the network to say so.
	await expect(page.getByRole('region', { name: 'There is a problem' })).toBeVisible();
	await expect(page.getByText(/All changes saved/)).toBeVisible();
	// Back online, a reload (the browser's own retry) has it all.
	await context.setOffline(false);
	await page.reload();
	await expectKept(legalName(page), text, {
		fault: 'Offline mid-wizard, then reload online',
		typed,
		told: 'Saved in this browser while offline (All changes saved)'
	});
});

test('the tab is killed right after a keystroke (no pagehide): reopening it brings it all back', async ({
	context,
	page
}) => {
	await stepTwo(page);
	const text = 'Crash Test Components';
	const typed = await typeKeys(legalName(page), text);
	// No wait for the autosave. The browser keeps a tab's sessionStorage when it reopens or
	// reloads a crashed tab: the reopened tab starts with what this tab holds now.
	const url = page.url();
	const kept = await sessionSnapshot(page);
	// The renderer is killed at once: no pagehide, no visibilitychange, no unload.
	const cdp = await context.newCDPSession(page);
	const crashed = page.waitForEvent('crash');
	void cdp.send('Page.crash').catch(() => undefined); // never answers: the renderer is gone
	await crashed;
	const reopened = await tabWithSession(context, kept);
	await reopened.goto(url);
	await expectKept(legalName(reopened), text, {
		fault: 'Tab killed right after a keystroke (no pagehide), reopened',
		typed,
		told: '(nothing: the tab was gone)'
	});
});

test('storage cleared under an open portal form: told, the typing stays on the page', async ({
	context,
	page
}) => {
	test.slow(); // an account and a login with its 600,000-iteration hash
	await contactsPage(page);
	await page.getByRole('button', { name: 'Add Solicitation Notification Contact' }).click();
	const first = page.locator('#solFirstName');
	const text = 'Annabelle';
	const typed = await typeKeys(first, text);

	// Another tab (or the browser's "clear site data") removes everything stored.
	const other = await context.newPage();
	await other.goto('./');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const r = indexedDB.deleteDatabase('ctsource');
				r.onsuccess = () => resolve();
				r.onerror = () => reject(r.error);
			})
	);
	await other.close();

	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const told =
		'This browser’s CTsource data was cleared while this page was open, so nothing more can be saved here.';
	await expect(page.getByText(told).first()).toBeVisible();
	await expect(page).toHaveURL(/\/portal\/account\/contacts$/);
	await expectKept(first, text, {
		fault: 'Storage cleared under an open portal form',
		typed,
		told
	});
});

test('a session ended in another tab keeps the unsaved form for the same user’s next login', async ({
	context,
	page
}) => {
	test.slow();
	const account = await contactsPage(page);
	const phone = page.locator('#phone');
	await phone.fill('');
	const text = '8605550199';
	const typed = await typeKeys(phone, text);

	// Leaving with unsaved changes asks first; Cancel stays with the typing.
	page.once('dialog', (dialog) => void dialog.dismiss());
	await page.getByRole('link', { name: 'My Account' }).first().click();
	await expect(page).toHaveURL(/\/portal\/account\/contacts$/);
	await expect(phone).toHaveValue(text);

	// A duplicated tab of the same session logs out: this tab's session ends.
	const twin = await duplicateTab(context, page);
	await twin.goto('portal');
	await twin.getByRole('button', { name: 'Jane Doe' }).click();
	await twin.getByRole('button', { name: 'Logout' }).click();
	await expect(twin).toHaveURL(/\/login$/);

	const told =
		'What you typed and had not saved is kept in this browser tab until you log in again here.';
	await expect(page).toHaveURL(/\/login\?reason=ended&redirect=/);
	await expect(page.getByText(told)).toBeVisible();
	await page.getByLabel('Username / Email Address').fill(account.username);
	await page.getByLabel('Password', { exact: true }).fill(account.password);
	await page.getByRole('button', { name: 'Log In' }).click();
	await expect(page).toHaveURL(/\/portal\/account\/contacts$/);
	await expect(
		page.getByText('What you typed before your session ended is back in the form.')
	).toBeVisible();
	// The phone field formats what was typed: compare digits.
	const digits = (await phone.inputValue()).replace(/\D/g, '');
	expect(digits).toBe(text);
	recordFault({
		fault: 'Session ended in another tab under an unsaved portal form, logged in again',
		typed,
		kept: digits === text ? typed : 0,
		told
	});
});
