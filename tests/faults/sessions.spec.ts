/**
 * Sessions end everywhere at once: a password reset, a logout in a duplicated tab, a suspension.
 * Two tabs of one browser profile (one context), as on a shared computer.
 */
import { expect, test, type Page } from '@playwright/test';
import { acceptUsageTerms, createSampleAccount, logIn, submitLogin } from '../e2e/portal';
import { duplicateTab, recordFault } from './faults';

test.slow(); // whole flows: an account, a login with its 600,000-iteration hash, a reset

const ENDED = 'Your session has ended. Log in again to continue.';

async function userMenuLogout(page: Page) {
	await page.getByRole('button', { name: 'Jane Doe' }).click();
	await page.getByRole('button', { name: 'Logout' }).click();
}

test('a password reset in one tab ends the session open in another', async ({ context, page }) => {
	const account = await createSampleAccount(page);
	await logIn(page, account.username, account.password);
	await acceptUsageTerms(page);
	await expect(page).toHaveURL(/\/portal$/);

	// Someone else at the same browser, in a second tab, resets the password.
	const other = await context.newPage();
	await other.goto('login/trouble');
	await other.getByLabel('Username / Email Address').fill(account.username);
	await other.getByRole('button', { name: 'Send Reset E-mail' }).click();
	await other.getByRole('link', { name: 'E-mail outbox' }).click();
	const email = other.getByRole('article', { name: 'WebProcure password reset' });
	await email.getByRole('link', { name: /\/login\/reset\?token=/ }).click();
	const fresh = 'Fresh!Start2027';
	await other.getByLabel(/^New Password/).fill(fresh);
	await other.getByLabel('Confirm New Password').fill(fresh);
	await other.getByRole('button', { name: 'Save New Password' }).click();
	await expect(other).toHaveURL(/\/login\?reset=1$/);

	// The first tab is signed out at once, without doing anything, and told why.
	await expect(page).toHaveURL(/\/login\?reason=ended&redirect=/);
	await expect(page.getByText(ENDED)).toBeVisible();
	// Opening the portal again in that tab asks for a login: the session is gone.
	await page.goto('portal/account');
	await expect(page).toHaveURL(/\/login\?redirect=%2Fportal%2Faccount$/);
	recordFault({ fault: 'Password reset in another tab', typed: 0, kept: 0, told: ENDED });
});

test('a duplicated tab shares its twin’s session and ends with it', async ({ context, page }) => {
	const account = await createSampleAccount(page);
	await logIn(page, account.username, account.password);
	await acceptUsageTerms(page);
	await expect(page).toHaveURL(/\/portal$/);

	// "Duplicate tab" copies sessionStorage: the twin opens signed in.
	const twin = await duplicateTab(context, page);
	await twin.goto('portal/account');
	await expect(twin.getByRole('heading', { level: 1 })).toHaveText(
		'Welcome to Profile Administration'
	);

	await userMenuLogout(page);
	await expect(page.getByText('You have logged out.')).toBeVisible();

	// The twin is signed out at once, and told why.
	await expect(twin).toHaveURL(/\/login\?reason=ended&redirect=%2Fportal%2Faccount/);
	await expect(twin.getByText(ENDED)).toBeVisible();
	// Its session is gone: logging in again starts a new one.
	await submitLogin(twin, account.username, account.password);
	await expect(twin).toHaveURL(/\/portal\/account$/);
	recordFault({ fault: 'Logout in a duplicated tab', typed: 0, kept: 0, told: ENDED });
});
