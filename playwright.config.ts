import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4174);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

// Runs against the production build (npm test builds first): the same files a static host serves.
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	// CI runs on a 2-core machine that may be busy: every wait is on what a person sees, with room to
	// spare. With a CPU hog beside the suite (scripts/busy-e2e.sh) the longer flows took 60-90 s, so
	// each test gets 120 s; whole flows (a registration, a login with its 600,000-iteration hash)
	// add test.slow() (360 s).
	timeout: 120_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://localhost:${port}${base}/`,
		serviceWorkers: 'block',
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `node scripts/serve.mjs --port ${port} --quiet`,
		url: `http://localhost:${port}${base}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
