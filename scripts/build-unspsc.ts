/**
 * `npm run data`: convert UNGM's UNSPSC CSV export into the compact asset the app fetches,
 * src/generated/unspsc.json ({"format":1,"source":"...","rows":[[code,title,parent],...]}).
 *
 * Source: $UNSPSC_CSV (resolved against the current directory; must exist) or else the list vendored
 * in the project, data/unspsc/unspsc-ungm-2026-04-21.csv (its README says where it came from and how
 * to update it). The small sample scripts/data/unspsc-sample.csv (18 segments plus 43000000 >
 * 43220000 > 43222600 > 43222609) is only for tests that need a tiny tree: UNSPSC_CSV=... selects it.
 *
 * The logic is in src/lib/domain/unspsc/build.ts. UNGM's letter groups A–J are dropped there: they
 * are UNGM groupings, not UNSPSC codes, and the tree starts at the segments.
 *
 * Exit 1, writing nothing, if any row is malformed (every one is listed as file:line: reason).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseUnspscCsv, serializeDataset, toDataset } from '../src/lib/domain/unspsc/build';
import { formatError, formatSummary } from '../src/lib/domain/unspsc/build-summary';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultCsv = resolve(root, 'data/unspsc/unspsc-ungm-2026-04-21.csv');
const sampleCsv = resolve(root, 'scripts/data/unspsc-sample.csv');
const outFile = resolve(root, 'src/generated/unspsc.json');

const started = performance.now();
const display = (p: string) => (p.startsWith(root) ? relative(root, p) || '.' : p);

const override = process.env.UNSPSC_CSV;
const csvPath = override ? resolve(override) : defaultCsv;
if (!existsSync(csvPath)) {
	console.error(
		override
			? `build-unspsc: UNSPSC_CSV=${override} does not exist (${csvPath})`
			: `build-unspsc: the vendored code list ${display(csvPath)} is missing: restore it from git (data/unspsc/README.md)`
	);
	process.exit(1);
}
const source = csvPath === sampleCsv ? 'sample' : basename(csvPath);

const text = readFileSync(csvPath, 'utf8');
const file = display(csvPath);
const result = parseUnspscCsv(text, file);

if (result.errors.length) {
	console.error(`build-unspsc: ${result.errors.length} malformed row(s) in ${csvPath}:`);
	for (const e of result.errors) console.error(`  ${formatError(e)}`);
	console.error('build-unspsc: nothing written.');
	process.exit(1);
}

const json = serializeDataset(toDataset(result, source));
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, json);
const raw = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).length;
const sha256 = createHash('sha256').update(text).digest('hex');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

console.log(
	[
		'UNSPSC data build',
		`Source file: ${csvPath}${source === 'sample' ? ' (SAMPLE)' : ''}`,
		`  sha256 ${sha256}`,
		...formatSummary(result),
		`Wrote ${display(outFile)}: ${result.rows.length.toLocaleString('en-US')} rows, ${raw.toLocaleString('en-US')} bytes raw (${kb(raw)}), ${gzip.toLocaleString('en-US')} bytes gzip (${kb(gzip)}) in ${Math.round(performance.now() - started)} ms`
	].join('\n')
);
if (source === 'sample') {
	console.error(
		`!!  WARNING: src/generated/unspsc.json holds only the SAMPLE (${result.rows.length} codes).`
	);
}
