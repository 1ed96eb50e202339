/**
 * No page scrolls sideways (#16): every route of the build, signed in as a supplier, at a phone,
 * a tablet and a laptop width. A page is measured once its heading is shown.
 */
import { expect, test } from './fixtures';
import { signInAsNewSupplier } from './portal';

const ROUTES = [
	'/',
	'/agencies',
	'/agency',
	'/bids',
	'/contracts',
	'/contracts/reviewer',
	'/demo',
	'/outbox',
	'/research',
	'/login/trouble',
	'/register',
	'/register/organization',
	'/register/contact',
	'/register/codes',
	'/register/review',
	'/portal',
	'/portal/account',
	'/portal/account/org',
	'/portal/account/attachments',
	'/portal/account/categories',
	'/portal/account/contacts',
	'/portal/account/ct/account-codes',
	'/portal/account/ct/additional-terms',
	'/portal/account/ct/attachments',
	'/portal/account/ct/attributes',
	'/portal/account/ct/payment-routing',
	'/portal/account/ct/service-level',
	'/portal/account/demographics',
	'/portal/account/enhanced',
	'/portal/account/properties',
	'/portal/account/users',
	'/portal/account/users/new',
	'/portal/help',
	'/portal/opportunities',
	'/portal/organizations',
	'/portal/readiness',
	'/portal/regions',
	'/portal/terms',
	'/no-such-page'
];

for (const width of [320, 768, 1280]) {
	test(`no page is wider than a ${width} px window`, async ({ page }) => {
		test.slow();
		await page.setViewportSize({ width, height: 900 });
		await signInAsNewSupplier(page);
		const wide: string[] = [];
		for (const route of ROUTES) {
			await page.goto(`.${route}`);
			await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
			const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
			if (scrollWidth > width) wide.push(`${route} is ${scrollWidth} px wide`);
		}
		expect(wide).toEqual([]);
	});
}
