import { expect, test } from './fixtures';
import { setCheckbox } from './wizard';

test('Client Agency Resources: the guidance sections in order, links to the Contract Board', async ({
	page
}) => {
	await page.goto('agencies');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Client Agency Resources');
	await expect(
		page.getByRole('heading', { name: 'Purchase Guidance for Executive Branch Agencies' })
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 3 })).toHaveText([
		'Purchasing 101',
		'General Letter 71',
		'Use and Purchase from State Contracts',
		'Evaluate Contractor Performance',
		'Ethics and Conduct',
		'Procurement Forums and Training',
		'Procurement Manual for State Agencies'
	]);
	await expect(
		page.getByText('Submit a Review on Procurated – It only takes a minute!')
	).toBeVisible();
	await expect(
		page.getByRole('link', { name: /Small\/Minority Business Enterprises \(SBE\/MBE\)/ })
	).toHaveAttribute('href', /\/contracts\?sbe=yes$/);
});

test('purchase-path helper: clear messages for bad amounts, and the $100,000 boundary', async ({
	page
}) => {
	await page.goto('agencies');
	const amount = page.getByLabel('Estimated cost (U.S. dollars)');
	const submit = page.getByRole('button', { name: 'Find the purchase path' });
	const result = page.getByRole('status').filter({ has: page.getByRole('heading') });

	await submit.click();
	const summary = page.getByRole('region', { name: 'There is a problem' });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveText([
		'Enter the estimated cost in U.S. dollars, like 25,000',
		'Choose whether an existing DAS contract covers the goods or services'
	]);

	await amount.fill('-5');
	await setCheckbox(page.getByLabel('No existing DAS contract covers them'), true);
	await submit.click();
	await expect(page.getByText('The estimated cost cannot be negative').first()).toBeVisible();

	await amount.fill('lots');
	await submit.click();
	await expect(page.getByText(/Enter the estimated cost as a number/).first()).toBeVisible();

	await amount.fill('100,000.00');
	await submit.click();
	await expect(summary).toHaveCount(0);
	await expect(result.getByRole('heading')).toHaveText(
		'Delegated purchase under General Letter 71'
	);
	await expect(result).toContainText('$100,000.00 is $100,000 or less');

	await amount.fill('100000.01');
	await submit.click();
	await expect(result.getByRole('heading')).toHaveText('DAS approval needed');
	await expect(result).toContainText('$100,000.01 is more than $100,000');

	await setCheckbox(page.getByLabel('Yes, a DAS contract covers them'), true);
	await amount.fill('500');
	await submit.click();
	await expect(result.getByRole('heading')).toHaveText('Use the existing DAS contract');
	await expect(result).toContainText('does not apply');
});
