/**
 * The agency workspace beside the supplier portal, two pages in one browser: State staff sign in,
 * decline and approve a registration; the supplier's dashboard shows the status and what it
 * means; an approved supplier that changes its legal name returns to Pending.
 */
import type { Page } from '@playwright/test';
import { axeCheck, expect, test } from './fixtures';
import { signInAsNewSupplier } from './portal';
import { staffSignIn } from './procurement';

const card = (page: Page, name: string) =>
	page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });

test('agency staff decline and approve a registration; the supplier sees it and a legal name change sends it back', async ({
	page,
	context
}) => {
	test.slow();
	await signInAsNewSupplier(page);
	const status = page.getByRole('region', { name: /^Registration status/ });
	await expect(status).toHaveAccessibleName('Registration status: Pending');
	await expect(status).toContainText('have not reviewed your registration yet');

	const agency = await context.newPage();
	await staffSignIn(agency);
	const vendor = card(agency, 'Sample Vendor LLC');
	await expect(vendor).toContainText('Pending');
	await expect(vendor).toContainText('Jane Doe (jane.doe@samplevendor.example)');

	// A decline needs a reason, said by the field.
	await vendor.getByRole('button', { name: 'Decline Sample Vendor LLC' }).click();
	const reason = vendor.getByLabel(/Reason for declining/);
	await expect(reason).toBeFocused();
	await vendor.getByRole('button', { name: 'Decline registration' }).click();
	await expect(vendor.getByRole('alert')).toHaveText(
		'Enter the reason for declining the registration'
	);
	await expect(reason).toHaveAttribute('aria-invalid', 'true');
	await reason.fill('The FEIN does not match the legal name on file with the IRS.');
	await vendor.getByRole('button', { name: 'Decline registration' }).click();
	await expect(
		agency.getByRole('status').filter({ hasText: 'Declined the registration' })
	).toContainText('An e-mail went to jane.doe@samplevendor.example');
	await expect(vendor).toContainText('Reason: The FEIN does not match');
	expect((await axeCheck(agency)).violations).toEqual([]);

	await page.reload();
	await expect(status).toHaveAccessibleName('Registration status: Declined');
	await expect(status).toContainText('Reason: The FEIN does not match the legal name');
	await expect(status).toContainText('you receive no solicitation notifications');

	// Approve: the main contact is e-mailed (the agency's tab shows it in the outbox).
	await vendor.getByRole('button', { name: 'Approve Sample Vendor LLC' }).click();
	await expect(vendor.getByText('Approved', { exact: true })).toBeVisible();
	await agency.goto('outbox');
	await expect(
		agency.getByText('Sample Vendor LLC - Registration Approved', { exact: true }).first()
	).toBeVisible();

	await page.reload();
	await expect(status).toHaveAccessibleName('Registration status: Approved');

	// WebProcure's rule: a new legal name returns the registration to Pending, named in the history.
	await page.goto('portal/account/org');
	await page.locator('#legalName').fill('Sample Vendor Holdings LLC');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	await page.goto('portal/account');
	await expect(page.getByRole('table')).toContainText(
		'Registration status returned to Pending for review: the legal name changed'
	);
	await page.goto('portal');
	await expect(status).toHaveAccessibleName('Registration status: Pending');

	await agency.goto('agency');
	const renamed = card(agency, 'Sample Vendor Holdings LLC');
	await expect(renamed).toContainText('Pending');
	await expect(renamed).toContainText('Changed legal name');
	// The workspace fits a phone: nothing scrolls sideways at 320 px.
	await agency.setViewportSize({ width: 320, height: 800 });
	await expect(
		renamed.getByRole('button', { name: 'Approve Sample Vendor Holdings LLC' })
	).toBeVisible();
	expect(await agency.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		320
	);
	expect((await axeCheck(agency)).violations).toEqual([]);
	await agency.close();
});
