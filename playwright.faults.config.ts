import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The fault-injection suite (`npm run test:faults`): real browser faults (no IndexedDB, a full
 * disk, a second tab upgrading the database, storage cleared under an open form...) and the
 * privacy cases of a shared computer (the next visitor in a second browser context). Each case
 * adds a row to the table the reporter prints: fault → keystrokes typed → kept → what the person
 * was told. One worker: several cases open two tabs of one browser profile.
 */
export default defineConfig({
	...base,
	testDir: 'tests/faults',
	workers: 1,
	reporter: [['list'], ['./tests/faults/table-reporter.ts']]
});
