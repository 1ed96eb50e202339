import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeStep, nextButton, pressEnter, setCheckbox } from './wizard';
import { personaValues } from '../../src/lib/domain/registration/fixtures';

async function openCodesStep(page: Page) {
	const persona = personaValues('parent-fein');
	await page.goto('./register/instructions');
	await setCheckbox(page.getByRole('checkbox', { name: 'Yes, I agree.' }), true);
	await pressEnter(nextButton(page));
	await expect(
		page.getByRole('heading', { level: 2, name: 'Organization Information' })
	).toBeVisible();
	await completeStep(page, 'organization', persona.organization);
	await completeStep(page, 'contact', persona.contact);
}

test('UNSPSC codes: search, select from results and from the tree, remove, survive a reload', async ({
	page
}) => {
	await openCodesStep(page);
	const available = page.getByRole('region', { name: 'Available Categories' });
	const selected = page.getByRole('region', { name: 'Selected Categories' });
	await expect(selected.getByText('Please Select any commodity')).toBeVisible();

	// A typo still finds the code; results show the ▼ breadcrumb of its ancestors.
	await page.locator('#codes').fill('routr');
	await expect(available.getByText(/categor(y|ies) match/)).toBeVisible();
	await expect(
		available
			.getByText(/▼ Information Technology Broadcasting and Telecommunications \(43000000\)/)
			.first()
	).toBeVisible();
	await setCheckbox(available.getByRole('checkbox', { name: 'Network routers (43222609)' }), true);

	// The guide's flow: type a keyword and click Search.
	await page.locator('#codes').fill('janitoral');
	await pressEnter(page.getByRole('button', { name: 'Search', exact: true }));
	await expect(available.getByRole('checkbox', { name: /Janitorial/ }).first()).toBeVisible();

	// Back to browsing: clear the search and select a segment from the tree with the keyboard.
	await page.locator('#codes').fill('');
	const tree = available.getByRole('tree');
	const segment = tree.getByRole('treeitem', {
		name: /^Environmental Services \(77000000\)/
	});
	await segment.focus();
	await segment.press('Space');
	await expect(segment).toHaveAttribute('aria-checked', 'true');
	// Expanding shows its families as included (covered) and disabled.
	await segment.press('ArrowRight');
	const family = tree.getByRole('treeitem').filter({ hasText: '(77100000)' });
	await expect(family).toHaveAttribute('aria-disabled', 'true');

	await expect(selected.getByText('Network routers (43222609)')).toBeVisible();
	await expect(selected.getByText('Environmental Services (77000000)')).toBeVisible();
	await expect(selected.getByText(/2 selected/)).toBeVisible();

	// Remove one with its Remove button.
	await pressEnter(selected.getByRole('button', { name: 'Remove Network routers (43222609)' }));
	await expect(selected.getByText('Network routers (43222609)')).toHaveCount(0);

	await page.reload();
	await expect(
		page
			.getByRole('region', { name: 'Selected Categories' })
			.getByText('Environmental Services (77000000)')
	).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: 'Selected Categories' })
			.getByText('Network routers (43222609)')
	).toHaveCount(0);
});

test('UNSPSC codes: a count says there is more ("Showing 50 of …"), and "Did you mean" when a word matches nothing', async ({
	page
}) => {
	await openCodesStep(page);
	const available = page.getByRole('region', { name: 'Available Categories' });
	await page.locator('#codes').fill('services');
	const count = available.getByText(/Showing 50 of [\d,]+ categories that match “services”\./);
	await expect(count).toBeVisible();
	const total = Number((await count.textContent())!.match(/of ([\d,]+)/)![1]!.replace(/,/g, ''));
	expect(total).toBeGreaterThan(100);
	await pressEnter(available.getByRole('button', { name: 'Show more results' }));
	await expect(
		available.getByText(`Showing 100 of ${total} categories that match “services”.`)
	).toBeVisible();

	// Three letters too many for a correction: the search asks instead of guessing.
	await page.locator('#codes').fill('plumbbbbing repair');
	await expect(available.getByText('Did you mean plumbing repair?')).toBeVisible();
	await pressEnter(available.getByRole('button', { name: 'plumbing repair' }));
	await expect(page.locator('#codes')).toHaveValue('plumbing repair');
	await expect(page.locator('#codes')).toBeFocused();
	await expect(
		available.getByRole('checkbox', { name: /^Plumbing system maintenance or repair/ })
	).toBeVisible();
	await expect(available.getByText(/Did you mean/)).toHaveCount(0);
});

test('UNSPSC codes: "Unknown" and codes replace each other, and say so', async ({ page }) => {
	await openCodesStep(page);
	const available = page.getByRole('region', { name: 'Available Categories' });
	await page.locator('#codes').fill('43222609');
	await setCheckbox(available.getByRole('checkbox', { name: 'Network routers (43222609)' }), true);
	// The guide's "Unknown" is a code: found by searching for it, first in the results.
	const unknownName = 'Unknown (no solicitation notifications)';
	await page.locator('#codes').fill('unknown');
	const results = available.getByRole('list', { name: 'Search results' });
	await expect(results.getByRole('checkbox').first()).toHaveAccessibleName(unknownName);
	await setCheckbox(results.getByRole('checkbox', { name: unknownName }), true);
	await expect(page.getByText(/“Unknown” replaced/)).toBeVisible();
	const selected = page.getByRole('region', { name: 'Selected Categories' });
	await expect(selected.getByText('Network routers (43222609)')).toHaveCount(0);
	await expect(selected.getByRole('checkbox', { name: unknownName })).toBeChecked();

	// And first in the tree: checked there too; Space on a segment replaces it.
	await page.locator('#codes').fill('');
	const rows = available.getByRole('tree').getByRole('treeitem');
	await expect(rows.first()).toHaveAccessibleName(unknownName);
	await expect(rows.first()).toHaveAttribute('aria-checked', 'true');
	await rows.nth(1).focus();
	await page.keyboard.press('Space');
	await expect(page.getByText(/“Unknown” was turned off/)).toBeVisible();
	await expect(rows.first()).toHaveAttribute('aria-checked', 'false');
	await expect(selected.getByRole('checkbox', { name: unknownName })).toHaveCount(0);
});
