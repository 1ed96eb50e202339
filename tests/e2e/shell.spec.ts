import { axeCheck, expect, test } from './fixtures';

test.describe('portal shell', () => {
	test('home shows the three CTsource entry points and the Getting Started list', async ({
		page
	}) => {
		await page.goto('./');
		await expect(page).toHaveTitle(/CTsource/);
		await expect(
			page.getByRole('heading', { level: 1, name: 'CTsource Supplier Portal' })
		).toBeVisible();
		for (const name of ['CTSource Bid Board', 'CTSource Contract Board', 'CTSource Registration']) {
			await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
		}
		const gettingStarted = page.getByRole('region', { name: 'Getting Started' });
		await expect(gettingStarted.getByRole('listitem')).toHaveText([
			'Organization Information',
			"Organization's Taxpayer ID Number (TIN/FEIN/SSN)",
			'Business Type (Corporation, LLC, Sole Proprietorship, etc.)',
			'Main Contact Information including Email Address (to receive solicitation notifications)',
			'Commodity / Service Code Selection (UNSPSC)'
		]);
		await expect(
			page
				.getByRole('region', { name: 'Official website of the United States government' })
				.getByText('An official website of the United States government')
		).toBeVisible();
		await expect(
			page.getByRole('contentinfo').getByText(/not responsible for and accepts no liability/)
		).toBeVisible();
		await expect(
			page.getByRole('contentinfo').getByRole('link', { name: 'WebProcure-Support@proactis.com' })
		).toBeVisible();
	});

	test('primary navigation reaches every section and marks the current page', async ({ page }) => {
		await page.goto('./');
		const nav = page.getByRole('navigation', { name: 'Primary navigation' });
		const sections = [
			['Bid Board', 'Bid Board'],
			['Contract Board', 'Contract Board'],
			['Supplier Registration', 'CTSource Registration'],
			['Log In', 'Log in to WebProcure'],
			['Agency Resources', 'Client Agency Resources']
		] as const;
		for (const [link, heading] of sections) {
			await nav.getByRole('link', { name: link }).click();
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
		}
	});

	test('the skip link moves focus to the main content', async ({ page }) => {
		await page.goto('./');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to main content' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('main')).toBeFocused();
	});

	test('the government banner explains how to know, by button', async ({ page }) => {
		await page.goto('./');
		const button = page.getByRole('button', { name: 'Here’s how you know' });
		await expect(page.getByText('Official websites use .gov')).toBeHidden();
		await button.click();
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByText('Official websites use .gov')).toBeVisible();
	});

	test('at 320 px a Menu button opens and closes the navigation', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('./');
		const nav = page.getByRole('navigation', { name: 'Primary navigation' });
		await expect(nav.getByRole('link', { name: 'Bid Board' })).toBeHidden();
		const menu = page.getByRole('button', { name: 'Menu' });
		await menu.click();
		await expect(nav.getByRole('link', { name: 'Bid Board' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(nav.getByRole('link', { name: 'Bid Board' })).toBeHidden();
		await expect(menu).toBeFocused();
		await menu.click();
		await nav.getByRole('link', { name: 'Contract Board' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Contract Board' })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Bid Board' })).toBeHidden();
		// Nothing overflows sideways at 320 px.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('an unknown address shows the 404 page with ways back', async ({ page }) => {
		const response = await page.goto('./no-such-page/at/all');
		// A static host answers with the SPA fallback page; the app renders "Page not found".
		expect(response?.status()).toBe(200);
		// Until the app has loaded, the fallback page is titled with the site's name, not a URL.
		expect(await response?.text()).toContain('<title>CTsource</title>');
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await expect(page).toHaveTitle(/Page not found/);
		await page.getByRole('main').getByRole('link', { name: 'CTsource home' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'CTsource Supplier Portal' })
		).toBeVisible();
	});

	test('every primary navigation link opens its page', async ({ page }) => {
		const pages: [string, string][] = [
			['Bid Board', 'Bid Board'],
			['Contract Board', 'Contract Board'],
			['Supplier Registration', 'CTSource Registration'],
			['Log In', 'Log in to WebProcure'],
			['Agency Resources', 'Client Agency Resources']
		];
		await page.goto('./');
		const nav = page.getByRole('navigation', { name: 'Primary navigation' });
		for (const [link, heading] of pages) {
			if (await page.getByRole('button', { name: 'Menu' }).isVisible()) {
				await page.getByRole('button', { name: 'Menu' }).click();
			}
			await nav.getByRole('link', { name: link }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		}
	});

	test('the pages carry a Content Security Policy without unsafe script sources', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error') errors.push(msg.text());
		});
		await page.goto('./');
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("script-src 'self'");
		expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
		await page
			.getByRole('navigation', { name: 'Primary navigation' })
			.getByRole('link', { name: 'Bid Board' })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Bid Board' })).toBeVisible();
		expect(errors).toEqual([]);
	});
});

test('the shared accessibility check reports serious violations', async ({ page }) => {
	// Proves the axe helper used on every page can fail: an unlabeled image and input.
	await page.setContent('<main><img src="x.png"><input type="text"></main>');
	const finding = await axeCheck(page);
	expect(finding.violations.map((v) => v.id)).toEqual(
		expect.arrayContaining(['image-alt', 'label'])
	);
});
