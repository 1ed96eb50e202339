import { expect, test } from './fixtures';
import {
	agree,
	completeStep,
	errorSummary,
	fillStep,
	nextButton,
	pressEnter,
	register,
	selectCodeBySearch,
	setCheckbox,
	startRegistration,
	storedDraftCount
} from './wizard';
import {
	MISTAKES,
	mistakeAppliesTo,
	personaValues
} from '../../src/lib/domain/registration/fixtures';
import type { Page } from '@playwright/test';
import { acceptUsageTerms, submitLogin } from './portal';

/**
 * Mistakes the page itself prevents: for a country other than the United States the
 * State/Province list offers only "Other" (the rule is still unit-tested).
 */
const UI_PREVENTS = new Set(['non-us-country-with-us-state']);

test.describe('supplier registration wizard', () => {
	test('a parent company registers by keyboard alone, through Check your answers', async ({
		page
	}) => {
		// A whole registration, then (below) login with a 600,000-iteration hash: a busy 2-core CI
		// needs more than the default time.
		test.slow();
		const persona = personaValues('parent-fein');
		await register(page, persona, { review: true });
		const { organization: o, contact: c } = persona;
		await expect(page).toHaveTitle(`${o.legalName} - Registration Confirmation | CTsource`);
		await expect(
			page.getByRole('heading', { name: `${o.legalName} - Registration Confirmation` })
		).toBeVisible();
		await expect(page.getByText(`Thank You ${c.firstName}, you are DONE!`)).toBeVisible();
		await expect(page.getByText(`Your username : ${c.username}`)).toBeVisible();
		await expect(page.getByText('Please print or note the following:')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Take me to WebProcure Now' })).toHaveAttribute(
			'href',
			/\/login$/
		);
		// The confirmation e-mail, with its login link, is in the outbox.
		await page.goto(`./outbox?to=${encodeURIComponent(c.email)}`);
		const email = page.getByRole('article', { name: `${o.legalName} - Registration Confirmation` });
		await expect(email.getByText(`Your username : ${c.username}`)).toBeVisible();
		await expect(email.getByRole('link', { name: /\/login$/ })).toBeVisible();
		// The draft is gone once submitted.
		expect(await storedDraftCount(page)).toBe(0);
	});

	test('with the review step off, Step 4 carries Submit (the guide exact flow)', async ({
		page
	}) => {
		// A whole registration, then (below) login with a 600,000-iteration hash: a busy 2-core CI
		// needs more than the default time.
		test.slow();
		await page.goto('./demo');
		const review = page.getByRole('checkbox', { name: /Check your answers/ });
		await setCheckbox(review, false);
		await expect(page.getByText(/The “Check your answers” step is off/)).toBeVisible();
		const persona = personaValues('sole-proprietor-ssn');
		await register(page, persona, { review: false });
		await expect(page.getByText(/Thank You Maria|you are DONE!/)).toBeVisible();

		// The confirmation's button leads to the login page; the new account logs in, accepts the
		// usage terms and reaches the home dashboard.
		await pressEnter(page.getByRole('link', { name: 'Take me to WebProcure Now' }));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in to WebProcure');
		await submitLogin(page, persona.contact.username, persona.contact.password);
		await acceptUsageTerms(page);
		await expect(page).toHaveURL(/\/portal$/);
		await expect(page.getByRole('button', { name: 'Solicitations' })).toBeVisible();
		await expect(page.getByText(persona.organization.legalName).first()).toBeVisible();
	});

	test('the review page masks taxpayer numbers and its Change links return to the field', async ({
		page
	}) => {
		const persona = personaValues('branch-duns');
		await startRegistration(page);
		await agree(page);
		await completeStep(page, 'organization', persona.organization);
		await completeStep(page, 'contact', persona.contact);
		await selectCodeBySearch(page, '43222609', 'Network routers (43222609)');
		await pressEnter(nextButton(page));
		await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
		const fein = persona.organization.fein.replace(/\D/g, '');
		await expect(page.getByText(`**-***${fein.slice(-4)}`)).toBeVisible();
		await expect(page.getByText(fein, { exact: false })).toHaveCount(0);
		// Each code with its title, also after a reload (the code list loads on this page then).
		const code = page.getByRole('listitem').filter({ hasText: 'Network routers (43222609)' });
		await expect(code).toBeVisible();
		await page.reload();
		await expect(code).toBeVisible();
		await pressEnter(page.getByRole('link', { name: 'Change City' }).first());
		await expect(page.getByRole('heading', { name: 'Organization Information' })).toBeVisible();
		const city = page.getByRole('textbox', { name: 'City' });
		await expect(city).toBeFocused();
		// After the change, Next comes back to Check your answers (not through Steps 3 and 4).
		await city.fill('West Hartford');
		await pressEnter(nextButton(page));
		await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
		await expect(
			page.getByRole('definition').filter({ hasText: 'West Hartford' }).first()
		).toBeVisible();
	});

	test('Next without agreeing, or without a code, says why in a focused summary', async ({
		page
	}) => {
		await startRegistration(page);
		await pressEnter(nextButton(page));
		await expect(errorSummary(page)).toBeFocused();
		await expect(page).toHaveTitle(/^Error: /);
		await expect(errorSummary(page).getByRole('link')).toHaveText([
			MISTAKES.instructions[0]!.expectedMessage
		]);
		await pressEnter(errorSummary(page).getByRole('link'));
		await expect(page.getByRole('checkbox', { name: 'Yes, I agree.' })).toBeFocused();
		await agree(page);
		const persona = personaValues('parent-fein');
		await completeStep(page, 'organization', persona.organization);
		await completeStep(page, 'contact', persona.contact);
		await pressEnter(nextButton(page));
		await expect(errorSummary(page)).toBeFocused();
		await expect(errorSummary(page).getByRole('link')).toHaveText([
			MISTAKES.codes[0]!.expectedMessage
		]);
	});

	for (const step of ['organization', 'contact'] as const) {
		test(`every ${step} rule shows its message in the summary and at the field`, async ({
			page
		}) => {
			test.setTimeout(240_000);
			const persona = personaValues('parent-fein');
			await startRegistration(page);
			await agree(page);
			if (step === 'contact') {
				await fillStep(page, 'organization', persona.organization);
				await pressEnter(nextButton(page));
				await expect(
					page.getByRole('heading', { level: 2, name: 'Contact Information' })
				).toBeVisible();
			}
			const good = persona[step];
			await fillStep(page, step, good);
			let first = true;
			for (const mistake of MISTAKES[step]) {
				if (!mistakeAppliesTo(mistake, persona) || UI_PREVENTS.has(mistake.id)) continue;
				const bad = mistake.apply(good as never) as Record<string, unknown>;
				const changed = Object.keys(bad).filter(
					(k) => JSON.stringify(bad[k]) !== JSON.stringify((good as Record<string, unknown>)[k])
				);
				if (changed.includes('acceptedAddress')) continue;
				await test.step(mistake.id, async () => {
					if (!(await fillStep(page, step, bad as never, changed))) {
						// The page does not let a person make this mistake (the list prevents it).
						await fillStep(page, step, good, changed, true);
						return;
					}
					await pressEnter(nextButton(page));
					const summary = errorSummary(page);
					await expect(summary.getByRole('link', { name: mistake.expectedMessage })).toBeVisible();
					const field = page.locator(`[id="${mistake.field}"]`);
					await expect(field).toHaveAttribute('aria-invalid', 'true');
					await expect(page.locator(`[id="${mistake.field}-error"]`)).toHaveText(
						mistake.expectedMessage
					);
					if (first) {
						// The summary takes focus, and its link takes the person to the field.
						await expect(summary).toBeFocused();
						await pressEnter(summary.getByRole('link', { name: mistake.expectedMessage }));
						await expect(field).toBeFocused();
						first = false;
					}
					await fillStep(page, step, good, changed, true);
				});
			}
			await pressEnter(nextButton(page));
			await expect(errorSummary(page)).toHaveCount(0);
		});
	}

	test('an address validation cannot find is accepted as entered, once, and re-checked on change', async ({
		page
	}) => {
		const persona = personaValues('parent-fein');
		await startRegistration(page);
		await agree(page);
		await fillStep(page, 'organization', { ...persona.organization, postalCode: '10001' });
		await pressEnter(nextButton(page));
		// The guide's sentence, then what is wrong; its "here" accepts the address as entered.
		const message =
			'10001 - We could not find this address. Please check for spelling errors. If it appears correct, please double click here. ZIP code 10001 is not in Connecticut; it is a New York ZIP code.';
		await expect(errorSummary(page).getByRole('link', { name: message })).toBeVisible();
		const fieldMessage = page.locator('#postalCode-error');
		await expect(fieldMessage).toHaveText(message);
		const here = fieldMessage.getByRole('button', { name: 'here, to use this address as entered' });
		await expect(
			page.getByRole('textbox', { name: 'Postal / Zip Code' })
		).toHaveAccessibleDescription(
			/please double click here, to use this address as entered\. ZIP code 10001 is not in Connecticut/
		);
		// Keyboard: one press is enough.
		await pressEnter(here);
		await expect(
			page
				.getByRole('status')
				.filter({ hasText: 'You confirmed this address is correct as entered.' })
		).toBeVisible();
		await expect(fieldMessage).toHaveCount(0);
		await expect(page.getByRole('textbox', { name: 'Postal / Zip Code' })).toBeFocused();
		await page.getByRole('textbox', { name: 'City' }).fill('Hartford East');
		await pressEnter(nextButton(page));
		await expect(errorSummary(page).getByRole('link', { name: message })).toBeVisible();
		// Mouse: one click is enough (the guide's "double click" is never required).
		await here.click();
		await expect(page.getByText('You confirmed this address is correct as entered.')).toBeVisible();
		await expect(fieldMessage).toHaveCount(0);
	});

	test('typing then reloading at once keeps every character; passwords are re-entered', async ({
		page
	}) => {
		const persona = personaValues('parent-fein');
		await startRegistration(page);
		await agree(page);
		const legal = page.getByRole('textbox', {
			name: 'Legal Name of Entity/Individual (As shown on your income tax return)'
		});
		await legal.pressSequentially('Last Keystroke Co');
		await page.reload();
		await expect(legal).toHaveValue('Last Keystroke Co');
		await fillStep(page, 'organization', persona.organization);
		await pressEnter(nextButton(page));
		await expect(
			page.getByRole('heading', { level: 2, name: 'Contact Information' })
		).toBeVisible();
		await fillStep(page, 'contact', persona.contact);
		await page.reload();
		await expect(page.getByRole('textbox', { name: 'UserName' })).toHaveValue(
			persona.contact.username
		);
		await expect(page.locator('#password')).toHaveValue('');
		// Nothing stored in the browser holds the password.
		const read = () =>
			page.evaluate(async () => {
				const copies = [localStorage, sessionStorage].flatMap((storage) =>
					Object.keys(storage).map((k) => storage.getItem(k) ?? '')
				);
				const db = await new Promise<IDBDatabase>((resolve, reject) => {
					const r = indexedDB.open('ctsource');
					r.onsuccess = () => resolve(r.result);
					r.onerror = () => reject(r.error);
				});
				const drafts = await new Promise<unknown[]>((resolve) => {
					const r = db.transaction('drafts').objectStore('drafts').getAll();
					r.onsuccess = () => resolve(r.result);
				});
				db.close();
				return {
					count: drafts.length,
					copies: JSON.stringify(copies),
					drafts: JSON.stringify(drafts)
				};
			});
		// The draft reaches IndexedDB (on a busy machine a moment after the page shows it).
		await expect.poll(async () => (await read()).count, { timeout: 15_000 }).toBe(1);
		const stored = await read();
		expect(stored.copies + stored.drafts).not.toContain(persona.contact.password);
		// The draft itself is sealed: its values are not readable from IndexedDB.
		expect(stored.drafts).not.toContain(persona.organization.legalName);
	});

	test('Save and Return Later gives a resume link that only reopens the draft with its key', async ({
		page
	}) => {
		const persona = personaValues('parent-fein');
		await startRegistration(page);
		await agree(page);
		await fillStep(page, 'organization', persona.organization);
		await pressEnter(nextButton(page));
		await expect(
			page.getByRole('heading', { level: 2, name: 'Contact Information' })
		).toBeVisible();
		const draftUrl = page.url();
		await pressEnter(page.getByRole('button', { name: 'Save and Return Later' }));
		const saved = page.getByRole('region', { name: 'Your registration is saved' });
		await expect(saved.getByRole('heading', { name: 'Your registration is saved' })).toBeVisible();
		await expect(saved).toContainText('deleted 30 days after your last change');
		const link = await page.locator('#resume-link').getAttribute('href');
		expect(link).toMatch(/\/register\/resume#draft=[^&]+&key=[\w-]{43}$/);

		// Supplier Registration opens a new registration: no saved one is listed.
		await page.goto('./register');
		await expect(
			page.getByRole('heading', { level: 2, name: 'Supplier Registration' })
		).toBeVisible();
		await expect(page.getByText(persona.organization.legalName)).toHaveCount(0);

		// The next visitor (a new tab) with the draft's address but not its link: nothing opens.
		const stranger = await page.context().newPage();
		await stranger.goto(draftUrl);
		await expect(
			stranger.getByRole('heading', { name: 'This registration could not be opened' })
		).toBeVisible();
		await expect(stranger.getByText(/opens only from its resume link/)).toBeVisible();
		await expect(stranger.getByRole('textbox')).toHaveCount(0);
		// A link with the wrong key opens nothing either.
		await stranger.goto(link!.replace(/key=[\w-]+/, `key=${'A'.repeat(43)}`));
		await expect(stranger.getByText(/does not open a saved registration/)).toBeVisible();

		// With the link, the step reached reopens, and the key leaves the address bar.
		await stranger.goto(link!);
		await expect(
			stranger.getByRole('heading', { level: 2, name: 'Contact Information' })
		).toBeVisible();
		await expect(stranger).toHaveURL(/\/register\/contact\?draft=[^#]+$/);
		await stranger.goto(draftUrl.replace('contact', 'organization'));
		await expect(
			stranger.getByRole('textbox', {
				name: 'Legal Name of Entity/Individual (As shown on your income tax return)'
			})
		).toHaveValue(persona.organization.legalName);

		// Start over: asks first, then removes the draft; its link no longer opens anything.
		await pressEnter(stranger.getByRole('button', { name: 'Start over and remove what I typed' }));
		const ask = stranger.getByRole('group', { name: 'Remove everything you typed?' });
		await expect(ask).toBeFocused();
		await pressEnter(ask.getByRole('button', { name: 'Yes, remove what I typed' }));
		await expect(
			stranger.getByText('What you typed was removed. This is a new registration.')
		).toBeVisible();
		await expect(
			stranger.getByRole('heading', { level: 2, name: 'Supplier Registration' })
		).toBeFocused();
		expect(await storedDraftCount(stranger)).toBe(0);
		await stranger.goto(link!);
		await expect(stranger.getByText(/There is no saved registration for this link/)).toBeVisible();
		await stranger.close();
	});

	test('Supplier Registration opens Step 1 at once; a tick and Next made straight away are kept', async ({
		page
	}) => {
		await page.goto('./register');
		await expect(
			page.getByRole('heading', { level: 2, name: 'Supplier Registration' })
		).toBeVisible();
		await expect(page.getByText('Saved registrations in this browser')).toHaveCount(0);
		await page.locator('label[for="agree"]').click();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(
			page.getByRole('heading', { level: 2, name: 'Organization Information' })
		).toBeFocused();
		await expect(page).toHaveURL(/\/register\/organization\?draft=/);
		await page.getByRole('link', { name: 'Instructions' }).click();
		await expect(page.getByRole('checkbox', { name: 'Yes, I agree.' })).toBeChecked();
	});

	test('on a phone, Save and Return Later takes focus to the saved message and its link', async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 740 });
		const persona = personaValues('parent-fein');
		await startRegistration(page);
		await agree(page);
		await fillStep(page, 'organization', persona.organization);
		await pressEnter(page.getByRole('button', { name: 'Save and Return Later' }));
		const saved = page.getByRole('region', { name: 'Your registration is saved' });
		await expect(saved).toBeFocused();
		await expect(page.locator('#resume-link')).toBeInViewport();
	});

	test('a second Parent with the same TIN, and a username in another letter case, are refused', async ({
		page
	}) => {
		test.slow(); // two whole registrations
		const first = personaValues('parent-fein');
		await register(page, first, { review: true });

		const second = personaValues('parent-fein');
		second.organization.legalName = 'Copycat Holdings LLC';
		await startRegistration(page);
		await agree(page);
		await fillStep(page, 'organization', second.organization);
		await pressEnter(nextButton(page));
		await expect(
			errorSummary(page).getByRole('link', {
				name: /This Federal Employer Identification Number is already registered in CTsource/
			})
		).toBeVisible();

		// Another organization, same username in other letters.
		const third = personaValues('sole-proprietor-ssn');
		await fillStep(page, 'organization', third.organization);
		await pressEnter(nextButton(page));
		await expect(
			page.getByRole('heading', { level: 2, name: 'Contact Information' })
		).toBeVisible();
		await fillStep(page, 'contact', {
			...third.contact,
			username: first.contact.username.toUpperCase()
		});
		const taken = `The UserName “${first.contact.username.toUpperCase()}” is already taken. Choose a different UserName.`;
		await expect(page.getByText(taken).first()).toBeVisible();
		await pressEnter(nextButton(page));
		await expect(errorSummary(page).getByRole('link', { name: taken })).toBeVisible();
	});

	test('two tabs on one draft: the older tab is told, not overwritten silently', async ({
		page,
		context
	}) => {
		await startRegistration(page);
		await agree(page);
		await pressEnter(page.getByRole('button', { name: 'Save and Return Later' }));
		const link = await page.locator('#resume-link').getAttribute('href');
		const other = await context.newPage();
		await other.goto(link!);
		const legal = (p: Page) =>
			p.getByRole('textbox', {
				name: 'Legal Name of Entity/Individual (As shown on your income tax return)'
			});
		await legal(other).fill('Written In Tab Two');
		await expect(other.getByText(/All changes saved/)).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'This registration was changed in another tab' })
		).toBeVisible();
		await legal(page).fill('Written In Tab One');
		await pressEnter(page.getByRole('button', { name: 'Load the newer version' }));
		await expect(legal(page)).toHaveValue('Written In Tab Two');
		await other.close();
	});
});
