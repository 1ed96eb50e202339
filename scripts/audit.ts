/**
 * Lighthouse audit of the pages people land on first (home, Supplier Registration, a step opened
 * from a resume link, the Bid Board from a notification e-mail, Log In), served as `npm start`
 * serves them (precompressed files, SPA fallback), with the system Chromium and Lighthouse's
 * mobile settings but for the CPU slowdown (calibrated, see below). Five runs per page; the
 * median of each category, and of Largest Contentful Paint, is compared with its gate. A page
 * that fails to load scores null, which counts as a failure.
 *
 *   npm run audit            builds, then audits
 *   npm run audit -- --reuse audits the existing build/
 *   npm run audit -- --reuse --pages /bids,/login   only these pages
 *   npm run audit -- --reuse --cpu-slowdown 4       Lighthouse's own slowdown, not calibrated
 *
 * The goal (#16) is performance 98 and LCP 1.5 s on every one of these pages, on the 2-core
 * machine the goal was set on. Lighthouse's simulated phone is the host's CPU slowed four times,
 * so the same page scored about 15 points less on a CI machine half as fast. The audit therefore
 * simulates one phone on any host, as Lighthouse's documentation advises ("Calibrating the CPU
 * slowdown", docs/throttling.md): before each page it measures the host with Lighthouse's own
 * benchmark (median of three) and slows the CPU by 4 x index / 2,800, the reference machine's
 * index (four times on the reference machine, twice on one half as fast). The benchmark and the
 * slowdown used are printed. Every page's gate is the goal itself.
 *
 * The first frame is drawn from the HTML before any script is fetched (src/lib/server/head.ts),
 * so First and Largest Contentful Paint and Speed Index are 0.8-1.2 s; what is left is Total
 * Blocking Time: the page's parse, style and layout, the start-up preloads and the evaluation of
 * its modules (a few per task), hydration (a wizard page and parts of it each in a task of its
 * own, src/lib/hydration/Island.svelte), a board's first list. Medians of five on the reference
 * machine: 100 on all five pages (the wizard step's runs 99-100, and still 99-100 with the CPU
 * slowed six times: the margin). `--cpu-slowdown N` sets the slowdown instead (no calibration):
 * `--cpu-slowdown 8` on the reference machine is what an uncalibrated run on a machine half as
 * fast measures.
 */
import { execFileSync, execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';

const THRESHOLDS = { performance: 98, accessibility: 100, 'best-practices': 100 } as const;
type Category = keyof typeof THRESHOLDS;
/**
 * Lighthouse's benchmark index of the machine the goal was set on (2-core CI machine; reports'
 * `environment.benchmarkIndex` 2,780-2,930). Its CPU slowed four times is the simulated phone.
 */
const REFERENCE_INDEX = 2800;
/** Lighthouse's default CPU slowdown, for the reference machine. */
const REFERENCE_SLOWDOWN = 4;
/** Largest Contentful Paint, simulated mobile (ms): the median must not exceed it. */
const LCP_MAX = 1500;
const AUDITED = ['/', '/register', '/register/organization', '/bids', '/login'];
/**
 * `--cpu-slowdown N`: this CPU slowdown on every page instead of the calibrated one (see above).
 */
const slowdownArg = process.argv.indexOf('--cpu-slowdown');
const SLOWDOWN = slowdownArg >= 0 ? Number(process.argv[slowdownArg + 1]) : null;
const pagesArg = process.argv.indexOf('--pages');
const PAGES = pagesArg >= 0 ? process.argv[pagesArg + 1]!.split(',') : AUDITED;

/** Lighthouse's benchmark index of this machine now: the median of three, in headless Chromium. */
async function benchmarkIndex(): Promise<number> {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...CHROMIUM_ARGS, '--headless=new']
	});
	try {
		const page = await browser.newPage();
		const runs: number[] = [];
		for (let i = 0; i < 3; i++) {
			runs.push(await page.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`));
		}
		return median(runs);
	} finally {
		await browser.close();
	}
}

/** The CPU slowdown that makes this machine the reference machine's simulated phone. */
async function calibratedSlowdown(): Promise<{ index: number; slowdown: number }> {
	const index = await benchmarkIndex();
	const slowdown = Math.round((REFERENCE_SLOWDOWN * index * 10) / REFERENCE_INDEX) / 10;
	return { index, slowdown: Math.min(Math.max(slowdown, 1), 12) };
}

const RUNS = 5;
const port = 4181;
const outDir = '.lighthouse';

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main() {
	if (!process.argv.includes('--reuse') || !existsSync('build/200.html')) {
		execSync('npm run build', { stdio: 'inherit' });
	}
	mkdirSync(outDir, { recursive: true });
	const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
	const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--quiet'], {
		stdio: 'inherit'
	});
	const failures: string[] = [];
	try {
		await waitForServer(`http://localhost:${port}${base}/`);
		for (const path of PAGES) {
			const url = `http://localhost:${port}${base}${path}`;
			const scores: Record<Category, (number | null)[]> = {
				performance: [],
				accessibility: [],
				'best-practices': []
			};
			const lcp: (number | null)[] = [];
			let slowdown = SLOWDOWN;
			if (slowdown === null) {
				const calibration = await calibratedSlowdown();
				slowdown = calibration.slowdown;
				console.log(
					`${path}: benchmark index ${calibration.index} (reference ${REFERENCE_INDEX}), CPU slowdown ${slowdown}x`
				);
			}
			for (let run = 1; run <= RUNS; run++) {
				const out = join(
					outDir,
					`${path === '/' ? 'home' : path.slice(1).replaceAll('/', '-')}-${run}.json`
				);
				try {
					execFileSync(
						'node_modules/.bin/lighthouse',
						[
							url,
							'--quiet',
							'--output=json',
							`--output-path=${out}`,
							'--only-categories=performance,accessibility,best-practices',
							`--throttling.cpuSlowdownMultiplier=${slowdown}`,
							'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'
						],
						{
							stdio: ['ignore', 'ignore', 'inherit'],
							env: { ...process.env, CHROME_PATH: chromiumPath() }
						}
					);
					const report = JSON.parse(readFileSync(out, 'utf8')) as {
						categories: Record<string, { score: number | null }>;
						audits: Record<string, { numericValue?: number }>;
						runtimeError?: { message: string };
					};
					const paint = report.audits['largest-contentful-paint']?.numericValue;
					lcp.push(paint == null ? null : Math.round(paint));
					if (report.runtimeError) console.error(`${url}: ${report.runtimeError.message}`);
					for (const c of Object.keys(THRESHOLDS) as Category[]) {
						const s = report.categories[c]?.score;
						scores[c].push(s == null ? null : Math.round(s * 100));
					}
				} catch (error) {
					console.error(`${url} run ${run} failed: ${(error as Error).message}`);
					for (const c of Object.keys(THRESHOLDS) as Category[]) scores[c].push(null);
					lcp.push(null);
				}
			}
			const cells = (Object.keys(THRESHOLDS) as Category[]).map((c) => {
				const runs = scores[c];
				const med = runs.includes(null) ? null : median(runs as number[]);
				const gate = THRESHOLDS[c];
				if (med === null || med < gate) {
					failures.push(
						`${path} ${c}: median ${med ?? 'null'} < ${gate} (runs ${runs.join(', ')})`
					);
				}
				return `${c} ${med ?? 'null'} [${runs.join(', ')}]`;
			});
			const lcpMedian = lcp.includes(null) ? null : median(lcp as number[]);
			if (lcpMedian === null || lcpMedian > LCP_MAX) {
				failures.push(
					`${path} LCP: median ${lcpMedian ?? 'null'} ms > ${LCP_MAX} ms (runs ${lcp.join(', ')})`
				);
			}
			cells.push(`LCP ${lcpMedian ?? 'null'} ms [${lcp.join(', ')}]`);
			console.log(`${path.padEnd(10)} ${cells.join('  ')}`);
		}
	} finally {
		server.kill();
	}
	if (failures.length) {
		console.error(`\nAudit FAILED:\n  ${failures.join('\n  ')}`);
		process.exit(1);
	}
	console.log(
		`\nAudit: every page meets its gates (median of ${RUNS} runs): ${JSON.stringify(THRESHOLDS)}, LCP ≤ ${LCP_MAX} ms.`
	);
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
