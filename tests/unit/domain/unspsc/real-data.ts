import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UnspscDataset } from '$lib/domain/unspsc/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Where `npm run data` writes the real UNSPSC asset. */
export const REAL_DATA_PATH = resolve(root, 'src/generated/unspsc.json');

/** The relevance fixture shared with scripts/bench-search.ts. */
export const FIXTURE_PATH = resolve(root, 'tests/fixtures/unspsc-queries.json');

/**
 * The real generated dataset. Throws (failing the test, not skipping it) when it is missing:
 * the tests need the real data, which `npm run data` builds.
 */
export function loadRealDataset(): UnspscDataset {
	if (!existsSync(REAL_DATA_PATH)) {
		throw new Error(`${REAL_DATA_PATH} is missing: run \`npm run data\` first`);
	}
	return JSON.parse(readFileSync(REAL_DATA_PATH, 'utf8')) as UnspscDataset;
}

export interface RelevanceFixture {
	queries: Array<{ query: string; expect: string[]; note?: string }>;
}

export function loadFixture(): RelevanceFixture {
	return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as RelevanceFixture;
}

/** The unseen queries (scripts/bench-search.ts reports recall on each half). */
export interface UnseenFixture {
	queries: Array<{ query: string; accept: string[]; kind: string; half: 'tune' | 'held-back' }>;
}

export function loadUnseenFixture(): UnseenFixture {
	const path = resolve(root, 'tests/fixtures/unspsc-queries-unseen.json');
	return JSON.parse(readFileSync(path, 'utf8')) as UnseenFixture;
}
