import { expect, test } from './fixtures';
import { pressEnter, register } from './wizard';
import { personaValues } from '../../src/lib/domain/registration/fixtures';

// The project blocks service workers in every other test; this one is about them.
test.use({ serviceWorkers: 'allow' });

test.describe('working offline', () => {
	test('after a first visit, a supplier registers with no network', async ({ page, context }) => {
		// A whole registration plus the first install's precache: slow on 2 cores beside other tests.
		test.setTimeout(90_000);
		await page.goto('./');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// The service worker has precached everything and controls the page.
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);

		await context.setOffline(true);
		// Really offline: a file the worker did not precache cannot be fetched.
		const uncached = await page.evaluate(() =>
			fetch(new URL('_app/version.json', document.baseURI)).then(
				() => 'fetched',
				() => 'failed'
			)
		);
		expect(uncached).toBe('failed');

		// The whole registration, with the review step on (the default); the commodity code data
		// comes from the service worker's cache.
		const persona = personaValues('parent-fein');
		await register(page, persona, { review: true });
		await expect(
			page.getByText(`Thank You ${persona.contact.firstName}, you are DONE!`)
		).toBeVisible();
		await expect(page.getByText(`Your username : ${persona.contact.username}`)).toBeVisible();

		// A prerendered page, opened directly while offline.
		await page.goto('./login');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Log in to WebProcure' })
		).toBeVisible();

		// A page that is not prerendered for its query: served from the cached page offline.
		await page.goto('./bids/view?id=sol-001');
		await expect(page.getByRole('link', { name: 'Back to the Bid Board' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Solicitation');

		// An address with no page at all gets the app's fallback page (its own "not found").
		const response = await page.goto('./no-such-page');
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();

		await context.setOffline(false);
	});

	test('a new deployment shows a notice, and Reload switches to it', async ({ page }) => {
		await page.goto('./');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);
		// The next visit: the page loads under the worker.
		await page.reload();
		await expect(page.getByText('A new version of CTsource is available.')).toHaveCount(0);

		// A "new deployment": the same scope registered with a new script URL installs a second
		// worker, which waits (the worker never skips waiting by itself). Playwright cannot route
		// the browser's own update check of the worker script, so the URL stands in for new bytes.
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			const url = new URL(registration.active!.scriptURL);
			url.searchParams.set('deployment', '2');
			await navigator.serviceWorker.register(url.href, { scope: registration.scope });
		});
		const notice = page
			.getByRole('status')
			.filter({ hasText: 'A new version of CTsource is available.' });
		await expect(notice).toBeVisible({ timeout: 15_000 });
		// Nothing switches until the person chooses to.
		expect(
			await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')
		).not.toContain('deployment=2');

		const reloaded = page.waitForEvent('load');
		await pressEnter(notice.getByRole('button', { name: 'Reload' }));
		await reloaded;
		// The page reloaded under the new worker.
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''))
			.toContain('deployment=2');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});
});
