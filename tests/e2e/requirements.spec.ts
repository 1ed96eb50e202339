/**
 * State of Connecticut contract award requirements (issue #7): Additional Required Attributes
 * (each section with a mistake first, then saved), Attachments (upload, refusal of a disguised
 * program, move, Visible to Buyer, download byte for byte, delete) and the readiness checklist.
 */
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { signInAsNewSupplier } from './portal';
import {
	PAGES,
	PDF,
	DISGUISED,
	PNG,
	pdf,
	mdy,
	fillDate,
	choose,
	save,
	expectProblem,
	expectSaved,
	expectFitsNarrowScreen,
	section,
	eo13g,
	openAttributes,
	fillCompanyInfo,
	fillEo13g,
	openAttachments,
	folderButton,
	upload
} from './requirements';

// ---- tests ---------------------------------------------------------------------------------

test('Additional Required Attributes: each section shows its mistake, then saves', async ({
	page
}) => {
	await signInAsNewSupplier(page);
	await openAttributes(page);
	await expect(
		page.getByText(/^Please fill out all applicable areas below\. These are custom fields/)
	).toBeVisible();

	// Connecticut Economic Impact Form: informational, whole numbers, dollars as typed.
	const economic = section(page, 'Connecticut Economic Impact Form');
	await expect(economic.getByText(/for informational gathering purposes only/)).toBeVisible();
	await economic.getByLabel('Number of Connecticut Employees').fill('-4');
	const payroll = economic.getByLabel('Annual Payroll Paid to Connecticut Resident Employees');
	await payroll.pressSequentially('1250000.50');
	await expect(payroll).toHaveValue('1,250,000.50');
	await save(economic);
	await expectProblem(economic, 'Number of Connecticut Employees cannot be negative');
	await expect(economic.getByLabel('Number of Connecticut Employees')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await economic.getByLabel('Number of Connecticut Employees').fill('14');
	await economic
		.getByLabel('What outreach techniques are you using to attract and hire veterans?')
		.fill('Veteran job fairs');
	await expect(economic.getByText('983 characters left')).toBeVisible();
	await save(economic);
	await expectSaved(economic);

	// Additional Company Information: the State as a 2-character abbreviation.
	let company = await fillCompanyInfo(page, 'Connecticut');
	await expectProblem(company, /2-character State abbreviation only, like CT/);
	await expect(company.getByRole('link', { name: /portal\.ct\.gov\/SOTS/ })).toBeVisible();
	company = await fillCompanyInfo(page, 'CT');
	await expectSaved(company);

	// An election: Yes asks for the dates; expiration must come after activation.
	const elections = section(page, 'Certifications and Prequalification');
	const sbe = elections.getByRole('group', { name: 'Small Business Enterprise (SBE) Election' });
	await choose(sbe.getByRole('radio', { name: 'Yes' }));
	const active = elections.getByRole('group', { name: /^SBE Active Date/ });
	const expiration = elections.getByRole('group', { name: /^SBE Expiration Date/ });
	await fillDate(active, mdy(-300));
	await fillDate(expiration, mdy(-400));
	await expect(elections).toContainText(
		'Attachment path: Account Management>State of Connecticut>Attachments>Certification documents folder.'
	);
	await save(elections);
	await expectProblem(elections, 'SBE Expiration Date must be after the SBE Active Date');
	await fillDate(expiration, mdy(45));
	await expect(elections.getByText(/Expires in 45 days/)).toBeVisible();
	await save(elections);
	await expectSaved(elections);
	await expect(
		elections.getByText(/Your SBE certification expires on .* \(in 45 days\)/)
	).toBeVisible();

	// CHRO and the statutes: the guide's words, no fields.
	const chro = section(
		page,
		'Employee Information for State of Connecticut, Commission on Human Rights and Opportunities (CHRO)'
	);
	await expect(chro.getByRole('textbox')).toHaveCount(0);
	const statutes = section(page, 'Statutory Representations/Certifications');
	await expect(statutes.getByRole('listitem')).toHaveCount(6);
	await expect(statutes).toContainText('under the "Requirements Tab" in CTsource');

	// Executive Order No. 13G: c.1 + c.2 cannot exceed c; then the Date must change with the rest.
	let declaration = await fillEo13g(page, {
		a: '20',
		b: '2',
		c: '5',
		c1: '3',
		c2: '3',
		c3: '1',
		d: '30'
	});
	await expectProblem(declaration, /c\.1 \+ c\.2 \(6\) cannot be more than c \(5\)/);
	await declaration.locator('#eo13g-c2').fill('1');
	await save(declaration);
	await expectSaved(declaration);
	await declaration.locator('#eo13g-a').fill('21');
	await save(declaration);
	await expectProblem(declaration, /Update the Date/);

	// What was saved is there after a reload.
	await page.reload();
	await expect(
		section(page, 'Additional Company Information').getByLabel(/Incorporating State/)
	).toHaveValue('CT');
	await expect(
		section(page, 'Connecticut Economic Impact Form').getByLabel('Number of Connecticut Employees')
	).toHaveValue('14');
	declaration = eo13g(page);
	await expect(declaration.locator('#eo13g-a')).toHaveValue('20');
	await expectFitsNarrowScreen(page);
});

test('Attachments: upload, refuse a disguised program, move, hide, download, delete', async ({
	page
}) => {
	await signInAsNewSupplier(page);
	await openAttachments(page);
	await expect(page.getByText('There are no files in Insurance documents yet.')).toBeVisible();

	await upload(
		page,
		'Insurance documents',
		[
			pdf('certificate-of-insurance.pdf'),
			{ name: 'setup.pdf', mimeType: 'application/pdf', buffer: DISGUISED }
		],
		'Certificate of Insurance (Acord Form)'
	);
	const refused = page.getByRole('alert').filter({ hasText: '1 file was not uploaded' });
	await expect(refused).toContainText(
		'“setup.pdf” was not uploaded: its name says PDF, but its content is a Windows program.'
	);
	await expect(
		page.getByRole('status').filter({ hasText: 'Uploaded to Insurance documents' })
	).toContainText('certificate-of-insurance.pdf');
	const files = page.getByRole('table', { name: 'Files in Insurance documents' });
	const row = files.getByRole('row', { name: /^certificate-of-insurance\.pdf/ });
	await expect(row).toContainText('Certificate of Insurance (Acord Form)');
	await expect(files.getByRole('row', { name: /setup\.pdf/ })).toHaveCount(0);
	await expect(folderButton(page, 'Insurance documents')).toHaveAccessibleName(
		'Insurance documents 1 file'
	);

	// The attributes page shows the certificate on file.
	await page.goto(PAGES.attributes);
	const insurance = section(page, 'Supplier Insurance Information');
	await expect(
		insurance.getByRole('listitem').filter({ hasText: 'Certificate of Insurance (Acord Form)' })
	).toContainText('On file');
	await expect(
		insurance.getByRole('listitem').filter({ hasText: 'Insurance Declaration' })
	).toContainText('Missing');

	// Move it to Other and back.
	await openAttachments(page);
	const name = page.getByRole('button', { name: 'certificate-of-insurance.pdf', exact: true });
	await name.click();
	await expect(name).toHaveAttribute('aria-expanded', 'true');
	await page.getByLabel('Move To').selectOption({ label: 'Other' });
	await page.getByRole('button', { name: /^Move/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'was moved to Other' })).toBeVisible();
	await expect(folderButton(page, 'Other')).toHaveAccessibleName('Other 1 file');
	await expect(folderButton(page, 'Insurance documents')).toHaveAccessibleName(
		'Insurance documents 0 files'
	);
	await folderButton(page, 'Other').click();
	await name.click();
	await page.getByLabel('Move To').selectOption({ label: 'Insurance documents' });
	await page.getByRole('button', { name: /^Move/ }).click();
	await expect(page.getByText('Choose which insurance document this is')).toBeVisible();
	await page
		.getByLabel('Which insurance document is this?')
		.selectOption({ label: 'Certificate of Insurance (Acord Form)' });
	await page.getByRole('button', { name: /^Move/ }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'was moved to Insurance documents' })
	).toBeVisible();
	await folderButton(page, 'Insurance documents').click();
	await expect(row).toContainText('Certificate of Insurance (Acord Form)');

	// Visible to Buyer: Yes by default, No, then Yes again.
	await name.click();
	const visible = page.getByLabel('Visible to Buyer');
	await expect(visible).toHaveValue('yes');
	await visible.selectOption('No');
	await expect(
		page.getByRole('status').filter({ hasText: 'is now hidden from the buyer' })
	).toBeVisible();
	await expect(row.getByRole('cell').last()).toHaveText('No');
	await visible.selectOption('Yes');
	await expect(
		page.getByRole('status').filter({ hasText: 'is now visible to the buyer' })
	).toBeVisible();
	await expect(row.getByRole('cell').last()).toHaveText('Yes');

	// Download: the exact bytes, as a file.
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: /^Download/ }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('certificate-of-insurance.pdf');
	const saved = await readFile(await download.path());
	expect(saved.equals(PDF)).toBe(true);
	expect(page.url()).toContain(PAGES.attachments);

	await expectFitsNarrowScreen(page);

	// Delete, after confirming.
	await page.getByRole('button', { name: /^Delete/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete this file?' });
	await expect(dialog).toHaveAccessibleDescription(
		/“certificate-of-insurance\.pdf” will be removed/
	);
	// Cancel has the focus: an Enter pressed by mistake deletes nothing.
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(row).toBeVisible();
	await page.getByRole('button', { name: /^Delete/ }).click();
	await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'was deleted' })).toBeVisible();
	await expect(page.getByText('There are no files in Insurance documents yet.')).toBeVisible();
	await expect(folderButton(page, 'Insurance documents')).toHaveAccessibleName(
		'Insurance documents 0 files'
	);
});

test('Organization Attachments shows every folder together', async ({ page }) => {
	await signInAsNewSupplier(page);
	await page.goto(PAGES.orgAttachments);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organization Attachments');
	for (const folder of [
		'Insurance documents',
		'Certification documents',
		'W-9',
		'Statutory affidavits/certifications',
		'Other'
	]) {
		await expect(
			page.getByRole('heading', { level: 2, name: new RegExp(`^${folder} \\(`) })
		).toBeVisible();
	}
	const w9 = page.getByRole('region', { name: /^W-9/ });
	await w9.getByRole('button', { name: /^Upload New/ }).click();
	await w9
		.getByLabel('Choose files')
		.setInputFiles([{ name: 'w9-scan.png', mimeType: 'image/png', buffer: PNG }]);
	await expect(w9.getByRole('row', { name: /w9-scan\.png/ })).toBeVisible();
	await expect(w9.getByRole('heading', { level: 2 })).toHaveText('W-9 (1 file)');
});

test('Contract Award Readiness turns complete', async ({ page }) => {
	await signInAsNewSupplier(page);
	await page.goto('portal/readiness');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contract Award Readiness');
	await expect(page.getByText('1 of 6 complete')).toBeVisible();
	const item = (label: RegExp) =>
		page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: label }) });
	await expect(item(/W-9 uploaded/)).toContainText('Missing');
	await expect(
		item(/W-9 uploaded/).getByRole('link', { name: 'Fix this in Attachments' })
	).toHaveAttribute('href', /\/portal\/account\/ct\/attachments\?folder=w9$/);
	await expect(
		item(/Additional Company Information/).getByRole('link', {
			name: 'Fix this in Additional Required Attributes'
		})
	).toHaveAttribute('href', /\/portal\/account\/ct\/attributes#company-info$/);

	await openAttachments(page);
	await upload(
		page,
		'Insurance documents',
		[pdf('coi.pdf')],
		'Certificate of Insurance (Acord Form)'
	);
	await expect(page.getByRole('row', { name: /coi\.pdf/ })).toBeVisible();
	await upload(page, 'W-9', [pdf('w9.pdf')]);
	await expect(page.getByRole('row', { name: /w9\.pdf/ })).toBeVisible();
	await upload(page, 'Statutory affidavits/certifications', [pdf('affidavits.pdf')]);
	await expect(page.getByRole('row', { name: /affidavits\.pdf/ })).toBeVisible();

	await page.goto('portal/readiness');
	await expect(page.getByText('4 of 6 complete')).toBeVisible();

	await openAttributes(page);
	await expectSaved(await fillCompanyInfo(page));
	await expectSaved(
		await fillEo13g(page, { a: '20', b: '0', c: '5', c1: '1', c2: '1', c3: '0', d: '25' })
	);

	await page.goto('portal/readiness');
	await expect(page.getByText('6 of 6 complete')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Missing' })).toHaveCount(0);
	await expectFitsNarrowScreen(page);
});
