/**
 * What a person tripped on in a walkthrough on a phone (375 px, touch) and a laptop (1,280 px)
 * (#16, part 5), each checked at the width where it was seen. The user menu, "Change" on Check
 * your answers and /demo are checked in guide.spec, register.spec and demo.spec.
 */
import type { Locator, Page } from '@playwright/test';
import { personaValues } from '../../src/lib/domain/registration/fixtures';
import { expect, test } from './fixtures';
import { submitLogin, signInAsNewSupplier } from './portal';
import { agree, completeStep, fillStep, startRegistration } from './wizard';

const persona = personaValues('parent-fein');

async function top(locator: Locator): Promise<number> {
	const box = await locator.boundingBox();
	if (!box) throw new Error('not on screen');
	return box.y;
}

/** Opens Step 3 (Contact Information) of a new registration. */
async function openContactStep(page: Page) {
	await startRegistration(page);
	await agree(page);
	await completeStep(page, 'organization', persona.organization);
}

test.describe('on a 375 px phone', () => {
	test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

	test('a tap right after a mismatched Confirm Password lands where it was aimed', async ({
		page
	}) => {
		await openContactStep(page);
		await fillStep(page, 'contact', persona.contact, ['password']);
		const confirm = page.getByRole('textbox', { name: 'Confirm Password' });
		await confirm.fill('Not-the-same1!');
		await expect(confirm).toBeFocused();
		const same = page.getByText('Same as organization address', { exact: true });
		await same.scrollIntoViewIfNeeded();
		// The message appears when Confirm Password loses focus, which the tap itself causes.
		await same.tap();
		await expect(
			page.getByRole('checkbox', { name: 'Same as organization address' })
		).toBeChecked();
		await expect(confirm).toHaveAccessibleDescription(
			/The Password and Confirm Password do not match/
		);
		await expect(page.getByRole('textbox', { name: 'City' })).toHaveValue(
			String(persona.organization.city)
		);
	});

	test('each step begins on the first screen: its heading high up, its first field in view', async ({
		page
	}) => {
		// A 375 × 812 phone (the walkthrough's): the step's heading began 467 px down and the first
		// field at 762 px, below the screen's fold once the browser's own bars are counted.
		await page.setViewportSize({ width: 375, height: 812 });
		await startRegistration(page);
		await agree(page);
		const organization = page.getByRole('heading', { level: 2, name: 'Organization Information' });
		await page.evaluate(() => window.scrollTo(0, 0));
		expect(await top(organization)).toBeLessThan(400);
		await expect(page.getByRole('combobox', { name: 'Country' })).toBeInViewport({ ratio: 1 });

		await completeStep(page, 'organization', persona.organization);
		await page.evaluate(() => window.scrollTo(0, 0));
		const contact = page.getByRole('heading', { level: 2, name: 'Contact Information' });
		expect(await top(contact)).toBeLessThan(400);
	});

	test('Show password shows the Password and Confirm Password as typed, and hides them again', async ({
		page
	}) => {
		await openContactStep(page);
		await fillStep(page, 'contact', persona.contact, ['password', 'confirmPassword']);
		const password = page.locator('#password');
		const confirm = page.locator('#confirmPassword');
		await expect(password).toHaveAttribute('type', 'password');
		await page.getByRole('button', { name: 'Show password' }).tap();
		await expect(page.getByRole('textbox', { name: 'Password', exact: true })).toHaveValue(
			String(persona.contact.password)
		);
		await expect(page.getByRole('textbox', { name: 'Confirm Password' })).toHaveValue(
			String(persona.contact.confirmPassword)
		);
		await page.getByRole('button', { name: 'Hide password' }).tap();
		await expect(password).toHaveAttribute('type', 'password');
		await expect(confirm).toHaveAttribute('type', 'password');
		await expect(page.getByRole('button', { name: 'Show password' })).toBeVisible();
	});

	test('Log In offers Show password too', async ({ page }) => {
		await page.goto('./login');
		const password = page.getByPlaceholder('Password');
		await password.fill('Secret#2026');
		await expect(password).toHaveAttribute('type', 'password');
		await page.getByRole('button', { name: 'Show password' }).tap();
		await expect(password).toHaveAttribute('type', 'text');
		await expect(password).toHaveValue('Secret#2026');
		// The shown field still signs in: a wrong password is refused as before.
		await submitLogin(page, 'nobody-here', 'Secret#2026');
		await expect(
			page
				.getByRole('alert')
				.filter({ hasText: 'The username or e-mail address, or the password, is not correct.' })
		).toBeVisible();
	});
});

/** My Account, from the user menu (the name ▾ at the top right). */
async function openMyAccount(page: Page) {
	await page.getByRole('button', { name: /Doe/ }).click();
	await page.getByRole('link', { name: 'My Account' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Welcome to Profile Administration'
	);
}

test.describe('on a 1,280 px laptop', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test("My Account's menu keeps the branch the person opened, across pages and visits", async ({
		page
	}) => {
		await signInAsNewSupplier(page);
		await openMyAccount(page);
		const menu = page.getByRole('navigation', { name: 'My Account' });
		await menu.getByRole('button', { name: 'Account Management' }).click();
		await menu.getByRole('button', { name: 'State of Connecticut' }).click();
		await menu.getByRole('link', { name: 'Additional Required Attributes' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			/Additional Required Attributes/
		);

		// Another page of My Account, then the dashboard and back: the branch is still open.
		await menu.getByRole('link', { name: 'Edit Users' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Users/);
		await expect(menu.getByRole('link', { name: 'Account Codes' })).toBeVisible();
		await page.getByRole('link', { name: 'Home', exact: true }).click();
		await expect(menu).toHaveCount(0);
		await openMyAccount(page);
		await expect(menu.getByRole('button', { name: 'Account Management' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
		await menu.getByRole('link', { name: 'Additional Required Attributes' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			/Additional Required Attributes/
		);

		// Closed by the person, the branch stays closed on other pages; a page inside it (here
		// from the dashboard's reminder) opens it again.
		await menu.getByRole('button', { name: 'Account Management' }).click();
		await expect(menu.getByRole('link', { name: 'Account Codes' })).toBeHidden();
		await menu.getByRole('link', { name: 'Edit Users' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Users/);
		await expect(menu.getByRole('link', { name: 'Account Codes' })).toBeHidden();
		await page.getByRole('link', { name: 'Home', exact: true }).click();
		await page.getByRole('link', { name: /fill in any additional required information/ }).click();
		await expect(
			menu.getByRole('link', { name: 'Additional Required Attributes' })
		).toHaveAttribute('aria-current', 'page');
		await expect(menu.getByRole('link', { name: 'Account Codes' })).toBeVisible();
	});
});
