/**
 * Size budgets, measured as a browser sees them: every prerendered page (and the SPA fallback) is
 * opened in Chromium from the production build, and the JavaScript and CSS it loads on first visit
 * are summed at their gzip size.
 *
 *   npm run budget            builds, then measures
 *   npm run budget -- --reuse measures the existing build/ (CI builds once for every check)
 *
 * Budgets: home ≤ 50 KB JS, any route ≤ 120 KB JS, CSS ≤ 30 KB (gzip); the UNSPSC data and its
 * search index are never part of a route's initial JavaScript (the data is fetched as JSON by the
 * search worker where codes are chosen). Web Worker scripts run off the main thread: their size is
 * printed in its own column and not counted in the route's JavaScript.
 */
import { chromium } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';

const KB = 1024;
export const BUDGETS = { homeJs: 50 * KB, routeJs: 120 * KB, css: 30 * KB };
const EXTRA_ROUTES: string[] = []; // storage-dependent routes served by 200.html, added as they land
const port = Number(process.env.BUDGET_PORT ?? 4180);
const buildDir = process.env.BUILD_DIR ?? 'build';

function htmlRoutes(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name !== '_app') out.push(...htmlRoutes(path));
		} else if (name.endsWith('.html') && name !== '200.html') {
			const rel = relative(buildDir, path).replace(/\.html$/, '');
			out.push(rel === 'index' ? '/' : `/${rel.replace(/\/index$/, '')}`);
		}
	}
	return out;
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
	let size = gzipCache.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(file), { level: 9 }).length;
		gzipCache.set(file, size);
	}
	return size;
}

async function main() {
	if (!process.argv.includes('--reuse') || !existsSync(join(buildDir, '200.html'))) {
		execSync('npm run build', { stdio: 'inherit' });
	}
	const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
	const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--quiet'], {
		stdio: 'inherit'
	});
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const failures: string[] = [];
	const rows: string[][] = [];
	try {
		await waitForServer(`http://localhost:${port}${base}/`);
		const routes = [...htmlRoutes(buildDir).sort(), ...EXTRA_ROUTES, '/no-such-page (fallback)'];
		for (const route of routes) {
			const path = route.replace(' (fallback)', '');
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			const requested = new Set<string>();
			page.on('request', (req) => requested.add(new URL(req.url()).pathname));
			await page.goto(`http://localhost:${port}${base}${path}`, { waitUntil: 'networkidle' });
			await context.close();
			let js = 0;
			let worker = 0;
			let css = 0;
			const offenders: string[] = [];
			for (const p of requested) {
				const file = join(buildDir, p.slice(base.length));
				if (!existsSync(file) || statSync(file).isDirectory()) continue;
				if (p.includes('/workers/')) {
					// Web Workers (the UNSPSC search) run off the main thread: reported, not budgeted.
					worker += gzipSize(file);
				} else if (p.endsWith('.js')) {
					js += gzipSize(file);
					const text = readFileSync(file, 'utf8');
					// The UNSPSC asset holds every code; a chunk quoting a deep commodity code and its
					// title carries the data set.
					if (text.includes('43222609') && text.includes('Network routers')) offenders.push(p);
				} else if (p.endsWith('.css')) css += gzipSize(file);
			}
			const jsBudget = route === '/' ? BUDGETS.homeJs : BUDGETS.routeJs;
			const ok = js <= jsBudget && css <= BUDGETS.css && offenders.length === 0;
			rows.push([
				route,
				kb(js),
				kb(jsBudget),
				kb(css),
				kb(BUDGETS.css),
				worker ? kb(worker) : '-',
				ok ? 'ok' : 'OVER'
			]);
			if (js > jsBudget) failures.push(`${route}: JavaScript ${kb(js)} > ${kb(jsBudget)}`);
			if (css > BUDGETS.css) failures.push(`${route}: CSS ${kb(css)} > ${kb(BUDGETS.css)}`);
			for (const o of offenders)
				failures.push(`${route}: UNSPSC data loaded on first visit (${o})`);
		}
	} finally {
		await browser.close();
		server.kill();
	}
	printTable(['route', 'JS gzip', 'JS budget', 'CSS gzip', 'CSS budget', 'worker JS', ''], rows);
	if (failures.length) {
		console.error(`\nBudget FAILED:\n  ${failures.join('\n  ')}`);
		process.exit(1);
	}
	console.log(`\nBudget: all ${rows.length} routes within budget.`);
}

function kb(bytes: number): string {
	return `${(bytes / KB).toFixed(1)} KB`;
}

function printTable(head: string[], rows: string[][]) {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const r of rows) console.log(line(r));
}

async function waitForServer(url: string) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`server at ${url} did not start`);
}

await main();
