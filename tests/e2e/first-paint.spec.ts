/**
 * The first screen of a page paints from its HTML, not after the JavaScript runs (#16): each page
 * the audit measures, opened with JavaScript off, already shows its heading and its first fields
 * or content. A wizard step opened from a resume link shows its fields under "Loading your
 * registration…" while the draft is read, and they take the draft's values once it is open.
 */
import { test as plain, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { agree, nextButton, pressEnter, setCheckbox, startRegistration } from './wizard';

// Without JavaScript the shared axe check cannot run in the page: these use the plain fixture
// (the same pages are checked with axe, JavaScript on, by the other specs).
plain.describe('with JavaScript off', () => {
	plain.use({ javaScriptEnabled: false });

	plain('the home page shows its heading and the boards', async ({ page }) => {
		await page.goto('/');
		await expect(
			page.getByRole('heading', { level: 1, name: 'CTsource Supplier Portal' })
		).toBeVisible();
		await expect(page.getByRole('heading', { name: 'CTSource Bid Board' })).toBeVisible();
	});

	plain('Supplier Registration shows Step 1 with its consent box and buttons', async ({ page }) => {
		await page.goto('/register');
		await expect(page.getByRole('heading', { name: 'Supplier Registration' })).toBeVisible();
		await expect(page.getByRole('checkbox')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
	});

	plain('a wizard step shows its fields while the registration loads', async ({ page }) => {
		await page.goto('/register/organization');
		await expect(
			page.getByRole('status').filter({ hasText: 'Loading your registration…' })
		).toBeVisible();
		await expect(
			page.getByRole('heading', { level: 2, name: 'Organization Information', exact: true })
		).toBeVisible();
		// Inert until the draft is open: shown, but not yet in the accessibility tree.
		await expect(page.getByText('Legal Name of Entity/Individual', { exact: false })).toBeVisible();
		await expect(page.getByText('Country', { exact: true })).toBeVisible();
		// The prerendered list marks its default: United States, not the first country A to Z.
		await expect(page.locator('#country')).toHaveValue('United States');
	});

	plain('the Bid Board shows its heading and search form', async ({ page }) => {
		await page.goto('/bids');
		await expect(page.getByRole('heading', { level: 1, name: 'Bid Board' })).toBeVisible();
		await expect(page.getByRole('searchbox', { name: 'Keyword' })).toBeVisible();
	});

	plain('Log In shows its form', async ({ page }) => {
		await page.goto('/login');
		await expect(page.getByRole('textbox', { name: 'Username / Email Address' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Log In' })).toBeVisible();
	});
});

test('a step opened again shows the draft’s values in its fields, ready to edit', async ({
	page
}) => {
	await startRegistration(page);
	await agree(page);
	const legal = page.getByRole('textbox', { name: /Legal Name of Entity\/Individual/ });
	await legal.fill('Frame Test LLC');
	await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
	await page.reload();
	await expect(legal).toHaveValue('Frame Test LLC');
	await expect(legal).toBeEditable();
	await expect(page.getByText('Loading your registration…')).toHaveCount(0);
	await legal.fill('Frame Test Inc');
	await expect(legal).toHaveValue('Frame Test Inc');
});

test('the first frame is drawn from the HTML before any of the portal’s scripts is fetched', async ({
	page
}) => {
	// Scripts the page had fetched when its first frame was drawn (the first animation frame).
	await page.addInitScript(() => {
		requestAnimationFrame(() => {
			const scripts = performance
				.getEntriesByType('resource')
				.filter((entry) => entry.name.endsWith('.js'));
			document.documentElement.dataset.scriptsAtFirstFrame = String(scripts.length);
		});
	});
	const firstFrame = async (path: string) => {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-scripts-at-first-frame', '0');
	};
	// …and then the app starts: Log In answers, the wizard's step opens, the board lists.
	await firstFrame('/login');
	await page.getByRole('button', { name: 'Log In' }).click();
	await expect(page.getByText('Enter your username or e-mail address').first()).toBeVisible();
	await firstFrame('/register/organization');
	await expect(
		page.getByRole('textbox', { name: /Legal Name of Entity\/Individual/ })
	).toBeEditable();
	await firstFrame('/bids');
	await expect(page.getByText('Loading solicitations…')).toHaveCount(0);
	await expect(page.getByRole('searchbox', { name: 'Keyword' })).toBeEditable();
});

test('a wizard step’s prerendered fields are taken over by the app, not drawn again', async ({
	page
}) => {
	// The elements of the HTML, kept before any script runs, are the ones the person then uses:
	// the step's and those of its parts hydrated each in a task of its own (islands).
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const keep = window as unknown as { fromHtml: Element[] };
			keep.fromHtml = [
				'#legalName',
				'#country',
				'#step-heading',
				'#address1',
				'#duns',
				'.usa-step-indicator'
			].map((selector) => document.querySelector(selector)!);
		});
	});
	await page.goto('/register/organization');
	const legal = page.getByRole('textbox', { name: /Legal Name of Entity\/Individual/ });
	await expect(legal).toBeEditable();
	await legal.fill('Hydrated LLC');
	await expect(page.getByText('All changes saved at')).toBeVisible({ timeout: 20_000 });
	const same = await page.evaluate(() =>
		(window as unknown as { fromHtml: Element[] }).fromHtml.map((element) => element.isConnected)
	);
	expect(same).toEqual([true, true, true, true, true, true]);
	await expect(page.locator('#country')).toHaveValue('United States');
	// And they answer: the address part's ZIP code and the DUNS part's own checks.
	await page.getByRole('textbox', { name: /^DUNS Number\/Unique 9-digit Identifier/ }).fill('12');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(
		page.getByRole('link', {
			name: 'Enter the 9 digits of the DUNS number, with no letters or symbols'
		})
	).toBeVisible();
});

test('a wizard step’s code is fetched with the page’s own, each module once', async ({ page }) => {
	// The step's component is imported by its route as the app starts: named in the page, it is
	// fetched with the rest in one round trip, not after the app's own modules have run.
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('.js')) fetched.push(new URL(request.url()).pathname);
	});
	await page.goto('/register/organization');
	// The field is editable from the HTML; a saved change shows the app has started.
	await page.getByRole('textbox', { name: /Legal Name of Entity\/Individual/ }).fill('Fetched LLC');
	await expect(page.getByText('All changes saved at')).toBeVisible({ timeout: 20_000 });
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string }>;
	const step = `/${manifest['src/lib/registration/steps/OrganizationStep.svelte']!.file}`;
	expect(fetched).toContain(step);
	const html = await (await page.request.get('/register/organization')).text();
	expect(html).toContain(`"${step}"`);
	// The wizard is an island, its head not part of the page's render: the route writes the title.
	expect(html).toContain(
		'<title>Organization Information - CTSource Registration | CTsource</title>'
	);
	expect(new Set(fetched).size).toBe(fetched.length);
	const preloads = await page.evaluate(() =>
		[...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'))
	);
	expect(new Set(preloads).size).toBe(preloads.length);
});

test.describe('pressed before the app has started', () => {
	/** Holds the portal's scripts back until `release()`: the page is its HTML alone meanwhile. */
	async function holdScripts(page: Page) {
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await released;
			await route.continue();
		});
		const posts: string[] = [];
		page.on('request', (request) => {
			if (request.method() === 'POST') posts.push(request.url());
		});
		return { release, posts };
	}

	test('Next on Step 1 is held, not posted, and taken to Step 2 once the app starts', async ({
		page
	}) => {
		const { release, posts } = await holdScripts(page);
		await page.goto('/register');
		await setCheckbox(page.getByRole('checkbox', { name: 'Yes, I agree.' }), true);
		await pressEnter(nextButton(page));
		// Nothing is sent to the static host (it would reload Step 1 and drop the tick).
		await expect(page.getByRole('checkbox', { name: 'Yes, I agree.' })).toBeChecked();
		release();
		await expect(
			page.getByRole('heading', { level: 2, name: 'Organization Information' })
		).toBeFocused();
		expect(posts).toEqual([]);
	});

	test('a button that opens a panel, pressed early, opens it once the app starts', async ({
		page
	}) => {
		const { release } = await holdScripts(page);
		await page.goto('/demo');
		const clock = page.getByRole('button', { name: 'Demo clock: pretend it is another time' });
		await clock.click();
		await expect(page.getByLabel('Pretend it is (Eastern time)')).toHaveCount(0);
		release();
		await expect(page.getByLabel('Pretend it is (Eastern time)')).toBeVisible();
	});

	test('Log In keeps what was typed and answers once the app starts', async ({ page }) => {
		const { release, posts } = await holdScripts(page);
		await page.goto('/login');
		const login = page.getByRole('textbox', { name: 'Username / Email Address' });
		await login.fill('early.supplier@example.com');
		await page.getByRole('button', { name: 'Log In' }).click();
		await expect(login).toHaveValue('early.supplier@example.com');
		release();
		await expect(page.getByRole('link', { name: 'Enter your password' })).toBeVisible();
		await expect(login).toHaveValue('early.supplier@example.com');
		expect(posts).toEqual([]);
	});
});
