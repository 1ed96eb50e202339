/**
 * The Contract Board: filters in the URL, a contract's page, and contractor performance reviews
 * by a signed-in agency reviewer (one per reviewer per contract, editable).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signInAsNewSupplier } from './portal';
import { setCheckbox } from './wizard';

const cards = (page: Page) => page.locator('.ct-contracts > li');
const showing = (page: Page) =>
	page.getByRole('status').filter({ hasText: /Showing 1–\d+ of \d+/ });

test('Contract Board: SBE/MBE, keyword and "usable by" filters live in the URL', async ({
	page
}) => {
	await page.goto('contracts');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contract Board');
	await expect(
		page.getByText('Sample data: fictional solicitations and contractors')
	).toBeVisible();
	await expect(showing(page)).toContainText(/of 40 contracts/);

	// Shared link from Client Agency Resources: SBE/MBE contractors only.
	await page.goto('contracts?sbe=yes');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Contracts with certified SBE/MBE contractors' })
	).toBeVisible();
	await expect(showing(page)).toBeVisible();
	await expect(
		page.getByLabel('Certified Small/Minority Business Enterprises (SBE/MBE) only')
	).toBeChecked();
	const sbeCount = await cards(page).count();
	expect(sbeCount).toBeGreaterThan(0);
	await expect(
		page.locator('.ct-contracts .usa-tag', { hasText: 'SBE/MBE certified' })
	).toHaveCount(sbeCount);

	// Usable by municipalities.
	await page.goto('contracts?usable=Municipalities');
	await expect(showing(page)).toBeVisible();
	await expect(page.getByLabel('Usable by')).toHaveValue('Municipalities');
	for (const text of await page
		.locator('.ct-contract-facts div')
		.filter({ hasText: 'Usable by' })
		.locator('dd')
		.allTextContents()) {
		expect(text).toContain('Municipalities');
	}

	// Keyword through the form: the URL changes and only matching contracts stay.
	await page.goto('contracts');
	const contractor =
		(await cards(page)
			.first()
			.locator('.ct-contract-facts div')
			.filter({ hasText: 'Contractor' })
			.locator('dd')
			.textContent()) ?? '';
	await page.getByLabel('Keyword').fill(contractor);
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(/\?q=/);
	await expect(showing(page)).toBeVisible();
	for (const text of await cards(page).allTextContents()) expect(text).toContain(contractor);
	await page.getByLabel('Keyword').fill('zzz-no-such-contract');
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page.getByText('No contracts match these filters.')).toBeVisible();
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page).toHaveURL(/\/contracts$/);

	// Pages of results.
	await page.getByRole('link', { name: 'Page 2' }).click();
	await expect(page).toHaveURL(/page=2/);
	await expect(page.getByRole('status').filter({ hasText: /Showing 16–30 of 40/ })).toBeVisible();
});

test('an agency reviewer rates a contractor, then edits the review', async ({ page }) => {
	await page.goto('contracts');
	await expect(showing(page)).toBeVisible();
	// A contract nobody has reviewed yet.
	const card = cards(page).filter({ hasText: 'No reviews yet' }).first();
	const link = card.getByRole('heading', { level: 3 }).getByRole('link');
	const name = (await link.textContent()) ?? '';
	const number = name.split(':')[0]!;
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	for (const fact of ['Contractor', 'Term', 'Usable by', 'UNSPSC codes']) {
		await expect(page.getByText(fact, { exact: true })).toBeVisible();
	}
	const rating = page.getByTestId('contract-rating');
	await expect(rating).toHaveText('No reviews yet');
	await expect(page.getByRole('heading', { name: 'Rate this contractor' })).toHaveCount(0);

	// Sign in: a wrong password gets the one generic message.
	await page.getByRole('link', { name: 'Agency reviewer sign-in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agency reviewer sign-in');
	await page.getByLabel('Username').fill('das.buyer');
	await page.getByLabel('Password').fill('not-the-password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'not correct' })).toHaveText(
		'The username or password is not correct.'
	);
	await page.getByLabel('Password').fill('Review-DAS-2026');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.getByRole('region', { name: 'Agency reviewer' })).toContainText(
		'Signed in as agency reviewer Janet Morales (Department of Administrative Services)'
	);

	// No rating: the summary and the message by the stars.
	await expect(page.getByRole('heading', { name: 'Rate this contractor' })).toBeVisible();
	const comment = page.getByLabel('Comment');
	await comment.fill('Delivered on time; responsive account manager.');
	await expect(page.getByText(/^\d+ characters left$/)).toHaveText(
		`${1000 - 'Delivered on time; responsive account manager.'.length} characters left`
	);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const summary = page.getByRole('region', { name: 'There is a problem' });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveText('Choose a rating from 1 to 5 stars');
	await expect(page.getByRole('group', { name: /Rating/ })).toContainText(
		'Choose a rating from 1 to 5 stars'
	);

	await setCheckbox(page.getByRole('radio', { name: '4 – Very good' }), true);
	await expect(summary).toBeHidden();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Your review was' })).toContainText(
		'Your review was saved'
	);
	await expect(rating).toContainText('4.0 out of 5 (1 review)');
	const reviews = page.getByRole('region', { name: 'Contractor performance reviews' });
	await expect(reviews.getByRole('listitem')).toHaveCount(1);
	await expect(reviews.getByRole('listitem')).toContainText(
		'Janet Morales, Department of Administrative Services'
	);
	await expect(reviews.getByRole('listitem')).toContainText('Rated 4 out of 5');
	await expect(reviews.getByRole('listitem')).toContainText('Delivered on time');

	// The board shows the new average and count.
	await page.goto(`contracts?q=${encodeURIComponent(number)}`);
	const onBoard = cards(page).filter({ hasText: name });
	await expect(onBoard).toContainText('4.0 out of 5 (1 review)');

	// The form opens with the review; saving edits it.
	await onBoard.getByRole('link', { name }).click();
	await expect(page.getByRole('radio', { name: '4 – Very good' })).toBeChecked();
	await expect(page.getByLabel('Comment')).toHaveValue(
		'Delivered on time; responsive account manager.'
	);
	await setCheckbox(page.getByRole('radio', { name: '2 – Fair' }), true);
	await page.getByLabel('Comment').fill('Two deliveries were late this quarter.');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Your review was' })).toContainText(
		'Your review was updated'
	);
	await expect(rating).toContainText('2.0 out of 5 (1 review)');
	await expect(reviews.getByRole('listitem')).toHaveCount(1);
	await expect(reviews.getByRole('listitem')).toContainText('Two deliveries were late');

	// Sign out: no form any more, the way to sign in again.
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('heading', { name: 'Rate this contractor' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Agency reviewer sign-in' })).toBeVisible();
	await page.reload();
	await expect(rating).toContainText('2.0 out of 5 (1 review)');
	await expect(page.getByRole('heading', { name: 'Rate this contractor' })).toHaveCount(0);
});

test('at 320 px wide the Contract Board and a contract do not scroll sideways', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('contracts');
	await expect(showing(page)).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await cards(page).first().getByRole('heading', { level: 3 }).getByRole('link').click();
	await expect(page.getByTestId('contract-rating')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await page.goto('contracts/reviewer');
	await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('a supplier logged in to the portal cannot review a contractor', async ({ page }) => {
	await signInAsNewSupplier(page);
	await page.goto('contracts/view?id=con-001');
	await expect(page.getByTestId('contract-rating')).toBeVisible();
	await expect(page.getByText('Suppliers cannot review contractors')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Rate this contractor' })).toHaveCount(0);
});
