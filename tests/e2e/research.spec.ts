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

	// The facilitator starts task 2 (its end state: Step 2 completed) before the participant types.
	await page.getByRole('button', { name: 'Tasks' }).click();
	await page.getByRole('button', { name: /^Start task 2:/ }).click();
	await expect(page.getByText('Task 2 started.')).toBeVisible();
	await page.getByRole('button', { name: 'Tasks' }).click();

	const values = applyMistake(personaValues('parent-fein'), mistake('city-empty'));
	values.organization.legalName = TYPED;
	await fillStep(page, 'organization', values.organization);
	await pressEnter(nextButton(page));
	await expect(errorSummary(page)).toContainText(mistake('city-empty').expectedMessage);
	await page.getByLabel(/^City/).first().fill('Hartford');
	await pressEnter(nextButton(page));
	await expect(page.getByRole('heading', { level: 2, name: 'Contact Information' })).toBeVisible();

	// The facilitator ends the task, then asks the participant's Single Ease Question.
	await page.getByRole('button', { name: 'Tasks' }).click();
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
	// Task 2 reached its end state straight along its path: a direct success.
	const task2 = page
		.getByRole('table', { name: 'Task success' })
		.first()
		.getByRole('row', { name: /Enter your organization information/ });
	await expect(task2.getByRole('cell')).toContainText(['1', '1', '0', '0', '0', '100%']);
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
	// The scripted participant does task 1 (Step 1 completed) and answers the SEQ; the facilitator
	// ends the session from the panel.
	await page.goto('register/instructions');
	const tasks = page.getByRole('button', { name: 'Tasks' });
	await tasks.click();
	await page.getByRole('button', { name: /^Start task 1:/ }).click();
	await tasks.click();
	await setCheckbox(page.getByRole('checkbox', { name: 'Yes, I agree.' }), true);
	await pressEnter(nextButton(page));
	await expect(
		page.getByRole('heading', { level: 2, name: 'Organization Information' })
	).toBeVisible();
	await tasks.click();
	await page.getByRole('button', { name: 'Task completed' }).click();
	await choose(page.getByRole('group', { name: /how difficult or easy/ }).getByLabel('5'));
	await page.getByRole('button', { name: 'Save answer' }).click();
	await expect(page.getByText('Answer 5 saved for task 1.')).toBeVisible();
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
	// Each participant's task 1: a direct success, SEQ 5, in both variants.
	for (const row of await side
		.getByRole('row')
		.all()
		.then((r) => r.slice(1))) {
		await expect(row.getByRole('cell').nth(1)).toContainText('1 of 1: 100%');
		await expect(row.getByRole('cell').nth(3)).toHaveText('5.0');
	}
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

/**
 * Everything this browser keeps: every IndexedDB store and both Web Storage areas, as text;
 * without the open draft's working copy in this tab's sessionStorage (`ctsource:draft:`) when
 * `tabCopy` is false: the wizard's own, gone with the tab or at "Next participant".
 */
async function everythingStored(page: Page, tabCopy = true): Promise<string> {
	return page.evaluate(async (withCopy) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('ctsource');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const dump: Record<string, unknown> = {};
		for (const name of Array.from(db.objectStoreNames)) {
			dump[name] = await new Promise((resolve, reject) => {
				const req = db.transaction(name).objectStore(name).getAll();
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
		}
		db.close();
		const web = (s: Storage) =>
			Object.fromEntries(
				Object.entries(s).filter(([k]) => withCopy || !k.startsWith('ctsource:draft:'))
			);
		return JSON.stringify({ dump, local: web(localStorage), session: web(sessionStorage) });
	}, tabCopy);
}

test('nothing a participant types is recorded: not in any store, not in any export', async ({
	page
}) => {
	test.slow();
	await page.goto('research');
	await page.getByLabel(/Study code/).fill('PRIVACY-1');
	await page.getByLabel(/Participant code/).fill('P-09');
	await page.getByRole('button', { name: 'Start session' }).click();
	await expect(page.getByRole('heading', { name: /Session running/ })).toBeVisible();

	// Unique strings in every field of Steps 2 and 3 the persona fills in.
	const values = personaValues('parent-fein');
	Object.assign(values.organization, {
		legalName: 'Quokkalegal Zebu LLC',
		dbaName: 'Quokkadba Ibis',
		address2: 'Quokkasuite 7',
		fein: '06-7391842',
		feinConfirm: '06-7391842'
	});
	Object.assign(values.contact, {
		firstName: 'Quokkafirst',
		lastName: 'Quokkalast',
		jobTitle: 'Quokkajob',
		phone: '(860) 555-7319',
		phoneExt: '971305',
		fax: '(860) 555-7391',
		email: 'quokkamail@quokkadomain.example',
		username: 'QuokkaUser7',
		password: 'Quokka!Pass77',
		confirmPassword: 'Quokka!Pass77',
		address2: 'Quokkaroom 9'
	});
	// The extension's digits on their own: inside a longer number they are a timestamp's (a run
	// failed on 1796469997131, which holds the old extension 9713).
	const typed = [/quokka/i, /7391842/, /555.?7319/, /555.?7391/, /(?<!\d)971305(?!\d)/];

	await page.goto('register/instructions');
	await setCheckbox(page.getByRole('checkbox', { name: 'Yes, I agree.' }), true);
	await pressEnter(nextButton(page));
	await expect(
		page.getByRole('heading', { level: 2, name: 'Organization Information' })
	).toBeVisible();
	await fillStep(page, 'organization', values.organization);
	await pressEnter(nextButton(page));
	await expect(page.getByRole('heading', { level: 2, name: 'Contact Information' })).toBeVisible();
	// A mistake on the way (the confirmation differs), so validation events are recorded too.
	await fillStep(page, 'contact', { ...values.contact, confirmPassword: 'Quokka!Other1' });
	await pressEnter(nextButton(page));
	await expect(errorSummary(page)).toBeVisible();
	await fillStep(page, 'contact', values.contact, ['password', 'confirmPassword']);
	await pressEnter(nextButton(page));
	await expect(page.getByRole('heading', { level: 2, name: /Commodity/ })).toBeVisible();

	await page.goto('research');
	await page.getByRole('button', { name: 'End session' }).click();
	await page.getByRole('button', { name: 'Yes, end the session' }).click();
	await page.getByRole('button', { name: 'Skip questionnaire' }).click();
	await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();

	const exports: string[] = [];
	for (const name of ['Export CSV', 'Export study file (JSON)']) {
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name }).click();
		exports.push(readFileSync(await (await downloading).path(), 'utf8'));
	}
	const [csv, json] = exports;
	expect(json).toContain('validation-error');
	expect(json).toContain('field-focus');
	const stored = await everythingStored(page, false);
	expect(stored).toContain('PRIVACY-1');
	expect(stored).toContain('"sealed"'); // the draft itself, sealed under its key
	for (const text of [stored, csv!, json!]) {
		for (const pattern of typed) expect(text).not.toMatch(pattern);
	}

	// Next participant (asked first) also takes the tab's working copy; the study stays.
	await page.getByRole('button', { name: 'Next participant' }).click();
	await page.getByRole('button', { name: 'Yes, clear for the next participant' }).click();
	await expect(page.getByText('Ready for the next participant')).toBeVisible();
	const after = await everythingStored(page);
	for (const pattern of typed) expect(after).not.toMatch(pattern);
	expect(after).not.toContain('"sealed"');
	await expect(page.getByRole('table', { name: 'Variants side by side' })).toContainText(
		'Review step on'
	);
});

test('the “as the guide” variant, started mid-flow from a scenario link', async ({ page }) => {
	test.slow();
	await page.goto('research');
	await page.getByLabel(/Study code/).fill('CT-GUIDE');
	await page.getByLabel(/Participant code/).fill('P-03');
	await page.getByLabel('The study compares').selectOption('guide');
	await expect(page.getByText('Participant 1 of this study gets “Review step on”')).toBeVisible();
	await page
		.getByLabel('Variant', { exact: true })
		.selectOption({ label: 'As the guide (review step on)' });
	await page.getByRole('button', { name: 'Start session' }).click();
	await page.getByRole('button', { name: /^Open scenario: Step 3, Contact Information/ }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Contact Information' })).toBeVisible();

	// As the guide: the password rules only after a failed attempt, phone numbers in digits only.
	const rules = page.getByRole('list', { name: 'Password rules' });
	await expect(page.getByLabel(/^UserName/)).toBeVisible();
	await expect(rules).toHaveCount(0);
	const contact = personaValues('parent-fein').contact;
	await fillStep(page, 'contact', contact);
	await pressEnter(nextButton(page));
	await expect(errorSummary(page).getByRole('link')).toHaveText([
		'Use digits only in the Main Phone Number, no spaces or hyphens',
		'Use digits only in the Fax Number, no spaces or hyphens'
	]);
	await expect(rules).toBeVisible();
	await fillStep(page, 'contact', { ...contact, phone: '8605550123', fax: '8605550199' }, [
		'phone',
		'fax'
	]);
	await pressEnter(nextButton(page));
	await expect(page.getByRole('heading', { level: 2, name: /Commodity/ })).toBeVisible();

	await page.goto('research');
	await page.getByRole('button', { name: 'End session' }).click();
	await page.getByRole('button', { name: 'Yes, end the session' }).click();
	await page.getByRole('button', { name: 'Skip questionnaire' }).click();
	await expect(
		page.getByRole('table', { name: 'Variants side by side' }).getByRole('rowheader')
	).toHaveText(['As the guide (review step on)']);
});

test('a session runs in IndexedDB: another tab is told it records nothing, and can take over', async ({
	page,
	context
}) => {
	await page.goto('research');
	await page.getByLabel(/Study code/).fill('CT-TABS');
	await page.getByLabel(/Participant code/).fill('P-04');
	await page.getByRole('button', { name: 'Start session' }).click();
	await expect(
		page.getByRole('heading', { name: 'Session running: participant P-04' })
	).toBeVisible();

	const other = await context.newPage();
	await other.goto('register/instructions');
	await expect(
		other.getByText('A study session is running in this browser, but this tab records nothing.')
	).toBeVisible();
	await other.getByRole('link', { name: 'Usability study' }).click();
	await expect(other.getByText('Nothing is being recorded in this tab.')).toBeVisible();
	await other.getByRole('button', { name: 'Record in this tab' }).click();
	await expect(other.getByText('This tab now records the session of P-04.')).toBeVisible();
	await other.goto('register/instructions');
	await expect(other.getByRole('button', { name: 'Tasks' })).toBeVisible();

	// Ended from the first tab: the second stops recording and says so.
	await page.reload();
	await page.getByRole('button', { name: 'End session' }).click();
	await page.getByRole('button', { name: 'Yes, end the session' }).click();
	await expect(page.getByRole('heading', { name: 'Closing questionnaire' })).toBeVisible();
	await other.reload();
	await expect(
		other.getByRole('heading', { level: 2, name: /Instructions|Disclaimer/ })
	).toBeVisible();
	await expect(other.getByRole('button', { name: 'Tasks' })).toHaveCount(0);
	await expect(other.getByText('this tab records nothing')).toHaveCount(0);
});
