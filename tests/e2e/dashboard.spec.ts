/**
 * The WebProcure Home Page (dashboard), its menus, Service Regions and Opportunity Management:
 * what a newly registered supplier sees, and how the reminders and the Documents table follow
 * what the supplier does.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { logIn, signInAsNewSupplier } from './portal';
import { setCheckbox } from './wizard';

const reminders = (page: Page) => page.getByRole('region', { name: 'Reminders' });
/** The portal's own reminders for the organization, below the guide's five. */
const ours = (page: Page) => page.getByRole('region', { name: 'For your organization' });

/** The guide's five reminders, in its order and words (each links where it is done). */
const GUIDE_REMINDERS = [
	'Please make sure your profile is up to date.',
	'Add more buyers',
	'Add more regions for wider geographical business offerings',
	'Please fill in any additional required information for your selected buyers.',
	'Please add @perfect.com and @proactis.com domains to the "Do-Not-Block" list on your email account.'
];

async function expectGuideReminders(page: Page) {
	await expect(reminders(page).getByRole('list').first().getByRole('listitem')).toHaveText(
		GUIDE_REMINDERS
	);
}
const documentsTable = (page: Page) =>
	page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Formal' }) });

test.describe('Home dashboard', () => {
	test('a new supplier sees the sections, the reminders that apply and the State of Connecticut documents', async ({
		page
	}) => {
		await signInAsNewSupplier(page);
		await expect(page).toHaveTitle(/WebProcure Home Page/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Home');
		for (const name of ['Message Board', 'Reminders', 'Documents', 'Performance Assessment Data']) {
			await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
		}
		await expect(page.getByRole('region', { name: 'Message Board' })).toContainText(
			'Sample news of this prototype.'
		);

		// The guide's five, every time, each linking where it is done.
		await expectGuideReminders(page);
		const list = reminders(page);
		await expect(list.getByRole('link', { name: 'Add more buyers' })).toHaveAttribute(
			'href',
			/\/portal\/opportunities$/
		);
		await expect(
			list.getByRole('link', { name: 'Add more regions for wider geographical business offerings' })
		).toHaveAttribute('href', /\/portal\/regions$/);
		await expect(
			list.getByRole('link', {
				name: 'Please fill in any additional required information for your selected buyers.'
			})
		).toHaveAttribute('href', /\/portal\/account\/ct\/attributes$/);
		await expect(
			list.getByRole('link', { name: 'Please make sure your profile is up to date.' })
		).toHaveAttribute('href', /\/portal\/account$/);

		// Below them, what the portal found for this organization: registered only with the State
		// of Connecticut, no regions, codes chosen today.
		await expect(ours(page).getByRole('listitem')).toHaveText([
			'You are registered with the State of Connecticut only.',
			'You have not chosen the states and territories your organization serves.',
			'See what is complete and missing before a contract award.'
		]);
		await expect(
			ours(page).getByRole('link', {
				name: 'See what is complete and missing before a contract award.'
			})
		).toHaveAttribute('href', /\/portal\/readiness$/);

		// The counts come from the Bid Board: the open formal solicitations the sample supplier's
		// family 72100000 covers (the link shows exactly those), none of the informal ones (not
		// invited), and no contracts (a new supplier).
		const table = documentsTable(page);
		await expect(table.getByRole('columnheader', { name: 'Solicitations' })).toBeVisible();
		const ct = table.getByRole('row', { name: /State of Connecticut/ });
		await expect(ct.getByRole('rowheader')).toHaveText('State of Connecticut');
		const formal = ct.getByRole('link', {
			name: /^\d+ open formal solicitations? for State of Connecticut$/
		});
		await expect(formal).toHaveAttribute('href', /\/bids\?status=open&type=formal&codes=72100000$/);
		const formalCount = Number(/\d+/.exec((await formal.textContent()) ?? '')?.[0]);
		await expect(
			ct.getByRole('link', { name: '0 open informal solicitations for State of Connecticut' })
		).toHaveAttribute('href', /\/bids\?status=open&type=informal$/);
		await expect(
			ct.getByRole('link', { name: '0 contracts awarded to you by State of Connecticut' })
		).toHaveAttribute('href', /\/contracts\?q=Sample%20Vendor%20LLC$/);
		await expect(ct.getByRole('cell', { name: 'Not applicable' })).toHaveCount(2);

		const performance = page.getByRole('region', { name: 'Performance Assessment Data' });
		await expect(performance.getByRole('row', { name: /State of Connecticut/ })).toContainText(
			'Will be provided in the future.'
		);

		await formal.click();
		await expect(page).toHaveURL(/\/bids\?status=open&type=formal&codes=72100000$/);
		await expect(
			page.getByRole('status').filter({ hasText: /Showing|No solicitations/ })
		).toContainText(
			formalCount === 0
				? 'No solicitations match these filters.'
				: new RegExp(`of ${formalCount} solicitations?\\.`)
		);
	});

	test('without codes ("Unknown") the dashboard says so and no formal solicitation is counted', async ({
		page
	}) => {
		await signInAsNewSupplier(page, { persona: 'out-of-country' });
		await expect(
			ours(page).getByRole('link', {
				name: 'You have no commodity codes (or chose “Unknown”), so you receive no solicitation notifications.'
			})
		).toHaveAttribute('href', /\/portal\/account$/);
		await expectGuideReminders(page);
		await expect(
			documentsTable(page).getByRole('link', {
				name: '0 open formal solicitations for State of Connecticut'
			})
		).toBeVisible();
	});

	test('a profile not saved for more than 90 days is named for the organization', async ({
		page
	}) => {
		const registered = new Date('2026-01-05T10:00:00Z');
		await page.clock.install({ time: registered });
		const account = await signInAsNewSupplier(page);
		const stale = 'Your profile was last saved more than 90 days ago: check that it is up to date.';
		await expect(ours(page)).toBeVisible();
		await expect(ours(page)).not.toContainText(stale);

		await page.clock.setSystemTime(new Date(registered.getTime() + 91 * 24 * 60 * 60 * 1000));
		await logIn(page, account.username, account.password);
		await expect(page).toHaveURL(/\/portal$/);
		await expect(ours(page).getByRole('link', { name: stale })).toHaveAttribute(
			'href',
			/\/portal\/account$/
		);
		await expectGuideReminders(page);
	});

	test('the menus work with the keyboard, and Need Help? gives the support lines', async ({
		page
	}) => {
		await signInAsNewSupplier(page);
		const solicitations = page.getByRole('button', { name: 'Solicitations' });
		const current = page.getByRole('link', { name: 'View Current Solicitations' });

		await solicitations.focus();
		await page.keyboard.press('Enter');
		await expect(solicitations).toHaveAttribute('aria-expanded', 'true');
		await expect(current).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(current).toBeHidden();
		await expect(solicitations).toBeFocused();

		await page.keyboard.press('Space');
		await expect(current).toBeVisible();
		await expect(page.getByRole('link', { name: 'View all public Solicitations' })).toHaveAttribute(
			'href',
			/\/bids\?status=all$/
		);
		await page.keyboard.press('Escape');
		await expect(solicitations).toHaveAttribute('aria-expanded', 'false');
		await expect(solicitations).toBeFocused();

		await page.getByRole('button', { name: 'Need Help?' }).click();
		const help = page.locator('#menu-help');
		await expect(help).toContainText('Phone Support');
		await expect(help.getByRole('link', { name: '866-889-8533' })).toBeVisible();
		await expect(help).toContainText('Email Support');
		await expect(
			help.getByRole('link', { name: 'suppliersupport@proactisservicedesk.com' })
		).toBeVisible();
		await help.getByRole('link', { name: 'Online Help' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Online Help');
		await expect(page.getByRole('main')).toContainText('Contract Specialist listed');
	});

	test('choosing a service region removes the "no regions" reminder, not the guide\'s', async ({
		page
	}) => {
		await signInAsNewSupplier(page);
		await reminders(page)
			.getByRole('link', { name: 'Add more regions for wider geographical business offerings' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service Regions');

		// Nothing chosen: the error summary and the message by the list.
		const save = page.getByRole('button', { name: 'Save', exact: true });
		await save.click();
		const summary = page.getByRole('region', { name: 'There is a problem' });
		await expect(summary).toBeFocused();
		const message = 'Select at least one state or territory that your organization serves.';
		await expect(summary.getByRole('link', { name: message })).toBeVisible();
		await expect(page.getByRole('group', { name: /States and territories/ })).toContainText(
			message
		);

		await page.getByRole('button', { name: 'Select all' }).click();
		await page.getByRole('button', { name: 'Clear all' }).click();
		await expect(page.getByLabel('Connecticut', { exact: true })).not.toBeChecked();
		await setCheckbox(page.getByLabel('Connecticut', { exact: true }), true);
		await setCheckbox(page.getByLabel('Rhode Island', { exact: true }), true);
		await expect(summary).toBeHidden();
		await save.click();
		await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
			'Your organization serves 2 states and territories.'
		);

		await page.getByRole('link', { name: 'Home', exact: true }).click();
		await expect(ours(page)).toContainText('State of Connecticut only');
		await expect(ours(page)).not.toContainText('states and territories');
		await expectGuideReminders(page);
	});

	test('registering with State of Rhode Island adds it to the Documents table and My Account', async ({
		page
	}) => {
		await signInAsNewSupplier(page);
		await page.getByRole('button', { name: /Doe/ }).click();
		await page.getByRole('link', { name: 'Opportunity Management' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opportunity Management');
		await expect(page.getByRole('main')).toContainText(
			'where you can apply to do business with other buyers utilizing WebProcure'
		);

		await page
			.getByRole('button', { name: 'Register with this buyer (State of Rhode Island)' })
			.click();
		await expect(page.getByRole('status').filter({ hasText: 'registered with' })).toContainText(
			'Your organization is now registered with State of Rhode Island.'
		);
		const mine = page.getByRole('region', { name: 'Buyers you are registered with' });
		await expect(mine.getByRole('heading', { name: /State of Rhode Island/ })).toBeFocused();
		await expect(
			mine.getByRole('listitem').filter({ hasText: 'State of Rhode Island' })
		).toContainText(/Registered on \w+ \d+, \d{4}/);

		await page.getByRole('link', { name: 'Home', exact: true }).click();
		await expect(
			documentsTable(page).getByRole('row', { name: /State of Rhode Island/ })
		).toContainText('Not tracked in this prototype');
		await expect(ours(page)).not.toContainText('State of Connecticut only');
		await expectGuideReminders(page);

		await page.getByRole('button', { name: /Doe/ }).click();
		await page.getByRole('link', { name: 'My Account' }).click();
		const accountMenu = page.getByRole('navigation', { name: 'My Account' });
		const management = accountMenu.getByRole('button', { name: 'Account Management' });
		if ((await management.getAttribute('aria-expanded')) !== 'true') await management.click();
		await expect(accountMenu.getByRole('link', { name: 'State of Rhode Island' })).toBeVisible();

		await page.getByRole('button', { name: 'Solicitations' }).click();
		await page.getByRole('link', { name: 'View all organizations' }).click();
		const organizations = page.getByRole('table');
		await expect(organizations.getByRole('row', { name: /State of Rhode Island/ })).toContainText(
			/Registered since \w+ \d+, \d{4}/
		);
		await expect(
			organizations.getByRole('row', { name: /City of Pittsburgh/ }).getByRole('link', {
				name: 'Register in Opportunity Management with City of Pittsburgh'
			})
		).toHaveAttribute('href', /\/portal\/opportunities$/);
	});

	test('a buyer other than the State of Connecticut can be removed after confirming', async ({
		page
	}) => {
		await signInAsNewSupplier(page);
		await page.goto('portal/opportunities');
		await page
			.getByRole('button', { name: 'Register with this buyer (City of Pittsburgh)' })
			.click();
		const mine = page.getByRole('region', { name: 'Buyers you are registered with' });
		await expect(mine).toContainText('City of Pittsburgh');
		await expect(mine.getByRole('button', { name: /Remove State of Connecticut/ })).toHaveCount(0);

		await mine.getByRole('button', { name: 'Remove City of Pittsburgh' }).click();
		await expect(page.getByRole('heading', { name: 'Remove City of Pittsburgh?' })).toBeFocused();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(mine.getByRole('button', { name: 'Remove City of Pittsburgh' })).toBeFocused();

		await mine.getByRole('button', { name: 'Remove City of Pittsburgh' }).click();
		await page.getByRole('button', { name: 'Yes, remove City of Pittsburgh' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'registered with' })).toContainText(
			'Your organization is no longer registered with City of Pittsburgh.'
		);
		await expect(mine).not.toContainText('City of Pittsburgh');
		await expect(
			page.getByRole('button', { name: 'Register with this buyer (City of Pittsburgh)' })
		).toBeVisible();
	});

	test('at 320 px wide the dashboard does not scroll sideways', async ({ page }) => {
		await signInAsNewSupplier(page);
		await page.setViewportSize({ width: 320, height: 640 });
		await expect(documentsTable(page)).toBeVisible();
		const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(scrollWidth).toBeLessThanOrEqual(320);
	});
});
