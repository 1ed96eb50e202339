/**
 * The next visitor at a shared computer: a new tab of the same browser profile, opened after the
 * previous person closed theirs. Nothing the previous person caused is readable there.
 */
import { expect, test } from '@playwright/test';
import { createSampleAccount } from '../e2e/portal';
import { recordFault, storageDump } from './faults';

test('the outbox shows no content or link of another tab’s e-mail', async ({ context, page }) => {
	test.slow();
	const account = await createSampleAccount(page);
	await page.goto('login/trouble');
	await page.getByLabel('Username / Email Address').fill(account.username);
	await page.getByRole('button', { name: 'Send Reset E-mail' }).click();
	await page.getByRole('link', { name: 'E-mail outbox' }).click();
	// The tab that asked for the reset reads its e-mail and its link.
	const own = page.getByRole('article', { name: 'WebProcure password reset' });
	await expect(own.getByRole('link', { name: /\/login\/reset\?token=/ })).toBeVisible();
	await page.close();

	const next = await context.newPage();
	await next.goto('outbox');
	const hidden = next.getByRole('article', { name: 'E-mail sent from another tab' });
	await expect(hidden.first()).toBeVisible();
	await expect(next.getByRole('article', { name: 'WebProcure password reset' })).toHaveCount(0);
	await expect(next.getByRole('link', { name: /token=/ })).toHaveCount(0);
	await expect(next.locator('main')).not.toContainText('token=');
	await expect(next.locator('main')).not.toContainText(account.username);
	const told = 'Its content is shown only in the browser tab that sent it.';
	await expect(hidden.first()).toContainText(told);
	recordFault({ fault: 'Next visitor opens the outbox', typed: 0, kept: 0, told });
});

test('a registration confirmation opens only in the tab that submitted it', async ({
	context,
	page
}) => {
	test.slow();
	const account = await createSampleAccount(page);
	const dump = await storageDump(page);
	const orgId = /"organizationId":"([^"]+)"/.exec(dump)?.[1];
	expect(orgId, 'the organization id in storage').toBeTruthy();
	await page.close();

	const next = await context.newPage();
	await next.goto(`register/confirmation?org=${orgId}`);
	const told = 'Registration confirmation not found';
	await expect(next.getByRole('heading', { name: told })).toBeVisible();
	await expect(next.locator('main')).not.toContainText(account.username);
	await expect(next.locator('main')).not.toContainText(account.email);
	recordFault({ fault: 'Next visitor opens a confirmation link', typed: 0, kept: 0, told });
});
