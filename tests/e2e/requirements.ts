/**
 * Helpers for the browser tests of the State of Connecticut's award requirements: real small
 * files to upload, the Additional Required Attributes sections, Attachments, and the checks the
 * requirement pages share. Used by requirements.spec and by the procurement loop's test (a
 * supplier completing its Contract Award Readiness).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Where the pages are. */
export const PAGES = {
	attributes: 'portal/account/ct/attributes',
	attachments: 'portal/account/ct/attachments',
	orgAttachments: 'portal/account/attachments'
};

// ---- files ---------------------------------------------------------------------------------

/** A small, real PDF (with the binary comment line real PDFs carry). */
export const PDF = Buffer.concat([
	Buffer.from('%PDF-1.4\n%'),
	Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
	Buffer.from(
		'\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n' +
			'2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n' +
			'3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>> endobj\n' +
			'trailer <</Root 1 0 R>>\n%%EOF\n'
	)
]);
/** A Windows program named like a PDF. */
export const DISGUISED = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
/** The 8-byte PNG signature and a little more. */
export const PNG = Buffer.concat([
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	Buffer.alloc(64, 1)
]);

export const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: PDF });

// ---- helpers -------------------------------------------------------------------------------

/** ISO date `days` from today (local), as the three boxes. */
export function mdy(days: number) {
	const d = new Date();
	d.setDate(d.getDate() + days);
	return {
		month: String(d.getMonth() + 1),
		day: String(d.getDate()),
		year: String(d.getFullYear())
	};
}

export async function fillDate(group: Locator, date: { month: string; day: string; year: string }) {
	await group.getByLabel('Month').fill(date.month);
	await group.getByLabel('Day').fill(date.day);
	await group.getByLabel('Year').fill(date.year);
}

/** USWDS radios and checkboxes are visually hidden: choose them with the keyboard. */
export async function choose(control: Locator) {
	await control.focus();
	await control.press('Space');
	await expect(control).toBeChecked();
}

export async function save(section: Locator) {
	await section.getByRole('button', { name: /^Save/ }).click();
}

export async function expectProblem(section: Locator, message: string | RegExp) {
	const summary = section.getByRole('region', { name: 'There is a problem' });
	await expect(summary.getByRole('link', { name: message })).toBeVisible();
	await expect(summary).toBeFocused();
}

export async function expectSaved(section: Locator) {
	await expect(section.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	await expect(section.getByText(/^Last updated /)).toBeVisible();
	await expect(section.getByRole('region', { name: 'There is a problem' })).toHaveCount(0);
}

/** Nothing scrolls sideways on a 320 px wide screen. */
export async function expectFitsNarrowScreen(page: Page) {
	const size = page.viewportSize();
	await page.setViewportSize({ width: 320, height: 800 });
	await expect
		.poll(() => page.evaluate(() => document.documentElement.scrollWidth))
		.toBeLessThanOrEqual(320);
	if (size) await page.setViewportSize(size);
}

export const section = (page: Page, name: string) =>
	page.getByRole('region', { name, exact: true });
export const eo13g = (page: Page) =>
	section(page, "Contractor's Declaration Attesting to Compliance with Executive Order No. 13G");

export async function openAttributes(page: Page) {
	await page.goto(PAGES.attributes);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Additional Required Attributes for "State of Connecticut"'
	);
}

export async function fillCompanyInfo(page: Page, state = 'CT') {
	const s = section(page, 'Additional Company Information');
	await s.getByLabel(/Incorporating State/).fill(state);
	await s.getByLabel(/Web Address/).fill('https://www.samplevendor.example');
	await choose(s.getByRole('radio', { name: 'Yes' }));
	await s.getByLabel('CT Tax Registration Number').fill('1234567890');
	await save(s);
	return s;
}

export async function fillEo13g(page: Page, counts: Record<string, string>) {
	const s = eo13g(page);
	for (const [key, value] of Object.entries(counts)) await s.locator(`#eo13g-${key}`).fill(value);
	await choose(s.getByRole('checkbox', { name: /^Affirmation/ }));
	await choose(s.getByRole('checkbox', { name: /^Declaration and Attestation/ }));
	await s.getByLabel(/^Name/).fill('Jane Doe');
	await fillDate(s.getByRole('group', { name: /^Date/ }), mdy(0));
	await s.getByLabel(/^Title/).fill('Owner');
	await s.getByLabel(/^Email Address/).fill('jane.doe@samplevendor.example');
	await s.getByLabel(/^Phone/).fill('(860) 555-0123');
	await save(s);
	return s;
}

export async function openAttachments(page: Page) {
	await page.goto(PAGES.attachments);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attachments');
	await expect(page.getByRole('heading', { name: 'Document Category' })).toBeVisible();
}

export function folderButton(page: Page, label: string) {
	return page.getByRole('button', { name: new RegExp(`^${label} \\d+ files?$`) });
}

/** Uploads files into a folder through Upload New (choosing the insurance kind first). */
export async function upload(
	page: Page,
	folder: string,
	files: { name: string; mimeType: string; buffer: Buffer }[],
	kind?: string
) {
	await folderButton(page, folder).click();
	await page.getByRole('button', { name: /^Upload New/ }).click();
	if (kind) await choose(page.getByRole('radio', { name: kind }));
	await page.getByLabel('Choose files').setInputFiles(files);
}
