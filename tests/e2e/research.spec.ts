import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { errorSummary, fillStep, nextButton, pressEnter, setCheckbox } from './wizard';
import { applyMistake, mistake, personaValues } from '../../src/lib/domain/registration/fixtures';

test.describe.configure({ timeout: 120_000 });

const TYPED = 'Quokka Typed Legal Name';

test('a study session records steps, errors and time, without typed values', async ({ page }) => {
	await page.goto('research');
	await page.getByRole('button', { name: 'Start session' }).click();
	// The message shows under the field and in the error summary (the portal's form pattern).
	await expect(page.locator('#participant-error')).toHaveText('Enter the participant code');
	await expect(errorSummary(page)).toContainText('Enter the participant code');
	await page.getByLabel(/Participant code/).fill('P-01');
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

	// The facilitator's control.
	await page.getByRole('button', { name: 'Tasks' }).click();
	await page.getByRole('button', { name: /Start task 2/ }).click();
	await page.getByRole('button', { name: 'Task completed' }).click();
	await expect(page.getByText('Task 2 ended: completed.')).toBeVisible();

	await page.goto('research');
	await page.getByRole('button', { name: 'End session' }).click();
	await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
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
	expect(csv).not.toContain(TYPED);
	expect(csv).not.toContain('Quokka');
});
