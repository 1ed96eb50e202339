/**
 * The whole procurement loop with the agency and two suppliers side by side in one browser:
 * register → approve → draft and publish a solicitation → intend to respond → respond → addendum
 * (an unacknowledged addendum blocks the submit) → responses sealed until the due date → the
 * demo clock passes the due date (a late submit is refused by the action) → responses side by
 * side → award (the notice goes to the Contract Notification Contact; the other responder is
 * told) → the supplier's Contract Award Readiness → finalize → the contract on the Contract Board
 * and in the supplier's dashboard.
 */
import type { Page } from '@playwright/test';
import { axeCheck, expect, test } from './fixtures';
import { signInAsNewSupplier } from './portal';
import { easternPlus, setDemoClock, staffSignIn } from './procurement';
import {
	fillCompanyInfo,
	fillEo13g,
	expectSaved,
	openAttachments,
	openAttributes,
	pdf,
	upload
} from './requirements';
import { setCheckbox } from './wizard';

const TITLE = 'Snow removal, Hartford campus';
/** What the page says in a live region (the outcome of an action). */
const said = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

async function respond(page: Page, id: string, price: string) {
	await page.goto(`bids/view?id=${encodeURIComponent(id)}&tab=respond`);
	await expect(page.getByRole('heading', { name: 'Respond' })).toBeVisible();
	await page.getByLabel('Price (US dollars)').fill(price);
	await page
		.getByLabel('Technical statement')
		.fill('Two plows and a salt truck on call all winter.');
	await setCheckbox(page.locator('#response-certified'), true);
}

test('the whole loop: publish, respond, addendum, sealed until the due date, award, readiness, contract', async ({
	page: harbor,
	context
}) => {
	test.setTimeout(8 * 60_000);
	// Two suppliers: Harbor Facility Services (its contract contact entered now) and Maria O'Neill.
	await signInAsNewSupplier(harbor, { persona: 'dba-branch' });
	const maria = await context.newPage();
	await signInAsNewSupplier(maria, { persona: 'sole-proprietor-ssn' });

	// The agency approves both registrations.
	const agency = await context.newPage();
	await staffSignIn(agency);
	for (const name of ['Sample Vendor LLC', 'Maria O’Neill', "Maria O'Neill"]) {
		const approve = agency.getByRole('button', { name: `Approve ${name}` });
		if (await approve.count()) {
			await approve.click();
			await expect(said(agency, `Approved the registration of ${name}`)).toBeVisible();
		}
	}

	// A new solicitation: Publish checks every field, linked from the summary.
	await agency.getByRole('link', { name: 'Solicitations' }).click();
	await agency.getByRole('link', { name: 'New solicitation' }).click();
	await expect(agency.getByRole('heading', { name: 'New solicitation' })).toBeVisible();
	await expect(agency.getByLabel(/Due time \(ET\)/)).toHaveValue('14:00');
	await agency.getByRole('button', { name: 'Publish' }).click();
	const summary = agency.getByRole('region', { name: 'There is a problem' });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveText([
		'Enter the solicitation title',
		'Enter the description',
		'Choose at least one UNSPSC code'
	]);
	await agency.getByLabel(/^Title/).fill(TITLE);
	await agency.getByLabel(/^Description/).fill('Plowing and salting of the Hartford campus lots.');
	await agency.getByRole('button', { name: 'Save draft' }).click();
	await expect(agency.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible();
	await expect(agency).toHaveURL(/view=solicitations&id=sol-/);
	const id = new URL(agency.url()).searchParams.get('id')!;
	await agency.getByLabel('Add documents').setInputFiles([pdf('specifications.pdf')]);
	await expect(agency.getByRole('status').filter({ hasText: '1 document added' })).toBeVisible();
	await agency.getByRole('button', { name: 'Choose UNSPSC codes' }).click();
	await agency.locator('#sol-unspsc').fill('72101500');
	await setCheckbox(
		agency
			.getByRole('region', { name: 'Available Categories' })
			.getByRole('checkbox', { name: 'Building maintenance and repair services (72101500)' }),
		true
	);
	expect((await axeCheck(agency)).violations).toEqual([]);
	await agency.getByRole('button', { name: 'Publish' }).click();
	await expect(agency.getByRole('heading', { name: `${TITLE}`, exact: false })).toBeVisible();
	await expect(said(agency, 'Notification e-mails went to')).toBeVisible();
	await expect(said(agency, 'Sample Vendor LLC')).toBeVisible();
	const due = (await agency.locator('dt:text-is("Due") + dd').textContent()) ?? '';

	// Harbor intends to respond and submits; Maria (not notified: other codes) responds too.
	await harbor.goto(`bids/view?id=${encodeURIComponent(id)}&tab=documents`);
	await expect(harbor.getByRole('button', { name: 'specifications.pdf' })).toBeVisible();
	await respond(harbor, id, '48,000.00');
	await harbor.getByLabel('Add documents').setInputFiles([pdf('proposal.pdf')]);
	await expect(said(harbor, '1 document added.')).toBeVisible();
	await setCheckbox(harbor.locator('#response-intent'), true);
	await harbor.getByRole('button', { name: 'Submit response' }).click();
	await expect(harbor.getByRole('region', { name: 'Your submitted response' })).toBeFocused();
	await respond(maria, id, '52,750.00');
	// What was typed survives a reload at once (before the save after the pause).
	await maria.getByLabel('Technical statement').fill('One plow, on call.');
	await maria.reload();
	await expect(maria.getByLabel('Technical statement')).toHaveValue('One plow, on call.');
	await expect(maria.getByLabel('Price (US dollars)')).toHaveValue('52,750.00');
	await setCheckbox(maria.locator('#response-certified'), true);
	await maria.getByRole('button', { name: 'Submit response' }).click();
	await expect(maria.getByRole('region', { name: 'Your submitted response' })).toBeFocused();

	// Sealed: the agency sees how many, not who or how much.
	await agency.reload();
	const responses = agency.getByRole('region', { name: 'Responses' });
	await expect(responses).toContainText('2 responses received.');
	await expect(responses).not.toContainText('Sample Vendor LLC');
	await expect(responses).not.toContainText('48,000');

	// An addendum: e-mailed to both (one intends, both responded); the revised submit needs it.
	await agency.getByLabel(/^Addendum text/).fill('The site visit moves to the north lot.');
	await agency.getByRole('button', { name: 'Publish addendum' }).click();
	await expect(said(agency, 'Published Addendum 1. E-mailed 2 suppliers')).toBeVisible();
	await harbor.getByLabel('Price (US dollars)').fill('47,500.00');
	await harbor.getByRole('button', { name: 'Submit revised response' }).click();
	await expect(
		harbor.getByRole('region', { name: 'There is a problem' }).getByRole('link')
	).toHaveText(['Acknowledge Addendum 1 before you submit']);
	await setCheckbox(harbor.getByLabel(/I acknowledge Addendum 1/), true);
	await harbor.getByRole('button', { name: 'Submit revised response' }).click();
	await expect(harbor.getByRole('region', { name: 'Your submitted response' })).toContainText(
		'47,500.00'
	);

	// The due date passes (demo clock): a late revision is refused by the action itself.
	const tools = await context.newPage();
	await setDemoClock(tools, easternPlus(due, 1));
	await tools.close();
	await maria.getByRole('button', { name: 'Submit revised response' }).click();
	await expect(maria.getByRole('alert').filter({ hasText: 'due date has passed' })).toHaveText(
		'The due date has passed: responses can no longer be submitted, revised or withdrawn.'
	);

	// Opened side by side, lowest price first; award to Harbor.
	await agency.reload();
	const table = responses.getByRole('table');
	await expect(table.getByRole('row')).toHaveCount(3);
	await expect(table.getByRole('row').nth(1)).toContainText('47,500.00');
	await expect(table.getByRole('row').nth(1)).toContainText('All 1 acknowledged');
	await expect(
		table.getByRole('row').nth(1).getByRole('button', { name: 'proposal.pdf' })
	).toBeVisible();
	await expect(table.getByRole('row').nth(2)).toContainText('52,750.00');
	await table.getByRole('button', { name: 'Award to Sample Vendor LLC' }).click();
	await agency.getByRole('button', { name: 'Confirm award' }).click();
	await expect(
		said(
			agency,
			'The notice of award went to contracts@harborfacility.example; 1 unsuccessful responder was told.'
		)
	).toBeVisible();

	// Finalize waits for the supplier's readiness.
	await agency.getByRole('button', { name: 'Finalize award' }).click();
	await expect(said(agency, 'Contract Award Readiness is not complete')).toBeVisible();
	expect((await axeCheck(agency)).violations).toEqual([]);

	// The e-mails.
	await agency.goto('outbox');
	const award = agency.getByRole('article').filter({ hasText: 'Notice of award' });
	await expect(award).toContainText('contracts@harborfacility.example');
	await expect(agency.getByRole('article').filter({ hasText: 'Not awarded' })).toBeVisible();
	await agency.goBack();

	// The supplier's dashboard: the readiness to-do; then the supplier completes it.
	await harbor.goto('portal');
	const awards = harbor.getByRole('region', { name: 'Awards' });
	await expect(awards).toContainText('To do:');
	await expect(awards.getByRole('link', { name: 'Contract Award Readiness' })).toBeVisible();
	await openAttachments(harbor);
	await upload(
		harbor,
		'Insurance documents',
		[pdf('coi.pdf')],
		'Certificate of Insurance (Acord Form)'
	);
	await expect(harbor.getByRole('row', { name: /coi\.pdf/ })).toBeVisible();
	await upload(harbor, 'W-9', [pdf('w9.pdf')]);
	await expect(harbor.getByRole('row', { name: /w9\.pdf/ })).toBeVisible();
	await upload(harbor, 'Statutory affidavits/certifications', [pdf('affidavits.pdf')]);
	await expect(harbor.getByRole('row', { name: /affidavits\.pdf/ })).toBeVisible();
	await openAttributes(harbor);
	await expectSaved(await fillCompanyInfo(harbor));
	await expectSaved(
		await fillEo13g(harbor, { a: '20', b: '0', c: '5', c1: '1', c2: '1', c3: '0', d: '25' })
	);

	// Finalized: the contract is on the Contract Board and counted on the dashboard.
	await agency.goto(`agency?view=solicitations&id=${encodeURIComponent(id)}`);
	await agency.getByRole('button', { name: 'Finalize award' }).click();
	await expect(said(agency, 'The award is final')).toBeVisible();
	await agency.getByRole('link', { name: /on the Contract Board/ }).click();
	await expect(agency.getByRole('heading', { level: 1 })).toContainText(TITLE);
	await expect(agency.locator('dt:text-is("Contractor") + dd')).toHaveText('Sample Vendor LLC');

	await harbor.goto('portal');
	await expect(awards).toContainText(/Contract .*-C/);
	await expect(harbor.getByRole('link', { name: /^1 contract awarded to you/ })).toBeVisible();
});
