import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: unknown[] }[];
}

export interface AxeFinding {
	url: string;
	violations: AxeViolation[];
}

/**
 * Runs axe-core in the page (injected with evaluate, which the CSP allows; addScriptTag would be
 * blocked) and returns the serious and critical violations.
 */
export async function axeCheck(page: Page): Promise<AxeFinding> {
	await page.waitForLoadState('load');
	const url = page.url();
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const { axe } = window as unknown as {
			axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
		};
		const result = await axe.run(document, {
			resultTypes: ['violations'],
			runOnly: {
				type: 'tag',
				values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
			}
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target }))
		}));
	});
	return {
		url,
		violations: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
	};
}

function describe(findings: AxeFinding[]): string {
	return findings
		.filter((f) => f.violations.length > 0)
		.map(
			(f) =>
				`${f.url}\n` +
				f.violations
					.map(
						(v) =>
							`  [${v.impact}] ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`
					)
					.join('\n')
		)
		.join('\n');
}

/**
 * `page` that checks every page a test visits with axe (each distinct URL once, after it loads,
 * and the final state at the end of the test) and fails the test on serious or critical
 * violations.
 */
export const test = base.extend({
	page: async ({ page }, use) => {
		const axeFindings: AxeFinding[] = [];
		const seen = new Set<string>();
		const pending: Promise<void>[] = [];
		const check = async () => {
			const url = page.url();
			if (seen.has(url) || url === 'about:blank') return;
			seen.add(url);
			try {
				axeFindings.push(await axeCheck(page));
			} catch {
				// The page navigated away mid-check; the next page is checked on its own.
				seen.delete(url);
			}
		};
		page.on('framenavigated', (frame) => {
			if (frame === page.mainFrame()) pending.push(check());
		});
		await use(page);
		await Promise.all(pending);
		if (!page.isClosed()) {
			seen.delete(page.url());
			await check();
		}
		const text = describe(axeFindings);
		expect(text, 'serious or critical accessibility violations').toBe('');
	}
});

export { expect };
