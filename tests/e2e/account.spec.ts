/**
 * My Account ("Welcome to Profile Administration"): the organization's profile pages save through
 * the same rules as the registration, confirm "Saved", and record who changed what.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signInAsNewSupplier } from './portal';
import { setCheckbox } from './wizard';

const accountMenu = (page: Page) => page.getByRole('navigation', { name: 'My Account' });
const save = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Saved' });
const summary = (page: Page) => page.getByRole('region', { name: 'There is a problem' });

/** Types into a masked FEIN/SSN field like a person (its digits show only while focused). */
async function typeMasked(page: Page, id: string, value: string) {
	const field = page.locator(`#${id}`);
	await field.focus();
	await field.press('ControlOrMeta+a');
	await field.press('Backspace');
	await field.pressSequentially(value);
	await field.blur();
}

test('My Account: welcome text, menu, Edit Main Org Info with its history and the TIN', async ({
	page
}) => {
	await signInAsNewSupplier(page);
	await page.goto('portal/account');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Welcome to Profile Administration'
	);
	await expect(
		page.getByText('Select from the menu items on the left, in order to edit your profile.')
	).toBeVisible();
	await expect(
		page.getByText(/you are responsible for maintaining this information/)
	).toBeVisible();
	await expect(page.getByText('No changes have been saved yet.')).toBeVisible();
	for (const item of ['Edit Main Org Info', 'Edit Contacts', 'Edit Categories', 'Edit Users']) {
		await expect(accountMenu(page).getByRole('link', { name: item, exact: true })).toBeVisible();
	}

	await accountMenu(page).getByRole('link', { name: 'Edit Main Org Info' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit Main Org Info');
	const legalName = page.locator('#legalName');
	await expect(legalName).toHaveValue('Sample Vendor LLC');

	// A mistake first: the summary links to the field, the field says what to do.
	await legalName.fill('');
	await save(page).click();
	const message = 'Enter the Legal Name of Entity/Individual as shown on your income tax return';
	await expect(summary(page).getByRole('link', { name: message })).toBeVisible();
	await expect(summary(page)).toBeFocused();
	await expect(page.locator('#legalName-error')).toHaveText(message);
	await expect(legalName).toHaveAttribute('aria-invalid', 'true');
	await expect(page).toHaveTitle(/^Error: Edit Main Org Info/);

	await legalName.fill('Sample Vendor LLC');
	await page.locator('#dbaName').fill('Hartford Supply');
	await save(page).click();
	await expect(saved(page)).toBeVisible();
	await expect(summary(page)).toHaveCount(0);
	await expect(page.locator('#legalName-error')).toHaveCount(0);

	// The FEIN is masked; a new one must be entered twice.
	await expect(page.getByText('FEIN **-***4567')).toBeVisible();
	await expect(page.getByText('061234567')).toHaveCount(0);
	await page.getByRole('button', { name: 'Change Taxpayer Identification Number' }).click();
	await expect(page.locator('#fein')).toBeFocused();
	await typeMasked(page, 'fein', '137654321');
	await expect(page.locator('#fein')).toHaveValue('**-***4321');
	await save(page).click();
	await expect(
		summary(page).getByRole('link', {
			name: 'Confirm the Federal Employer Identification Number by entering it again'
		})
	).toBeVisible();
	await typeMasked(page, 'feinConfirm', '137654320');
	await save(page).click();
	await expect(page.locator('#feinConfirm-error')).toHaveText(
		'The Federal Employer Identification Number and its confirmation do not match'
	);
	await typeMasked(page, 'feinConfirm', '137654321');
	await save(page).click();
	await expect(saved(page)).toBeVisible();
	await expect(page.getByText('FEIN **-***4321')).toBeVisible();
	await expect(page.locator('#fein')).toHaveCount(0);

	// The history on My Account: newest first, who, section, fields (no TIN digits).
	await page.goto('portal/account');
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(1)).toContainText('Edit Main Org Info');
	await expect(rows.nth(1)).toContainText('Taxpayer Identification Number');
	await expect(rows.nth(1)).toContainText('Jane Doe');
	await expect(rows.nth(2)).toContainText('DBA Business Name');
	await expect(rows.nth(2)).toContainText('Jane Doe');
	await expect(page.getByRole('table')).not.toContainText('4321');

	// The change is stored: it is there after a reload.
	await page.goto('portal/account/org');
	await page.reload();
	await expect(page.locator('#dbaName')).toHaveValue('Hartford Supply');
	await expect(page.getByText('FEIN **-***4321')).toBeVisible();
});

test('Edit Contacts: add a Solicitation Notification Contact', async ({ page }) => {
	await signInAsNewSupplier(page);
	await page.goto('portal/account/contacts');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit Contacts');
	await expect(page.locator('#email')).toHaveValue('jane.doe@samplevendor.example');
	await expect(page.locator('#phone')).toHaveValue('(860) 555-0123');

	await page.getByRole('button', { name: 'Add Solicitation Notification Contact' }).click();
	await expect(page.locator('#solFirstName')).toBeFocused();
	await page.locator('#solFirstName').fill('Ann');
	await page.locator('#solLastName').fill('Lee');
	await page.locator('#solPhone').fill('860 555 0111');
	await page.locator('#solEmail').fill('ann@samplevendor');
	await save(page).click();
	const message = 'Enter an e-mail address in the correct format, like name@example.com';
	await expect(summary(page).getByRole('link', { name: message })).toBeVisible();
	await expect(page.locator('#solEmail-error')).toHaveText(message);

	await page.locator('#solEmail').fill('ann@samplevendor.example');
	await save(page).click();
	await expect(saved(page)).toBeVisible();

	await page.reload();
	await expect(page.locator('#solEmail')).toHaveValue('ann@samplevendor.example');
	await expect(page.locator('#solPhone')).toHaveValue('(860) 555-0111');
	await page.goto('portal/account');
	await expect(page.getByRole('table')).toContainText('Solicitation Notification Contact (added)');
});

test('Edit Categories: add a code, saved and kept', async ({ page }) => {
	await signInAsNewSupplier(page);
	await page.goto('portal/account/categories');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit Categories');
	const selected = page.getByRole('region', { name: 'Selected Categories' });
	await expect(selected.getByText('(72100000)')).toBeVisible();

	await page.locator('#codes').fill('43222609');
	const available = page.getByRole('region', { name: 'Available Categories' });
	await setCheckbox(available.getByRole('checkbox', { name: 'Network routers (43222609)' }), true);
	await save(page).click();
	await expect(saved(page)).toBeVisible();

	await page.reload();
	await expect(
		page
			.getByRole('region', { name: 'Selected Categories' })
			.getByText('Network routers (43222609)')
	).toBeVisible();
	await page.goto('portal/account');
	await expect(page.getByRole('table')).toContainText('Edit Categories');
});

/** No field of the page is marked or announced as required. */
async function expectNothingRequired(page: Page) {
	const main = page.getByRole('main');
	await expect(main.locator('form').first()).toBeVisible();
	await expect(main.locator('[aria-required="true"], [required]')).toHaveCount(0);
	await expect(main.locator('.ct-required')).toHaveCount(0);
}

test('Service Level: checked and saved; the pages not used by Connecticut say so', async ({
	page
}) => {
	await signInAsNewSupplier(page);
	await page.goto('portal/account/ct/service-level');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service Level');
	await expect(
		page.getByText(
			'The State of Connecticut does not require or monitor information entered within these pages.',
			{ exact: false }
		)
	).toBeVisible();
	// The guide: the State "does not require or monitor" these pages, so none of their fields is
	// required; what is entered is still checked.
	await expectNothingRequired(page);
	await page.locator('#description').fill('Support on business days, 8am to 6pm.');
	await page.locator('#responseHours').fill('two days');
	await save(page).click();
	const message =
		'Enter the Response Time as a whole number of hours from 1 to 720, for example 24';
	await expect(summary(page).getByRole('link', { name: message })).toBeVisible();
	await expect(page.locator('#responseHours-error')).toHaveText(message);
	await page.locator('#responseHours').fill('48');
	await save(page).click();
	await expect(saved(page)).toBeVisible();
	await page.reload();
	await expect(page.locator('#responseHours')).toHaveValue('48');

	// The other standard options: each page opens with the guide's words and a Save.
	for (const [path, title] of [
		['account-codes', 'Account Codes'],
		['additional-terms', 'Additional Terms'],
		['payment-routing', 'Payment Routing']
	] as const) {
		await page.goto(`portal/account/ct/${path}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(
			page.getByText('The State of Connecticut does not require or monitor information', {
				exact: false
			})
		).toBeVisible();
		await expectNothingRequired(page);
		// Nothing is required: a Save with every field empty finds no problem.
		await save(page).click();
		await expect(
			page
				.getByRole('status')
				.filter({ hasText: 'Nothing was changed, so there was nothing to save.' })
		).toBeVisible();
		await expect(summary(page)).toBeHidden();
	}

	for (const [path, title] of [
		['demographics', 'Edit Demographic Info'],
		['properties', 'Edit Properties'],
		['enhanced', 'Enhanced Profile Information']
	] as const) {
		await page.goto(`portal/account/${path}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.getByRole('heading', { name: 'Not applicable' })).toBeVisible();
	}
});
