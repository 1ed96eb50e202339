import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * Browser benchmarks (`npm run bench:search:browser`): print figures, assert nothing about speed.
 * One worker, so nothing else runs beside the measurement.
 */
export default defineConfig({
	...base,
	testDir: 'tests/bench',
	testMatch: '**/*.bench.ts',
	fullyParallel: false,
	workers: 1,
	timeout: 600_000
});
