/**
 * The next visitor at a shared computer: a new tab of the same browser profile, opened after the
 * previous person closed theirs. Nothing the previous person caused is readable there.
 */
import { expect, test } from '@playwright/test';
import { createSampleAccount } from '../e2e/portal';
import { agree, fillStep, startRegistration } from '../e2e/wizard';
import { personaValues } from '../../src/lib/domain/registration/fixtures';
import { recordFault, storageDump } from './faults';

test('the outbox shows no content or link of another tab’s e-mail', async ({ context, page }) => {
	test.slow();
	const account = await createSampleAccount(page);
	await page.goto('login/trouble');
	await page.getByLabel('Username / Email Address').fill(account.username);
	await page.getByRole('button', { name: 'Send Reset E-mail' }).click();
	await page.getByRole('link', { name: 'E-mail outbox' }).click();
	// The tab that asked for the reset reads its e-mail and its link.
	const own = page.getByRole('article', { name: 'WebProcure password reset' });
	await expect(own.getByRole('link', { name: /\/login\/reset\?token=/ })).toBeVisible();
	await page.close();

	const next = await context.newPage();
	await next.goto('outbox');
	const hidden = next.getByRole('article', { name: 'E-mail sent from another tab' });
	await expect(hidden.first()).toBeVisible();
	await expect(next.getByRole('article', { name: 'WebProcure password reset' })).toHaveCount(0);
	await expect(next.getByRole('link', { name: /token=/ })).toHaveCount(0);
	await expect(next.locator('main')).not.toContainText('token=');
	await expect(next.locator('main')).not.toContainText(account.username);
	const told = 'Its content is shown only in the browser tab that sent it.';
	await expect(hidden.first()).toContainText(told);
	recordFault({ fault: 'Next visitor opens the outbox', typed: 0, kept: 0, told });
});

test('a registration confirmation opens only in the tab that submitted it', async ({
	context,
	page
}) => {
	test.slow();
	const account = await createSampleAccount(page);
	const dump = await storageDump(page);
	const orgId = /"organizationId":"([^"]+)"/.exec(dump)?.[1];
	expect(orgId, 'the organization id in storage').toBeTruthy();
	await page.close();

	const next = await context.newPage();
	await next.goto(`register/confirmation?org=${orgId}`);
	const told = 'Registration confirmation not found';
	await expect(next.getByRole('heading', { name: told })).toBeVisible();
	await expect(next.locator('main')).not.toContainText(account.username);
	await expect(next.locator('main')).not.toContainText(account.email);
	recordFault({ fault: 'Next visitor opens a confirmation link', typed: 0, kept: 0, told });
});

test('a saved registration’s tax numbers are in no storage the next visitor can read; its link reopens every keystroke', async ({
	context,
	page
}) => {
	test.slow();
	const persona = personaValues('parent-fein');
	const o = persona.organization;
	o.duns = '987654321';
	o.dunsConfirm = '987654321';
	await startRegistration(page);
	await agree(page);
	await fillStep(page, 'organization', o);
	await page.getByRole('button', { name: 'Save and Return Later' }).click();
	await expect(page.getByRole('heading', { name: 'Your registration is saved' })).toBeVisible();
	const link = (await page.locator('#resume-link').getAttribute('href'))!;
	await page.close();

	// The next visitor: a new tab of the same profile, without the link.
	const next = await context.newPage();
	await next.goto('register');
	await expect(
		next.getByRole('heading', { level: 2, name: 'Supplier Registration' })
	).toBeVisible();
	await expect(next.locator('main')).not.toContainText(o.legalName);
	const dump = await storageDump(next);
	const digits = (s: string) => s.replace(/\D/g, '');
	for (const secret of [o.fein, digits(o.fein), o.duns, o.legalName]) {
		expect(dump, `storage holds ${secret}`).not.toContain(secret);
	}
	expect(dump, 'the draft is stored').toContain('"sealed"');

	// The person comes back with the link: everything typed is there.
	await next.goto(link);
	await expect(
		next.getByRole('heading', { level: 2, name: 'Organization Information' })
	).toBeVisible();
	const typed = [o.legalName, digits(o.fein), digits(o.feinConfirm), o.duns, o.dunsConfirm];
	const fields = [
		'Legal Name of Entity/Individual (As shown on your income tax return)',
		'Federal Employer Identification Number',
		'Confirm Federal Employer Identification Number',
		'DUNS Number/Unique 9-digit Identifier',
		'Confirm DUNS Number/Unique 9-digit Identifier'
	];
	let kept = 0;
	for (const [i, name] of fields.entries()) {
		const box = next.getByRole('textbox', { name, exact: true });
		await box.focus(); // a tax number shows unmasked while being typed in
		const value = digits(await box.inputValue()) || (await box.inputValue());
		if (value === typed[i]) kept += typed[i]!.length;
	}
	const total = typed.reduce((n, t) => n + t.length, 0);
	expect(kept).toBe(total);
	recordFault({
		fault: 'Next visitor reads storage of a saved registration',
		typed: total,
		kept,
		told: 'Only this link opens your registration: keep it private.'
	});
});
