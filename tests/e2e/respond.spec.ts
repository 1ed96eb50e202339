/**
 * Responding to a solicitation: the Respond tab's draft kept as the person types, Submit with a
 * receipt on screen and by e-mail, withdraw after a confirmation, the due date enforced by the
 * demo clock in the action itself, and a user without the Respond permission told why.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { acceptUsageTerms, logIn, signInAsNewSupplier } from './portal';
import { setCheckbox } from './wizard';
import { easternPlus, setDemoClock } from './procurement';

/** Opens the first open solicitation on the Bid Board; returns its address. */
async function openFirstSolicitation(page: Page): Promise<string> {
	await page.goto('bids?status=open');
	const link = page.locator('.ct-bids a[href*="bids/view"]').first();
	await link.click();
	await expect(page).toHaveURL(/bids\/view\?id=/);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Solicitation');
	return page.url();
}

const tabs = (page: Page) => page.getByRole('navigation', { name: 'Solicitation' });

test('a supplier responds: draft kept, receipt, withdraw, and a submit one minute after the due date refused', async ({
	page,
	context
}) => {
	test.slow();
	await signInAsNewSupplier(page);
	const url = await openFirstSolicitation(page);
	for (const name of ['Details', 'Documents', 'Requirements', 'Addenda', 'Respond']) {
		await expect(tabs(page).getByRole('link', { name })).toBeVisible();
	}
	const due = (await page.locator('dt:text-is("Due") + dd').textContent()) ?? '';

	await tabs(page).getByRole('link', { name: 'Requirements' }).click();
	await expect(
		page.getByRole('heading', { name: 'Solicitation Standard Terms and Conditions' })
	).toBeVisible();
	await expect(
		page.getByText('Section 4-252, Certification requirements for large state contracts;')
	).toBeVisible();

	await tabs(page).getByRole('link', { name: 'Respond' }).click();
	await expect(tabs(page).getByRole('link', { name: 'Respond' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	const submit = page.getByRole('button', { name: 'Submit response' });
	await submit.click();
	const summary = page.getByRole('region', { name: 'There is a problem' });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveText([
		'Enter your price',
		'Enter your technical statement',
		'Confirm that you have read the Requirements tab before you submit'
	]);

	// Saved as typed: a reload keeps it.
	const price = page.getByLabel('Price (US dollars)');
	await price.fill('12,500.00');
	await page.getByLabel('Technical statement').fill('Two technicians on site within four hours.');
	await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible();
	await page.reload();
	await expect(price).toHaveValue('12,500.00');
	await expect(page.getByLabel('Technical statement')).toHaveValue(
		'Two technicians on site within four hours.'
	);

	await setCheckbox(page.locator('#response-certified'), true);
	await submit.click();
	const receipt = page.getByRole('region', { name: 'Your submitted response' });
	await expect(receipt).toBeFocused();
	await expect(receipt).toContainText(/Confirmation number: \S+-\d{8}-[0-9A-Z]{7}/);
	await expect(receipt).toContainText(/Submitted .* ET by Jane Doe/);

	// Withdraw asks first; Cancel keeps it.
	await page.getByRole('button', { name: 'Withdraw response' }).click();
	await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(receipt).toBeVisible();
	await page.getByRole('button', { name: 'Withdraw response' }).click();
	await page.getByRole('button', { name: 'Yes, withdraw my response' }).click();
	await expect(page.getByText(/Your response was withdrawn .* ET/)).toBeVisible();
	await expect(receipt).toHaveCount(0);

	// The form is open here; in another tab the demo clock moves one minute past the due time.
	const tools = await context.newPage();
	await setDemoClock(tools, easternPlus(due, 1));
	await tools.close();
	await page.getByRole('button', { name: 'Submit response' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'due date has passed' })).toHaveText(
		'The due date has passed: responses can no longer be submitted, revised or withdrawn.'
	);
	await page.goto(url);
	await tabs(page).getByRole('link', { name: 'Respond' }).click();
	await expect(page.getByText('The due date has passed')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Submit response' })).toHaveCount(0);

	// The receipt e-mail is in the outbox.
	await page.goto('outbox');
	await expect(page.getByText(/^Response received: /).first()).toBeVisible();
});

test('a user without the Respond permission reads why and gets no form', async ({ page }) => {
	test.slow();
	await page.goto('demo');
	await page.getByRole('button', { name: 'Load sample data' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Sample data loaded' })).toBeVisible({
		timeout: 60_000
	});
	await logIn(page, 'sv_profile', 'Profile#2026x');
	await acceptUsageTerms(page);
	await openFirstSolicitation(page);
	await tabs(page).getByRole('link', { name: 'Respond' }).click();
	await expect(
		page.getByText('You do not have permission to respond to solicitations.', { exact: false })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Submit response' })).toHaveCount(0);
});

test('two tabs on one response: the older tab is told, not overwritten, and chooses', async ({
	page,
	context
}) => {
	test.slow();
	const account = await signInAsNewSupplier(page);
	const url = await openFirstSolicitation(page);
	const respondAt = `${url}&tab=respond`;
	await page.goto(respondAt);
	const saved = (p: Page) => p.getByRole('status').filter({ hasText: 'Draft saved' });
	await page.getByLabel('Price (US dollars)').fill('100.00');
	await expect(saved(page)).toBeVisible();

	// The same supplier in a second tab (each tab logs in) sees the draft and types on.
	const other = await context.newPage();
	await logIn(other, account.username, account.password);
	await expect(other).not.toHaveURL(/login/);
	await other.goto(respondAt);
	await expect(other.getByLabel('Price (US dollars)')).toHaveValue('100.00');
	await other.getByLabel('Technical statement').fill('Typed in the second tab.');
	await expect(saved(other)).toBeVisible();

	// The first tab types too: its save is refused and it is told, with a choice.
	await page.getByLabel('Technical statement').fill('Typed in the first tab.');
	const changed = (p: Page) =>
		p.getByRole('alert').filter({ hasText: 'This response was changed in another tab' });
	await expect(changed(page)).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
	// Submit does not overwrite either: the choice comes first.
	await setCheckbox(page.locator('#response-certified'), true);
	await page.getByRole('button', { name: 'Submit response' }).click();
	await expect(changed(page)).toBeFocused();
	await expect(page.getByRole('region', { name: 'Your submitted response' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Load the newer version' }).click();
	await expect(changed(page)).toHaveCount(0);
	await expect(page.getByLabel('Technical statement')).toHaveValue('Typed in the second tab.');
	await expect(page.locator('#response-certified')).not.toBeChecked();
	await page.getByLabel('Price (US dollars)').fill('200.00');
	await expect(saved(page)).toBeVisible();

	// Now the second tab is the older one; it keeps its own version on purpose.
	await setCheckbox(other.locator('#response-certified'), true);
	await expect(changed(other)).toBeVisible();
	await other.getByRole('button', { name: 'Keep my version' }).click();
	await expect(saved(other)).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Price (US dollars)')).toHaveValue('100.00');
	await expect(page.locator('#response-certified')).toBeChecked();
});
