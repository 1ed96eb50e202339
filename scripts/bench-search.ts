/**
 * Benchmarks UNSPSC search: `npm run bench:search`.
 *
 * Loads src/generated/unspsc.json (written by `npm run data`), builds the index, times a fixed
 * list of queries (the relevance fixture plus extras: partial words, long queries, stop words,
 * nonsense), measures recall@5 over tests/fixtures/unspsc-queries.json and, per half and kind,
 * over tests/fixtures/unspsc-queries-unseen.json (written apart from the search code; tuning looks
 * only at its "tune" half, whose misses are listed), then does the same timing on a 12× synthetic
 * enlargement (clones with altered codes, shuffled and mutated title words so the vocabulary grows
 * as real text would). Prints PASS/FAIL against the targets; exits 1 on FAIL.
 *   npm run bench:search -- --recall-only   recall only, no timings
 */
import { buildSearchIndex, search, warmSearchIndex } from '../src/lib/domain/unspsc/search';
import type { UnspscRow } from '../src/lib/domain/unspsc/types';
// The data and the fixtures are read as the unit tests read them (the unseen queries were written apart from
// the search code, each with the codes a person would accept).
import {
	loadFixture,
	loadRealDataset,
	loadUnseenFixture,
	type RelevanceFixture,
	type UnseenFixture
} from '../tests/unit/domain/unspsc/real-data';

const TARGETS = { buildMs: 300, p95Ms: 10, p95LargeMs: 50, recall: 0.9, unseenRecall: 0.97 };
const SCALE = 12;
const ROUNDS = 10;

const EXTRA_QUERIES = [
	'a',
	'co',
	'comp',
	'computer ser',
	'services',
	'equipment',
	'and',
	'the of',
	'medical equipment and supplies',
	'repair and maintenance of heavy construction equipment',
	'xyzzy',
	'qwertyuiop asdfgh',
	'serv*',
	'c*',
	'"heating and cooling"',
	'"maintenance',
	'43',
	'72',
	'8010',
	'801015',
	'10000000',
	'99999999',
	'electrcal engneering servces',
	'mantenance',
	'computr',
	'telefone',
	'ofice chiars',
	'snow plow truck salt spreader',
	'café',
	'x-ray film'
];

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i]!;
}

function median(values: number[]): number {
	return percentile(
		values.slice().sort((a, b) => a - b),
		50
	);
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES = ['ex', 'ium', 'ite', 'on', 'ar', 'ol', 'ine', 'ase', 'tron', 'ic', 'al', 'or'];
const LETTERS = 'abcdefghijklmnoprstuvw';

/** One of a few variants of a word, so clones share some new words as real text does. */
function variant(word: string, v: number): string {
	if (word.length < 4) return word;
	const h = [...word].reduce((acc, c) => (acc * 31 + c.charCodeAt(0)) >>> 0, v * 7919);
	if (v % 2 === 0) return word + SYLLABLES[h % SYLLABLES.length]!;
	const i = 1 + (h % (word.length - 2));
	return word.slice(0, i) + LETTERS[(h >>> 8) % LETTERS.length]! + word.slice(i + 1);
}

/** `scale`× the rows: the originals plus clones with prefixed codes and altered titles. */
function enlarge(rows: readonly UnspscRow[], scale: number): UnspscRow[] {
	const out: UnspscRow[] = rows.slice();
	const random = rng(42);
	for (let k = 1; k < scale; k++) {
		for (const [code, title, parent] of rows) {
			const words = title.split(/\s+/);
			if (random() < 0.5) {
				for (let i = words.length - 1; i > 0; i--) {
					const j = Math.floor(random() * (i + 1));
					[words[i], words[j]] = [words[j]!, words[i]!];
				}
			}
			const altered = words.map((w) =>
				random() < 0.35 ? variant(w, Math.floor(random() * 6)) : w
			);
			out.push([`${k}${code}`, altered.join(' '), parent === null ? null : `${k}${parent}`]);
		}
	}
	return out;
}

interface Timing {
	coldMs: number;
	buildMs: number;
	readyMs: number;
	p50: number;
	p95: number;
	max: number;
	slowest: Array<{ query: string; ms: number }>;
	vocab: number;
	entries: number;
}

function measure(rows: readonly UnspscRow[], queries: readonly string[], builds: number): Timing {
	const buildTimes: number[] = [];
	const readyTimes: number[] = [];
	// The first build runs on cold (unoptimized) code, as it will in a fresh Web Worker.
	const c0 = performance.now();
	let index = buildSearchIndex(rows);
	warmSearchIndex(index);
	const coldMs = performance.now() - c0;
	for (let i = 0; i < builds; i++) {
		const t0 = performance.now();
		index = buildSearchIndex(rows);
		const t1 = performance.now();
		warmSearchIndex(index);
		const t2 = performance.now();
		buildTimes.push(t1 - t0);
		readyTimes.push(t2 - t0);
	}
	for (let r = 0; r < 3; r++) for (const q of queries) search(index, q, { limit: 50 });
	const samples: number[] = [];
	const perQuery = new Map<string, number[]>();
	for (let r = 0; r < ROUNDS; r++) {
		for (const q of queries) {
			const t = performance.now();
			search(index, q, { limit: 50 });
			const ms = performance.now() - t;
			samples.push(ms);
			const list = perQuery.get(q) ?? [];
			list.push(ms);
			perQuery.set(q, list);
		}
	}
	samples.sort((a, b) => a - b);
	const slowest = [...perQuery]
		.map(([query, ms]) => ({ query, ms: median(ms) }))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 5);
	return {
		coldMs,
		buildMs: median(buildTimes),
		readyMs: median(readyTimes),
		p50: percentile(samples, 50),
		p95: percentile(samples, 95),
		max: samples[samples.length - 1] ?? 0,
		slowest,
		vocab: index.vocab.length,
		entries: index.codes.length
	};
}

function recallAt5(
	rows: readonly UnspscRow[],
	fixture: RelevanceFixture
): { hits: number; total: number } {
	const index = buildSearchIndex(rows);
	let hits = 0;
	let total = 0;
	for (const { query, expect } of fixture.queries) {
		const top = search(index, query, { limit: 5 }).results.map((r) => r.code);
		for (const code of expect) {
			total++;
			if (top.includes(code)) hits++;
			else console.log(`  miss: ${JSON.stringify(query)} → expected ${code}, got ${top.join(' ')}`);
		}
	}
	return { hits, total };
}

/**
 * Recall@5 on the unseen queries, per half and kind: a query counts when any of its accepted
 * codes is among the first five results. Misses are listed for the tune half only (tuning never
 * looks at the held-back half); `--show-held-back` lists those too, for a final check.
 */
function unseenRecall(
	rows: readonly UnspscRow[],
	fixture: UnseenFixture,
	showHeldBack: boolean
): Record<'tune' | 'held-back', number> {
	const index = buildSearchIndex(rows);
	const tally = new Map<string, { hits: number; total: number }>();
	const count = (key: string, hit: boolean) => {
		const t = tally.get(key) ?? { hits: 0, total: 0 };
		t.total++;
		if (hit) t.hits++;
		tally.set(key, t);
	};
	for (const { query, accept, kind, half } of fixture.queries) {
		const top = search(index, query, { limit: 5 }).results.map((r) => r.code);
		const hit = accept.some((code) => top.includes(code));
		count(half, hit);
		count(`${half} ${kind}`, hit);
		if (!hit && (half === 'tune' || showHeldBack))
			console.log(
				`  ${half} miss: ${JSON.stringify(query)} → ${accept.join(' ')}; got ${top.join(' ')}`
			);
	}
	const share = (key: string) => {
		const t = tally.get(key) ?? { hits: 0, total: 0 };
		return { ...t, recall: t.total ? t.hits / t.total : 0 };
	};
	for (const key of [...tally.keys()].sort()) {
		const t = share(key);
		console.log(
			`  ${key.padEnd(24)} ${(t.recall * 100).toFixed(1).padStart(5)}% (${t.hits}/${t.total})`
		);
	}
	return { tune: share('tune').recall, 'held-back': share('held-back').recall };
}

function report(label: string, t: Timing): void {
	console.log(`\n${label}: ${t.entries.toLocaleString('en')} entries, ${t.vocab} words`);
	console.log(
		`  index build ${t.buildMs.toFixed(1)} ms (median of warm runs), ready incl. fuzzy ${t.readyMs.toFixed(1)} ms; first (cold) build + fuzzy ${t.coldMs.toFixed(1)} ms`
	);
	console.log(
		`  per query p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms, max ${t.max.toFixed(2)} ms`
	);
	console.log(
		`  slowest (median): ${t.slowest.map((s) => `${JSON.stringify(s.query)} ${s.ms.toFixed(2)}`).join(', ')}`
	);
}

function main(): number {
	const dataset = loadRealDataset(); // throws, saying to run `npm run data`, when it is missing
	const fixture = loadFixture();
	const queries = [...fixture.queries.map((q) => q.query), ...EXTRA_QUERIES];
	console.log(
		`UNSPSC search benchmark: ${queries.length} queries × ${ROUNDS} rounds (after warm-up)`
	);

	const small = measure(dataset.rows, queries, 5);
	report('Real data', small);
	const { hits, total } = recallAt5(dataset.rows, fixture);
	const recall = hits / total;
	console.log(
		`  recall@5 ${(recall * 100).toFixed(1)}% (${hits}/${total}) over ${fixture.queries.length} queries`
	);

	const unseen = loadUnseenFixture();
	console.log(`\nUnseen queries (${unseen.queries.length}): recall@5 by half and kind`);
	const halves = unseenRecall(dataset.rows, unseen, process.argv.includes('--show-held-back'));
	if (process.argv.includes('--recall-only')) return 0;

	const large = measure(enlarge(dataset.rows, SCALE), queries, 2);
	report(`${SCALE}× synthetic`, large);

	const checks: Array<[string, boolean]> = [
		[
			`build ≤ ${TARGETS.buildMs} ms at real size (cold ${small.coldMs.toFixed(1)}, median ${small.readyMs.toFixed(1)})`,
			small.coldMs <= TARGETS.buildMs && small.readyMs <= TARGETS.buildMs
		],
		[
			`p95 ≤ ${TARGETS.p95Ms} ms at real size (${small.p95.toFixed(2)})`,
			small.p95 <= TARGETS.p95Ms
		],
		[
			`p95 ≤ ${TARGETS.p95LargeMs} ms at ${SCALE}× (${large.p95.toFixed(2)})`,
			large.p95 <= TARGETS.p95LargeMs
		],
		[
			`recall@5 ≥ ${TARGETS.recall * 100}% (${(recall * 100).toFixed(1)})`,
			recall >= TARGETS.recall
		],
		[
			`unseen recall@5 ≥ ${TARGETS.unseenRecall * 100}% on the held-back half (${(halves['held-back'] * 100).toFixed(1)}; tune half ${(halves.tune * 100).toFixed(1)})`,
			halves['held-back'] >= TARGETS.unseenRecall
		]
	];
	console.log('');
	for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
	return checks.every(([, ok]) => ok) ? 0 : 1;
}

process.exit(main());
