/**
 * Helpers for the procurement loop's browser tests: State agency staff signing in to the agency
 * workspace, and the demo clock ("pretend it is") that moves past a due date.
 */
import { expect, type Page } from '@playwright/test';

/** Signs in to the agency workspace as the DAS sample staff account (an empty try first). */
export async function staffSignIn(page: Page) {
	await page.goto('agency');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agency workspace');
	await page.getByRole('button', { name: 'Sign in' }).click();
	const summary = page.getByRole('region', { name: 'There is a problem' });
	await expect(summary.getByRole('link', { name: 'Enter your username' })).toBeVisible();
	await page.getByLabel('Username').fill('das.buyer');
	await page.getByLabel('Password').fill('Review-DAS-2026');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('region', { name: 'Agency staff sign-in' })).toContainText(
		'Signed in as Janet Morales, Purchasing Services Officer, Department of Administrative Services'
	);
}

/** "Dec 15, 2026, 2:00 PM ET" plus minutes, as a datetime-local value (Eastern wall time). */
export function easternPlus(shown: string, minutes: number): string {
	const m = /^(\w{3}) (\d{1,2}), (\d{4}), (\d{1,2}):(\d{2}) (AM|PM) ET$/.exec(shown.trim());
	if (!m) throw new Error(`not a due date: ${shown}`);
	const [, mon, day, year, h, min, half] = m;
	const hour = (Number(h) % 12) + (half === 'PM' ? 12 : 0);
	const month = 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(mon!) / 3;
	const wall = new Date(Date.UTC(Number(year), month, Number(day), hour, Number(min) + minutes));
	return wall.toISOString().slice(0, 16);
}

export async function setDemoClock(page: Page, local: string) {
	await page.goto('demo');
	await page.getByRole('button', { name: 'Demo clock: pretend it is another time' }).click();
	await page.getByLabel('Pretend it is (Eastern time)').fill(local);
	await page.getByRole('button', { name: 'Set the demo clock' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'The demo clock now says' })
	).toBeVisible();
}
