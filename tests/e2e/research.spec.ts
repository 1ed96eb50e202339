import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { axeCheck, expect, test } from './fixtures';
import { choose } from './requirements';
import { errorSummary, fillStep, nextButton, pressEnter, setCheckbox } from './wizard';
import { applyMistake, mistake, personaValues } from '../../src/lib/domain/registration/fixtures';

test.describe.configure({ timeout: 120_000 });

const TYPED = 'Quokka Typed Legal Name';

test('a study session records steps, errors and time, without typed values', async ({ page }) => {
	await page.goto('research');
	await page.getByRole('button', { name: 'Start session' }).click();
	// The message shows under the field and in the error summary (the portal's form pattern).
	await expect(page.locator('#participant-error')).toHaveText('Enter the participant code');
	await expect(errorSummary(page).getByRole('link')).toHaveText([
		'Enter the study code',
		'Enter the participant code'
	]);
	await page.getByLabel(/Study code/).fill('CT-REG-1');
	await page.getByLabel(/Participant code/).fill('P-01');
	// The balanced order's variant is shown before the session.
	await expect(page.getByText('Participant 1 of this study gets “Review step on”')).toBeVisible();
	await page.getByRole('button', { name: 'Start session' }).click();
	await expect(
		page.getByRole('heading', { name: /Session running: participant P-01/ })
	).toBeVisible();

	await page.goto('register/instructions');
	await setCheckbox(page.getByRole('checkbox', { name: 'Yes, I agree.' }), true);
	await pressEnter(nextButton(page));
	await expect(
		page.getByRole('heading', { level: 2, name: 'Organization Information' })
	).toBeVisible();

	const values = applyMistake(personaValues('parent-fein'), mistake('city-empty'));
	values.organization.legalName = TYPED;
	await fillStep(page, 'organization', values.organization);
	await pressEnter(nextButton(page));
	await expect(errorSummary(page)).toContainText(mistake('city-empty').expectedMessage);
	await page.getByLabel(/^City/).first().fill('Hartford');
	await pressEnter(nextButton(page));
	await expect(page.getByRole('heading', { level: 2, name: 'Contact Information' })).toBeVisible();

	// The facilitator's control: a task, then the participant's Single Ease Question.
	await page.getByRole('button', { name: 'Tasks' }).click();
	await page.getByRole('button', { name: /^Start task 2:/ }).click();
	await page.getByRole('button', { name: 'Task completed' }).click();
	await expect(page.getByText('Task 2 ended: completed.')).toBeVisible();
	const seq = page.getByRole('group', {
		name: 'Overall, how difficult or easy was the task to complete?'
	});
	await page.getByRole('button', { name: 'Save answer' }).click();
	await expect(page.getByText('Choose an answer from 1 to 7, or press Skip')).toBeVisible();
	await choose(seq.getByLabel('6'));
	await page.getByRole('button', { name: 'Save answer' }).click();
	await expect(page.getByText('Answer 6 saved for task 2.')).toBeVisible();
	// The open panel leaves the page room: the form's last control can scroll above it.
	const panel = page.getByRole('complementary', { name: 'Facilitator' });
	await nextButton(page).scrollIntoViewIfNeeded();
	const [nextBox, panelBox] = [await nextButton(page).boundingBox(), await panel.boundingBox()];
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	const nextAtEnd = (await nextButton(page).boundingBox())!;
	expect(nextBox && panelBox).toBeTruthy();
	expect(nextAtEnd.y + nextAtEnd.height).toBeLessThanOrEqual(panelBox!.y);
	expect((await axeCheck(page)).violations).toEqual([]);

	// The facilitator ends the session from the panel (asked first): never an abandon.
	await page.getByRole('button', { name: 'End session' }).click();
	await page.getByRole('button', { name: 'Yes, end the session' }).click();
	await expect(page.getByRole('heading', { name: 'Closing questionnaire' })).toBeVisible();
	await page.getByRole('button', { name: 'Save answers' }).click();
	await expect(errorSummary(page).getByRole('link')).toHaveCount(10);
	const answers = [4, 2, 4, 1, 4, 2, 5, 1, 4, 2];
	for (const [i, a] of answers.entries()) {
		await choose(page.locator(`#sus-${i + 1}-${a}`));
	}
	await expect(page.getByText('Please do not type your name')).toBeVisible();
	expect((await axeCheck(page)).violations).toEqual([]);
	await page.getByRole('button', { name: 'Save answers' }).click();
	await expect(
		page.getByText('SUS score for P-01: 82.5 — Grade A, above average (68 is average).')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'System Usability Scale' })).toContainText('82.5');
	await expect(page.getByRole('table', { name: 'Errors per field' }).first()).toContainText('city');
	await expect(
		page
			.getByRole('img', {
				name: /^Most frequent validation errors: city: Enter the City where your organization is located \d+$/
			})
			.first()
	).toBeVisible();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const csv = readFileSync(await (await downloading).path(), 'utf8');
	expect(csv).toContain('validation-error');
	expect(csv).toMatch(/validation-error,[^\n]*,organization,city,city-empty,/);
	expect(csv).toMatch(/step-leave,[^\n]*,organization,,,,,,\d+/);
	expect(csv).toMatch(/step-leave,[^\n]*,instructions,,,,,,\d+/);
	expect(csv).toContain('task-end');
	expect(csv).toMatch(/^CT-REG-1,s-[^,]+,P-01,review-on,[0-9a-f]{12}/m);
	expect(csv).toMatch(/,seq,[^\n]*,6\r?$/m);
	expect(csv).not.toContain('abandon');
	expect(csv).not.toContain(TYPED);
	expect(csv).not.toContain('Quokka');
});

/** A lab computer: its own browser profile runs one session and exports the study file. */
async function labComputer(browser: Browser, participant: string, variant: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('research');
	await page.getByLabel(/Study code/).fill('CT-REG-1');
	await page.getByLabel(/Participant code/).fill(participant);
	await page.getByLabel('Variant', { exact: true }).selectOption({ label: variant });
	await page.getByRole('button', { name: 'Start session' }).click();
	await expect(
		page.getByRole('heading', { name: `Session running: participant ${participant}` })
	).toBeVisible();
	await page.getByRole('button', { name: 'End session' }).click();
	await page.getByRole('button', { name: 'Yes, end the session' }).click();
	for (let i = 1; i <= 10; i++) await choose(page.locator(`#sus-${i}-3`));
	await page.getByRole('button', { name: 'Save answers' }).click();
	await expect(page.getByText(`SUS score for ${participant}: 50`)).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export study file (JSON)' }).click();
	const path = await (await downloading).path();
	const file = {
		name: `${participant}.json`,
		mimeType: 'application/json',
		buffer: readFileSync(path)
	};
	await context.close();
	return file;
}

test('two lab computers on two variants, merged on a third', async ({ page, browser }) => {
	const first = await labComputer(browser, 'P-01', 'Review step on');
	const second = await labComputer(browser, 'P-02', 'Review step off');

	await page.goto('research');
	const files = page.getByLabel('Study files (JSON)');
	const merged = (p: Page) => p.getByRole('status', { name: 'Merge result' });
	await page.getByRole('button', { name: 'Merge study files' }).click();
	await expect(page.getByRole('alert')).toContainText('Choose one or more study files');
	await files.setInputFiles([first, second]);
	await page.getByRole('button', { name: 'Merge study files' }).click();
	await expect(merged(page)).toContainText('Merged 2 sessions into study CT-REG-1.');
	const side = page.getByRole('table', { name: 'Variants side by side' });
	await expect(side.getByRole('rowheader')).toHaveText(['Review step on', 'Review step off']);
	await expect(side).toContainText('50.0');
	await expect(
		page.getByText('Too few participants to compare variants: 1 and 1 sessions')
	).toBeVisible();
	// The study code carries over; merging a file again adds nothing.
	await files.setInputFiles([first]);
	await page.getByRole('button', { name: 'Merge study files' }).click();
	await expect(merged(page)).toContainText(
		'Merged 0 sessions into study CT-REG-1 (1 already here, skipped).'
	);
	await expect(page.getByLabel(/Study code/)).toHaveValue('CT-REG-1');
	await expect(page.getByText('Participant 3 of this study gets “Review step on”')).toBeVisible();
});
