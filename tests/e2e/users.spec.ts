import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { acceptUsageTerms, logIn, signInAsNewSupplier, submitLogin } from './portal';
import { setCheckbox } from './wizard';

const BOB = { username: 'bob.builder', password: 'Builder#2026', name: 'Bob Builder' };

async function logOut(page: Page, name: string) {
	await page.getByRole('button', { name }).click();
	await page.getByRole('button', { name: 'Logout' }).click();
	await expect(page).toHaveURL(/\/login$/);
}

async function logInAs(page: Page, username: string, password: string) {
	await logIn(page, username, password);
	await expect(page).toHaveURL(/\/portal$/);
}

const usersTable = (page: Page) => page.getByRole('table');
const status = (page: Page, text: string | RegExp) =>
	page.getByRole('status').filter({ hasText: text });

async function openUser(page: Page, username: string) {
	await page.goto('portal/account/users');
	await usersTable(page).getByRole('link', { name: username, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit User ${username}`);
}

test('the main contact adds, finds, suspends and deletes a user; the user cannot manage', async ({
	page
}) => {
	test.setTimeout(90_000);
	const jane = await signInAsNewSupplier(page);

	// My Account → Edit Users lists the main contact.
	await page.getByRole('button', { name: 'Jane Doe' }).click();
	await page.getByRole('link', { name: 'My Account' }).click();
	await page
		.getByRole('navigation', { name: 'My Account' })
		.getByRole('link', { name: 'Edit Users' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit Users');
	await expect(
		page.getByText('Use the asterisk (*) in any field to search for information in the system.')
	).toBeVisible();
	const janeRow = usersTable(page).getByRole('row').filter({ hasText: 'Jane Doe' });
	await expect(janeRow).toContainText(jane.username);
	await expect(janeRow).toContainText('Active');

	// Add New User: passwords that differ first.
	await page.getByRole('link', { name: 'Add New User' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'New User under Sample Vendor LLC'
	);
	await expect(page.getByRole('heading', { name: 'User Information' })).toBeVisible();
	await page.getByLabel('First Name').fill('Bob');
	await page.getByLabel('Middle Initial').fill('Q');
	await page.getByLabel('Last Name').fill('Builder');
	await page.getByLabel('Address Line 1').fill('100 Constitution Plaza');
	await page.getByLabel('City').fill('Hartford');
	await page.getByLabel('State/Province').selectOption('CT');
	await page.getByLabel('Postal / Zip Code').fill('06103');
	await page.getByLabel('Email').fill('bob@samplevendor.example');
	await page.getByLabel('UserName').fill(BOB.username);
	await expect(page.getByText(`“${BOB.username}” is available.`)).toBeVisible();

	const passwordTab = page.getByRole('tab', { name: 'Password' });
	const permissionsTab = page.getByRole('tab', { name: 'Permissions' });
	await expect(passwordTab).toHaveAttribute('aria-selected', 'true');
	// By role: the tab panel is labelled "Password" too.
	const password = page.getByRole('textbox', { name: 'Password', exact: true });
	await password.fill(BOB.password);
	await page.getByLabel('Confirm Password').fill('Builder#2027');
	// Arrow keys move between the tabs.
	await passwordTab.focus();
	await page.keyboard.press('ArrowRight');
	await expect(permissionsTab).toBeFocused();
	await expect(permissionsTab).toHaveAttribute('aria-selected', 'true');
	await expect(password).toBeHidden();
	await setCheckbox(page.getByLabel('Respond to solicitations'), true);
	await page.getByRole('button', { name: 'Save' }).click();

	const summary = page.getByRole('region', { name: 'There is a problem' });
	await expect(summary).toBeFocused();
	const mismatch = 'The Password and Confirm Password do not match';
	await expect(summary).toContainText(mismatch);
	await expect(passwordTab).toHaveAttribute('aria-selected', 'false');
	await summary.getByRole('link', { name: mismatch }).click();
	await expect(passwordTab).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByLabel('Confirm Password')).toBeFocused();
	await expect(page.locator('#confirmPassword-error')).toHaveText(mismatch);

	await page.getByLabel('Confirm Password').fill(BOB.password);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit Users');
	await expect(status(page, `User ${BOB.username} was added.`)).toBeVisible();
	const bobRow = usersTable(page).getByRole('row').filter({ hasText: BOB.username });
	await expect(bobRow).toContainText('Bob Q. Builder');
	await expect(bobRow).toContainText('Respond to solicitations');
	await expect(bobRow).not.toContainText('Manage users');

	// Search with * as a wildcard.
	await page.getByRole('textbox', { name: 'UserName' }).fill('*bob*');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(usersTable(page).getByRole('link', { name: BOB.username })).toBeVisible();
	await expect(usersTable(page).getByText('Jane Doe')).toHaveCount(0);
	await page.getByRole('textbox', { name: 'UserName' }).fill('zzz*');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(status(page, 'No users match your search.')).toBeVisible();
	await expect(usersTable(page)).toHaveCount(0);
	await page.getByRole('button', { name: 'Clear', exact: true }).click();
	await expect(usersTable(page).getByRole('row')).toHaveCount(3);

	// The new user only responds: Edit Users and Edit Main Org Info are closed to them.
	await logOut(page, 'Jane Doe');
	await logIn(page, BOB.username, BOB.password);
	await acceptUsageTerms(page);
	await expect(page).toHaveURL(/\/portal$/);
	for (const [path, title] of [
		['portal/account/users', 'Edit Users'],
		['portal/account/users/new', 'Edit Users'],
		['portal/account/org', 'Edit Main Org Info']
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
		await expect(page.getByRole('textbox')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
	}

	// Five wrong passwords lock Bob out; the main contact unlocks him.
	await logOut(page, 'Bob Builder');
	await page.goto('login');
	for (let i = 0; i < 5; i++) {
		await page.getByLabel('Username / Email Address').fill(BOB.username);
		await page.getByLabel('Password', { exact: true }).fill('Wrong#Password1');
		await page.getByRole('button', { name: 'Log In' }).click();
		await expect(page.getByRole('alert')).toContainText(
			i < 4 ? 'is not correct' : 'Your account is locked until'
		);
	}
	await logInAs(page, jane.username, jane.password);
	await openUser(page, BOB.username);
	await expect(
		page.getByText(/Bob Q\. Builder is locked out after too many wrong passwords/)
	).toBeVisible();
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(
		status(page, `User ${BOB.username} was unlocked and can log in again.`)
	).toBeVisible();
	await expect(page.getByText('This user is not locked out.')).toBeVisible();

	// Suspended: cannot log in.
	await page.getByRole('button', { name: 'Suspend' }).click();
	await expect(status(page, `User ${BOB.username} was suspended`)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Unsuspend' })).toBeVisible();
	await logOut(page, 'Jane Doe');
	await logIn(page, BOB.username, BOB.password);
	await expect(page.getByText('Your user account is suspended.')).toBeVisible();
	await expect(page).toHaveURL(/\/login/);

	// Unsuspend, then delete with confirmation.
	await page.getByLabel('Username / Email Address').clear();
	await submitLogin(page, jane.username, jane.password);
	await expect(page).toHaveURL(/\/portal$/);
	await openUser(page, BOB.username);
	await page.getByRole('button', { name: 'Unsuspend' }).click();
	await expect(status(page, `User ${BOB.username} was unsuspended`)).toBeVisible();
	await page.getByRole('button', { name: 'Delete', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete user Bob Q. Builder?' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await page.getByRole('button', { name: 'Delete', exact: true }).click();
	await dialog.getByRole('button', { name: 'Delete user' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit Users');
	await expect(status(page, `User ${BOB.username} was deleted.`)).toBeVisible();
	await expect(usersTable(page).getByRole('link', { name: BOB.username })).toHaveCount(0);

	// Every change to the users is in the organization history: who, what, when.
	await page.goto('portal/account');
	const history = page.getByRole('table', { name: /Organization history/ });
	for (const what of [
		`Added user ${BOB.username}`,
		`Unlocked user ${BOB.username}`,
		`Suspended user ${BOB.username}`,
		`Unsuspended user ${BOB.username}`,
		`Deleted user ${BOB.username}`
	]) {
		const row = history
			.getByRole('row')
			.filter({ has: page.getByRole('cell', { name: what, exact: true }) });
		await expect(row).toContainText('Jane Doe');
		await expect(row).toContainText('Edit Users');
	}

	// The main contact cannot be deleted.
	await openUser(page, jane.username);
	await expect(page.getByText('The main contact cannot be deleted.')).toBeVisible();
	await page.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: 'The main contact cannot be deleted.' })
	).toBeVisible();
	await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('an unknown or foreign user id is not found; Reset Password e-mails a link', async ({
	page
}) => {
	// The id of a user of another organization (a sole proprietor's main contact).
	await signInAsNewSupplier(page, { persona: 'sole-proprietor-ssn' });
	await page.goto('portal/account/users');
	const href = await page.getByRole('table').getByRole('link').first().getAttribute('href');
	const foreignId = new URL(href ?? '', page.url()).searchParams.get('id');
	expect(foreignId).toBeTruthy();
	await logOut(page, "Maria O'Neill");

	await signInAsNewSupplier(page);
	for (const id of ['not-a-user', foreignId!]) {
		await page.goto(`portal/account/users/edit?id=${encodeURIComponent(id)}`);
		await expect(page.getByText('This user was not found in your organization.')).toBeVisible();
		await expect(page.getByRole('textbox')).toHaveCount(0);
		await expect(page.getByText('maria.oneill')).toHaveCount(0);
	}

	await page.goto('portal/account/users');
	await page.getByRole('table').getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Edit User /);
	await page.getByRole('button', { name: 'Reset Password' }).click();
	await expect(
		status(page, 'A password reset e-mail was sent to jane.doe@samplevendor.example')
	).toBeVisible();

	// The last user who manages users keeps "Manage users".
	await page.getByRole('tab', { name: 'Permissions' }).click();
	const manage = page.getByLabel('Manage users');
	await expect(manage).toBeChecked();
	await setCheckbox(manage, false);
	await page.getByRole('button', { name: 'Save' }).click();
	const summary = page.getByRole('region', { name: 'There is a problem' });
	await expect(summary).toContainText('“Manage users”');
	await setCheckbox(manage, true);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(status(page, /^Saved\./)).toBeVisible();
});
