/**
 * The demo story on /demo: opened on demand, pressed through every step (each says what happened
 * in the focused live region and links to its screen), a step's link followed to the agency
 * workspace with the award, and the contract on the Contract Board at the end; then "Start the
 * story again" after its confirmation.
 */
import { axeCheck, expect, test } from './fixtures';
import { expectFitsNarrowScreen } from './requirements';

test('the story plays the procurement loop step by step', async ({ page }) => {
	test.slow();
	await page.goto('demo');
	await page.getByRole('button', { name: 'Story: play the procurement loop step by step' }).click();
	const story = page.getByRole('region', { name: 'Story: the procurement loop' });
	await expect(story.getByRole('heading', { name: 'Story: the procurement loop' })).toBeFocused();
	await expect(story.getByRole('listitem')).toHaveCount(11);
	expect((await axeCheck(page)).violations).toEqual([]);

	const next = story.getByRole('button', { name: /^Next step: / });
	const said = story.getByRole('status');
	const steps = await story.locator('ol > li strong').allTextContents();
	for (const [i, name] of steps.entries()) {
		await expect(next).toHaveText(`Next step: ${name}`);
		await next.press('Enter');
		await expect(said).toContainText(`Done: ${name}.`, { timeout: 30_000 });
		await expect(story.locator('.ct-story__outcome')).toBeFocused();
		if (i === 0) expect((await axeCheck(page)).violations).toEqual([]);
		if (name === 'The agency awards it') {
			await expect(said).toContainText('contracts@harborfacility.example');
			// The step's link: the agency workspace shows the award.
			await story.getByRole('link', { name: 'The solicitation in the agency workspace' }).click();
			await expect(page.getByText(/Awarded to Harbor Facility Group LLC/).first()).toBeVisible();
			await page.goBack();
			await page
				.getByRole('button', { name: 'Story: play the procurement loop step by step' })
				.click();
			// After a reload the story goes on where it was.
			await expect(next).toHaveText(`Next step: ${steps[i + 1]}`);
		}
	}
	await expect(story.getByText('The story is complete.')).toBeVisible();
	await expectFitsNarrowScreen(page);

	await story.getByRole('link', { name: /^Contract .*-C on the Contract Board$/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Snow removal, Hartford campus'
	);
	await expect(page.locator('dt:text-is("Contractor") + dd')).toHaveText(
		'Harbor Facility Group LLC'
	);

	// Start again, after a confirmation: step 1 is next, the suppliers already registered.
	await page.goto('demo');
	await page.getByRole('button', { name: 'Story: play the procurement loop step by step' }).click();
	await story.getByRole('button', { name: 'Start the story again' }).click();
	await story.getByRole('button', { name: 'Yes, start the story again' }).click();
	await expect(said).toContainText('The story starts again at step 1.');
	await next.click();
	await expect(said).toContainText('already registered');
});
