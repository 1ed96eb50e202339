/**
 * UNSPSC data as the app ships it: the compact JSON asset written by `npm run data`
 * (scripts/build-unspsc.ts) to `src/generated/unspsc.json` and fetched only where codes are chosen.
 */

/** The four UNSPSC levels, from the code's digits: NN000000, NNNN0000, NNNNNN00, NNNNNNNN. */
export type UnspscLevel = 'segment' | 'family' | 'class' | 'commodity';

/** One row of the asset: [code, title, parent code or null for a segment]. */
export type UnspscRow = [code: string, title: string, parent: string | null];

export interface UnspscDataset {
	/** Format version of this asset. */
	format: 1;
	/** Where the rows came from, e.g. "unspsc-ungm-2026-04-21.csv" or "sample". */
	source: string;
	/** One row per distinct 8-digit code; parents always come before their children. */
	rows: UnspscRow[];
}

/** A code in memory, with its level and resolved parent. */
export interface UnspscNode {
	code: string;
	title: string;
	parent: string | null;
	level: UnspscLevel;
}
