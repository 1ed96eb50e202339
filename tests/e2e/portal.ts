/**
 * Helpers for the supplier portal's browser tests: a registered supplier in one step (the demo
 * tools' "Create sample supplier account"), logging in, and accepting the usage terms.
 */
import { expect, type Page } from '@playwright/test';

export interface SampleAccount {
	username: string;
	password: string;
	email: string;
}

/** The parent-fein persona (Sample Vendor LLC, Jane Doe). */
export const SAMPLE: SampleAccount = {
	username: 'SampleVendor',
	password: 'Harbor!2026x',
	email: 'jane.doe@samplevendor.example'
};

/** Registers a persona's organization through the demo tools; returns its credentials. */
export async function createSampleAccount(
	page: Page,
	options: { persona?: string; username?: string } = {}
): Promise<SampleAccount> {
	await page.goto('demo');
	const persona = page.getByLabel('Persona');
	if (options.persona) await persona.selectOption(options.persona);
	const username = page.getByLabel('UserName');
	if (options.username) await username.fill(options.username);
	const chosen = await username.inputValue();
	await page.getByRole('button', { name: 'Create sample supplier account' }).click();
	const status = page.getByRole('status').filter({ hasText: 'Created' });
	await expect(status).toContainText(`Username: ${chosen}`, { timeout: 15_000 });
	const text = (await status.textContent()) ?? '';
	const password = /Password: (\S+)/.exec(text)?.[1] ?? '';
	return { ...SAMPLE, username: chosen, password };
}

/** Fills the login form and presses Log In (does not wait for where it goes). */
export async function submitLogin(page: Page, login: string, password: string) {
	await page.getByLabel('Username / Email Address').fill(login);
	await page.getByLabel('Password', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Log In' }).click();
}

/** Opens /login (optionally with a query) and logs in. */
export async function logIn(page: Page, login: string, password: string, query = '') {
	await page.goto(`login${query}`);
	await submitLogin(page, login, password);
}

/** On the usage terms page: scroll the terms to the end and press Accept. */
export async function acceptUsageTerms(page: Page) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'WebProcure Usage Terms and Conditions'
	);
	const box = page.getByRole('region', { name: 'Terms and Conditions' });
	await box.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
	await page.getByRole('button', { name: 'Accept' }).click();
}

/** A new supplier, logged in, terms accepted, on the home dashboard. */
export async function signInAsNewSupplier(
	page: Page,
	options: { persona?: string; username?: string } = {}
): Promise<SampleAccount> {
	const account = await createSampleAccount(page, options);
	await logIn(page, account.username, account.password);
	await acceptUsageTerms(page);
	await expect(page).toHaveURL(/\/portal$/);
	return account;
}
