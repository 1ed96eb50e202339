/**
 * Where the portal once differed from the guide without a reason (#16, part 2): each check reads
 * the guide's words or its placement in Chromium. The address "here" and the dashboard reminders
 * are checked in register.spec and dashboard.spec.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signInAsNewSupplier } from './portal';
import { agree, startRegistration } from './wizard';

async function box(locator: Locator) {
	const b = await locator.boundingBox();
	if (!b) throw new Error('not on screen');
	return b;
}

/** `right` starts to the right of `left`'s end and shares its line. */
async function expectBesideRight(left: Locator, right: Locator) {
	const a = await box(left);
	const b = await box(right);
	expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
	expect(b.y).toBeLessThan(a.y + a.height);
	expect(b.y + b.height).toBeGreaterThan(a.y);
}

async function openOrganizationStep(page: Page) {
	await startRegistration(page);
	await agree(page);
	await expect(
		page.getByRole('textbox', { name: 'Federal Employer Identification Number', exact: true })
	).toBeVisible();
}

for (const width of [1280, 320]) {
	test(`Step 2 at ${width} px: Clear to the right of the FEIN and SSN, the State/Province hint in the guide's words`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await openOrganizationStep(page);
		for (const name of ['Federal Employer Identification Number', 'Social Security Number']) {
			const field = page.getByRole('textbox', { name, exact: true });
			const clear = page.getByRole('button', { name: `Clear ${name}` });
			await expectBesideRight(field, clear);
		}
		await expect(
			page.getByRole('combobox', { name: 'State/Province' })
		).toHaveAccessibleDescription(
			'If your organization is located outside of the continental United States, choose the last option, listed as Other.'
		);
	});
}

test("Attachments carry the guide's note that no health information may be uploaded", async ({
	page
}) => {
	await signInAsNewSupplier(page);
	for (const path of ['portal/account/ct/attachments', 'portal/account/attachments']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Attachments/);
		await expect(
			page
				.getByRole('main')
				.getByText(
					'No personal and confidential health related information should be uploaded as attachments.',
					{ exact: true }
				)
		).toBeVisible();
	}
});

test('on a 375 px phone the user menu opens inside the screen, Logout in view', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await signInAsNewSupplier(page);
	await page.getByRole('button', { name: /Doe/ }).click();
	const panel = page.locator('#menu-user');
	await expect(panel).toBeVisible();
	const b = await box(panel);
	expect(b.x).toBeGreaterThanOrEqual(0);
	expect(b.x + b.width).toBeLessThanOrEqual(375);
	await expect(panel.getByRole('button', { name: 'Logout' })).toBeInViewport();
});
