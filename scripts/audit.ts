/**
 * Lighthouse audit of the pages people land on first (home, Supplier Registration, a step opened
 * from a resume link, the Bid Board from a notification e-mail, Log In), served as `npm start`
 * serves them (precompressed files, SPA fallback), with the system Chromium and Lighthouse's
 * mobile defaults. Five runs per page; the median of each category, and of Largest Contentful
 * Paint, is compared with its gate. A page that fails to load scores null, which counts as a
 * failure.
 *
 *   npm run audit            builds, then audits
 *   npm run audit -- --reuse audits the existing build/
 *   npm run audit -- --reuse --pages /bids,/login   only these pages
 *   npm run audit -- --reuse --cpu-slowdown 8       as a machine half as fast would measure
 *
 * The goal (#16) is performance 98 and LCP 1.5 s on every one of these pages. The first frame is
 * drawn from the HTML before any script is fetched (src/lib/server/head.ts), so First and Largest
 * Contentful Paint and Speed Index are 0.8-1.2 s; what is left is Total Blocking Time: the page's
 * parse, style and layout, the start-up preloads (added a few per task), hydration (a wizard step
 * in a task of its own), a board's first list. It follows the machine's speed: Lighthouse's
 * simulated phone is this machine slowed four times. Medians of five on this 2-core machine
 * (benchmark index ~2,800): /, /register, /bids, /login 100; /register/organization 96-99.
 * The same build as a machine half as fast measures it (`--cpu-slowdown 8`, about what earlier
 * CI machines scored): / 100, /register 98, /register/organization 81, /bids 98, /login 99.
 * The gates are those less a margin, so a slower CI machine passes on what the pages hold and a
 * change that costs a page many points fails; LCP's is the goal itself (medians 0.9-1.0 s).
 */
import { execFileSync, execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from '../tests/e2e/chromium';

const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;
type Category = keyof typeof THRESHOLDS;
/** Performance gates below the default, per page (see above). */
const PERFORMANCE: Record<string, number> = {
	'/register/organization': 72,
	'/bids': 90,
	'/login': 92
};
/** Largest Contentful Paint, simulated mobile (ms): the median must not exceed it. */
const LCP_MAX = 1500;
const AUDITED = ['/', '/register', '/register/organization', '/bids', '/login'];
/**
 * `--cpu-slowdown N`: Lighthouse's CPU slowdown in place of its mobile default (4): 8 shows what a
 * machine half as fast as this one would measure, to see the margin a slower CI machine leaves.
 */
const slowdownArg = process.argv.indexOf('--cpu-slowdown');
const SLOWDOWN = slowdownArg >= 0 ? Number(process.argv[slowdownArg + 1]) : null;
const pagesArg = process.argv.indexOf('--pages');
const PAGES = pagesArg >= 0 ? process.argv[pagesArg + 1]!.split(',') : AUDITED;

function threshold(path: string, category: Category): number {
	return category === 'performance'
		? (PERFORMANCE[path] ?? THRESHOLDS.performance)
		: THRESHOLDS[category];
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
							...(SLOWDOWN ? [`--throttling.cpuSlowdownMultiplier=${SLOWDOWN}`] : []),
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
				const gate = threshold(path, c);
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
		`\nAudit: every page meets its gates (median of ${RUNS} runs): ${JSON.stringify(THRESHOLDS)}, performance ${JSON.stringify(PERFORMANCE)}, LCP ≤ ${LCP_MAX} ms.`
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
