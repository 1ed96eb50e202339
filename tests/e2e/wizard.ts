/**
 * Browser helpers for the registration wizard: fill a step from the shared fixtures (the same
 * personas and mistakes the unit tests use), using the keyboard only (focus, type, Space, Enter).
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import type { RegistrationValues } from '../../src/lib/domain/registration';
import { MASKED_FIELDS, RADIO_FIELDS, STEP_FIELDS, WIZARD_HEADINGS } from '../support/pages';

/**
 * Waits until `target` can be used: a wizard step is inert, under "Loading your registration…",
 * until the app has started (as a person sees it, greyed out).
 */
export async function usable(target: Locator) {
	await expect(target.locator('xpath=ancestor-or-self::*[@inert]')).toHaveCount(0);
}

/** Activates a button or link with the keyboard. */
export async function pressEnter(target: Locator) {
	await usable(target);
	await target.focus();
	await target.press('Enter');
}

/** Sets a checkbox with the keyboard (Space) when it is not already as wanted. */
export async function setCheckbox(box: Locator, checked: boolean) {
	await expect(box).toBeEnabled(); // a setting loading from storage is disabled until read
	await usable(box);
	if ((await box.isChecked()) !== checked) {
		await box.focus();
		await box.press('Space');
	}
	await expect(box).toBeChecked({ checked });
}

/** Sets one field like a person would; false when the page offers no way to enter the value. */
async function setField(page: Page, name: string, value: unknown): Promise<boolean> {
	if (typeof value === 'boolean') {
		await setCheckbox(page.locator(`#${name}`), value);
		return true;
	}
	if (RADIO_FIELDS.includes(name)) {
		const radio = page.locator(`[id="${name}-${String(value)}"]`);
		await usable(radio);
		await radio.focus();
		await radio.press('Space');
		await expect(radio).toBeChecked();
		return true;
	}
	const field = page.locator(`[id="${name}"]`);
	if ((await field.count()) === 0) {
		if (value === '') return true; // a field not shown (e.g. Other Region) stays empty
		throw new Error(`No field #${name} on the page for value ${JSON.stringify(value)}`);
	}
	await usable(field);
	const tag = await field.evaluate((el) => el.tagName);
	if (tag === 'SELECT') {
		// A choice the list does not offer (e.g. a U.S. state for another country) cannot be made.
		// (An option's value is its `value` or, without one, its text: a country list has none.)
		const offered = await field.evaluate(
			(select: HTMLSelectElement, wanted) => [...select.options].some((o) => o.value === wanted),
			String(value)
		);
		if (!offered) return false;
		await field.focus();
		await field.selectOption(String(value));
	} else if (MASKED_FIELDS.includes(name)) {
		// Masked numbers show their real digits only once focused: clear and type like a person.
		await field.focus();
		await field.press('ControlOrMeta+a');
		await field.press('Backspace');
		if (value !== '') await field.pressSequentially(String(value));
	} else {
		await field.fill(String(value));
	}
	return true;
}

/**
 * Fills Step 2 or 3 with the given values, in page order (so revealed fields exist). Resolves to
 * false when a value cannot be entered through the page.
 */
export async function fillStep(
	page: Page,
	step: 'organization' | 'contact',
	values: RegistrationValues['organization'] | RegistrationValues['contact'],
	only?: readonly string[],
	/** Bottom-up, so a field is restored while the choice above still shows it. */
	reverse = false
): Promise<boolean> {
	let all = true;
	const order = reverse ? [...STEP_FIELDS[step]].reverse() : STEP_FIELDS[step];
	for (const field of order) {
		if (only && !only.includes(field)) continue;
		all = (await setField(page, field, (values as Record<string, unknown>)[field])) && all;
	}
	return all;
}

export function nextButton(page: Page) {
	return page.getByRole('button', { name: 'Next', exact: true });
}

/** The error summary: a region named by its "There is a problem" heading, focused on submit. */
export function errorSummary(page: Page) {
	return page.getByRole('region', { name: 'There is a problem' });
}

/** Step 4: finds a code by searching and checks it (keyboard only). */
export async function selectCodeBySearch(page: Page, query: string, label: string) {
	const search = page.getByRole('searchbox', { name: 'Search' }).or(page.locator('#codes'));
	await search.first().fill(query);
	const box = page
		.getByRole('region', { name: 'Available Categories' })
		.getByRole('checkbox', { name: label });
	await setCheckbox(box, true);
}

const NEXT_HEADING = {
	organization: WIZARD_HEADINGS.contact,
	contact: WIZARD_HEADINGS.codes
} as const;

/** Fills Step 2 or 3 with a persona's values, presses Next and waits for the following step. */
export async function completeStep(
	page: Page,
	step: 'organization' | 'contact',
	values: RegistrationValues['organization'] | RegistrationValues['contact']
) {
	await fillStep(page, step, values);
	await pressEnter(nextButton(page));
	await expect(page.getByRole('heading', { level: 2, name: NEXT_HEADING[step] })).toBeVisible();
}

/**
 * Opens the wizard's first step on a new draft (Supplier Registration opens at Step 1; the wizard
 * takes over from the page's light first paint on first use, and names its draft in the address).
 */
export async function startRegistration(page: Page) {
	await page.goto('./register');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Supplier Registration' })
	).toBeVisible();
}

/** Step 1: agrees and goes on to Step 2. */
export async function agree(page: Page) {
	await setCheckbox(page.getByRole('checkbox', { name: 'Yes, I agree.' }), true);
	await pressEnter(nextButton(page));
	await expect(
		page.getByRole('heading', { level: 2, name: 'Organization Information' })
	).toBeFocused();
}

/** Registers `persona` through all steps with the keyboard; returns at the confirmation page. */
export async function register(
	page: Page,
	persona: RegistrationValues,
	options: { review: boolean; code?: [string, string] }
) {
	await startRegistration(page);
	await agree(page);
	await fillStep(page, 'organization', persona.organization);
	await pressEnter(nextButton(page));
	await expect(page.getByRole('heading', { level: 2, name: 'Contact Information' })).toBeFocused();
	await fillStep(page, 'contact', persona.contact);
	await expect(page.getByText(`“${persona.contact.username}” is available.`)).toBeVisible();
	await pressEnter(nextButton(page));
	await expect(
		page.getByRole('heading', { level: 2, name: /Commodity\/Service Code Selection/ })
	).toBeFocused();
	const [query, label] = options.code ?? ['routr', 'Network routers (43222609)'];
	await selectCodeBySearch(page, query, label);
	await expect(
		page.getByRole('region', { name: 'Selected Categories' }).getByText(label)
	).toBeVisible();
	if (options.review) {
		await pressEnter(nextButton(page));
		await expect(page.getByRole('heading', { level: 2, name: 'Check your answers' })).toBeFocused();
		await pressEnter(page.getByRole('button', { name: 'Submit' }));
	} else {
		await expect(nextButton(page)).toHaveCount(0);
		await pressEnter(page.getByRole('button', { name: 'Submit' }));
	}
	await expect(page.getByText(/you are DONE!/)).toBeVisible({ timeout: 15_000 });
}

/** How many drafts are stored in this browser (read straight from IndexedDB). */
export async function storedDraftCount(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('ctsource');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		try {
			return await new Promise<number>((resolve) => {
				const r = db.transaction('drafts').objectStore('drafts').count();
				r.onsuccess = () => resolve(r.result);
			});
		} finally {
			db.close();
		}
	});
}
