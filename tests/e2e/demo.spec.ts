import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { acceptUsageTerms, logIn } from './portal';
import { errorSummary, nextButton, pressEnter, setCheckbox } from './wizard';
import { mistake } from '../../src/lib/domain/registration/fixtures';

test.describe.configure({ timeout: 120_000 });

const MAIN_CONTACTS = [
	{ username: 'SampleVendor', password: 'Harbor!2026x' },
	{ username: 'sv_newhaven', password: 'Elm-City#2026' },
	{ username: 'maria.oneill', password: 'Stamford$Sun9' }
];

async function loadSampleData(page: Page) {
	await page.goto('demo');
	await page.getByRole('button', { name: 'Load sample data' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Sample data loaded' })).toBeVisible({
		timeout: 60_000
	});
}

test('load sample data and log in as each persona', async ({ page }) => {
	// Seven logins (each hashes a password) and a publication: slow on 2 cores, and slower on a
	// busy one (60 s was once not enough in CI). A whole flow: test.slow(), as the config says.
	test.slow();
	await loadSampleData(page);
	await expect(
		page.getByRole('status').filter({ hasText: 'Sample data loaded' })
	).not.toContainText('problems');
	const table = page.getByRole('table', { name: /Sample supplier logins/ });
	// The Log in column comes first: Organization, User, Username, Demo password follow.
	const usernames = await table.locator('tbody tr td:nth-child(4)').allTextContents();
	const passwords = await table.locator('tbody tr td:nth-child(5)').allTextContents();
	expect(usernames.length).toBeGreaterThanOrEqual(7);
	for (const [i, username] of usernames.entries()) {
		await page.evaluate(() => sessionStorage.clear());
		await logIn(page, username, passwords[i]!);
		await acceptUsageTerms(page);
		await expect(page).toHaveURL(/\/portal$/);
	}
	// The table's own "Log in" goes straight in.
	await page.evaluate(() => sessionStorage.clear());
	await page.goto('demo');
	await page.getByRole('button', { name: `Log in as ${MAIN_CONTACTS[0]!.username}` }).click();
	await expect(page).toHaveURL(/\/portal$/);
	// Invitations are part of the sample data: the organization is invited to two informal
	// solicitations, counted on the dashboard and listed on the Bid Board.
	const invited = page.getByRole('link', {
		name: '2 open informal solicitations for State of Connecticut'
	});
	await expect(invited).toBeVisible();
	await invited.click();
	await expect(page.getByRole('status').filter({ hasText: 'Showing 1–2 of 2' })).toBeVisible();

	// The Bid Board's publish control is in the demo tools too.
	await page.goto('demo');
	const toggle = page.getByRole('button', { name: 'Demo: publish a solicitation' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(toggle).toBeFocused();
	await page.getByLabel('Title').fill('Demo Building Maintenance');
	await page.getByLabel('UNSPSC code').fill('72101507');
	const due = new Date(Date.now() + 14 * 864e5).toISOString().slice(0, 10);
	await page.getByLabel('Due date (2:00 PM Eastern)').fill(due);
	await page.getByRole('button', { name: 'Publish and send notifications' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Published' })).toContainText(
		'Sample Vendor LLC'
	);
});

test('fill a step with a persona’s mistake and see the error summary', async ({ page }) => {
	await page.goto('demo');
	const demoMode = page.getByRole('checkbox', { name: 'Demo mode' });
	await setCheckbox(demoMode, true);
	await expect(page.getByText('Demo mode is on')).toBeVisible();
	await page.goto('register/organization');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Organization Information' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Fill this step' }).click();
	await page.getByLabel('Persona').selectOption({ label: 'Sample Vendor LLC (parent, FEIN)' });
	const m = mistake('city-empty');
	await page.getByLabel('Mistake').selectOption({ label: m.label });
	await page.getByRole('button', { name: 'Fill', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Filled with' })).toBeVisible();
	await expect(page.getByLabel(/Legal Name/).first()).toHaveValue('Sample Vendor LLC');
	await pressEnter(nextButton(page));
	await expect(errorSummary(page)).toContainText(m.expectedMessage);
});

test('export, wipe, import and find everything back; a bad file changes nothing', async ({
	page
}) => {
	await page.goto('demo');
	await loadSampleData(page);
	// A draft in progress.
	await page.goto('register/instructions');
	await setCheckbox(page.getByRole('checkbox', { name: 'Yes, I agree.' }), true);
	await pressEnter(nextButton(page));
	await page
		.getByLabel(/Legal Name/)
		.first()
		.fill('Draft Keeper Co');
	await page.getByRole('button', { name: 'Save and Return Later' }).click();
	await expect(page.getByRole('heading', { name: 'Your registration is saved' })).toBeVisible();
	const resumeLink = (await page.locator('#resume-link').getAttribute('href'))!;
	const legalName = page.getByLabel(/Legal Name/).first();

	await page.goto('demo');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export all data' }).click();
	const file = await (await downloading).path();
	const exported = readFileSync(file, 'utf8');
	// The draft is in the file sealed: only its resume link opens it.
	expect(exported).toMatch(/"drafts": \[\s*\{/);
	expect(exported).not.toContain('Draft Keeper Co');

	await page.getByRole('button', { name: 'Wipe all data' }).click();
	await expect(page.getByRole('dialog', { name: 'Wipe all data?' })).toBeVisible();
	// The dialog opens on Cancel, not on the button that destroys everything.
	await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.getByRole('button', { name: 'Yes, wipe all data' }).click();
	await expect(page.getByText('All data in this browser was wiped.')).toBeVisible();
	await page.goto(resumeLink);
	await expect(page.getByText(/There is no saved registration for this link/)).toBeVisible();

	await page.goto('demo');
	await page.getByLabel('Export file to import').setInputFiles({
		name: 'demo.json',
		mimeType: 'application/json',
		buffer: Buffer.from(exported)
	});
	await page.getByRole('button', { name: 'Import data' }).click();
	// Nothing is written before the person has seen what is replaced and said yes.
	const ask = page.getByRole('group', { name: 'Replace everything in this browser?' });
	await expect(ask).toBeFocused();
	await expect(ask.getByRole('row', { name: /Registration drafts 0 1/ })).toBeVisible();
	await ask.getByRole('button', { name: 'Yes, replace everything' }).click();
	await expect(page.getByText(/Imported \d+ records/)).toBeVisible();
	await page.goto(resumeLink);
	await expect(legalName).toHaveValue('Draft Keeper Co');

	// An invalid file: says why, changes nothing.
	await page.goto('demo');
	const broken = JSON.parse(exported) as { stores: { users: { usernameLower: unknown }[] } };
	broken.stores.users[0]!.usernameLower = 42;
	await page.getByLabel('Export file to import').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(broken))
	});
	await page.getByRole('button', { name: 'Import data' }).click();
	const alert = page.getByRole('alert').filter({ hasText: 'The file was not imported' });
	await expect(alert).toContainText('Nothing was changed');
	await expect(alert).toContainText('usernameLower');
	await logIn(page, MAIN_CONTACTS[1]!.username, MAIN_CONTACTS[1]!.password);
	await acceptUsageTerms(page);
	await expect(page).toHaveURL(/\/portal$/);
	await page.goto(resumeLink);
	await expect(legalName).toHaveValue('Draft Keeper Co');
});
