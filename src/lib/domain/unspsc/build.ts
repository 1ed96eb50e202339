/**
 * The UNSPSC data build, as pure functions: parse UNGM's CSV export (key,parent_key,code,title),
 * validate every row, drop the letter groups, keep one row per code, repair parents from the
 * code's digits, order the rows parents-first, and describe every change made. No Node APIs: the
 * CLI (scripts/build-unspsc.ts) reads the file, prints `formatSummary` and writes the asset.
 *
 * Letter groups: UNGM puts ten groupings lettered A–J ("Raw Materials, Chemicals, Paper, Fuel",
 * ..., "Services") above the segments. They are UNGM's own navigation aid, not UNSPSC codes, and
 * they group segments inconsistently with the code ranges, so the build drops them: the tree starts
 * at the 58 segments, whose parent becomes null.
 */
import { isUnspscCode, levelOf, parentCodesByDigits, UNSPSC_LEVELS } from './codes';
import type { UnspscDataset, UnspscLevel, UnspscRow } from './types';

/** The CSV's columns, in order (its header line). */
export const UNSPSC_CSV_COLUMNS = ['key', 'parent_key', 'code', 'title'] as const;

const LETTER_GROUP = /^[A-J]$/;
const COMMA = 44;
const LF = 10;
const CR = 13;
const KEY = /^\d+$/;

/** A malformed row: the build fails and lists every one. */
export interface UnspscBuildError {
	file: string;
	/** Physical line (1-based) where the row starts. */
	line: number;
	reason: string;
}

/** One CSV record with the physical lines it spans. */
export interface CsvRecord {
	line: number;
	endLine: number;
	fields: string[];
}

/** A well-formed data row, title trimmed. */
export interface SourceRow {
	line: number;
	key: string;
	parentKey: string;
	code: string;
	title: string;
}

export interface LetterGroup {
	line: number;
	key: string;
	code: string;
	title: string;
	/** Segments whose parent_key named this group; they become roots. */
	segments: string[];
}

export interface DroppedDuplicate {
	line: number;
	key: string;
	parentKey: string;
	/** What differs from the kept row, if anything (parent, title). */
	differences: string[];
}

export interface DuplicateCode {
	code: string;
	title: string;
	kept: { line: number; key: string };
	dropped: DroppedDuplicate[];
}

export type ParentRepairReason =
	/** parent_key names no row in the file. */
	| 'missing'
	/** parent_key is empty on a row below segment level. */
	| 'empty'
	/** parent_key names a row whose code is not the nearest existing ancestor by digits. */
	| 'mismatch';

export interface ParentRepair {
	line: number;
	key: string;
	code: string;
	title: string;
	reason: ParentRepairReason;
	oldParentKey: string;
	/** Code of the row parent_key names (a letter for a group), null when it names none. */
	oldParent: string | null;
	newParent: string | null;
}

export interface TrimmedTitle {
	line: number;
	code: string;
	/** The title as in the file. */
	raw: string;
	/** Whether the row is in the output (not a letter group or a dropped duplicate). */
	kept: boolean;
}

export type LevelCounts = Record<UnspscLevel, number> & { total: number };

export interface UnspscBuildResult {
	file: string;
	/** Data records in the file (header excluded), malformed ones included. */
	inputRows: number;
	errors: UnspscBuildError[];
	/** One row per distinct code, sorted by code, which puts parents before children. */
	rows: UnspscRow[];
	letterGroups: LetterGroup[];
	repairs: {
		duplicates: DuplicateCode[];
		parents: ParentRepair[];
		trimmedTitles: TrimmedTitle[];
	};
	/** Coded rows in the file per level, duplicates included. */
	sourceCounts: LevelCounts;
	/** Rows in the output per level. */
	counts: LevelCounts;
}

export function formatError(e: UnspscBuildError): string {
	return `${e.file}:${e.line}: ${e.reason}`;
}

/**
 * RFC 4180 parser that keeps physical line numbers. A record spanning several lines (a line break
 * inside a quoted field) is reported: no UNSPSC field holds a line break. After a quoting error
 * (unterminated quote, text after a closing quote, quote in an unquoted field) parsing resumes on
 * the line after the record's first line, so one stray quote cannot hide later rows.
 */
export function parseCsv(
	text: string,
	file: string
): { records: CsvRecord[]; errors: UnspscBuildError[] } {
	const records: CsvRecord[] = [];
	const errors: UnspscBuildError[] = [];
	const n = text.length;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	let line = 1;

	const isEol = (at: number) =>
		at >= n || text[at] === '\n' || (text[at] === '\r' && text[at + 1] === '\n');
	const skipEol = (at: number) => (at >= n ? at : text[at] === '\r' ? at + 2 : at + 1);

	while (i < n) {
		const start = i;
		const startLine = line;
		if (isEol(i)) {
			// Blank line: not a row.
			i = skipEol(i);
			line++;
			continue;
		}
		const fields: string[] = [];
		let problem: string | null = null;
		for (;;) {
			let value = '';
			if (text[i] === '"') {
				const opened = line;
				i++;
				for (;;) {
					const q = text.indexOf('"', i);
					const chunk = text.slice(i, q < 0 ? n : q);
					for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
					value += chunk;
					if (q < 0) {
						problem = `unterminated quote (opened on line ${opened})`;
						i = n;
						break;
					}
					if (text[q + 1] === '"') {
						value += '"';
						i = q + 2;
						continue;
					}
					i = q + 1;
					break;
				}
				if (!problem && !isEol(i) && text[i] !== ',') {
					problem = `unexpected text after the closing quote of field ${fields.length + 1}`;
				}
			} else {
				let j = i;
				for (
					let c = text.charCodeAt(j);
					j < n && c !== COMMA && c !== LF;
					c = text.charCodeAt(++j)
				) {
					if (c === CR && text.charCodeAt(j + 1) === LF) break;
				}
				value = text.slice(i, j);
				if (value.includes('"')) {
					problem = `quote inside unquoted field ${fields.length + 1} (a field with quotes must be quoted, quotes doubled)`;
				}
				i = j;
			}
			if (problem) break;
			fields.push(value);
			if (text[i] === ',') {
				i++;
				continue;
			}
			i = skipEol(i);
			break;
		}
		if (problem) {
			errors.push({ file, line: startLine, reason: problem });
			// Resume on the next physical line after the record's start.
			const nl = text.indexOf('\n', start);
			i = nl < 0 ? n : nl + 1;
			line = startLine + 1;
			continue;
		}
		const endLine = line;
		line++;
		if (endLine > startLine) {
			errors.push({
				file,
				line: startLine,
				reason: `line break inside a quoted field (row spans lines ${startLine}–${endLine})`
			});
			continue;
		}
		records.push({ line: startLine, endLine, fields });
	}
	return { records, errors };
}

function emptyCounts(): LevelCounts {
	return { segment: 0, family: 0, class: 0, commodity: 0, total: 0 };
}

/** The nearest ancestor by digits that is among `codes`, or null if none is. */
export function nearestExistingAncestor(code: string, codes: ReadonlySet<string>): string | null {
	for (const candidate of parentCodesByDigits(code)) if (codes.has(candidate)) return candidate;
	return null;
}

/** Validate one record; returns the row or the reasons it is malformed. */
function toSourceRow(record: CsvRecord): SourceRow | string[] {
	const { fields } = record;
	if (fields.length !== UNSPSC_CSV_COLUMNS.length) {
		const hint = fields.length > UNSPSC_CSV_COLUMNS.length ? ' (unquoted comma in a field?)' : '';
		return [
			`expected ${UNSPSC_CSV_COLUMNS.length} columns (${UNSPSC_CSV_COLUMNS.join(',')}), found ${fields.length}${hint}`
		];
	}
	const [key = '', parentKey = '', code = '', rawTitle = ''] = fields;
	const reasons: string[] = [];
	if (!KEY.test(key)) reasons.push(`key ${JSON.stringify(key)} is not a number`);
	if (parentKey !== '' && !KEY.test(parentKey)) {
		reasons.push(`parent_key ${JSON.stringify(parentKey)} is neither empty nor a number`);
	}
	if (!isUnspscCode(code) && !LETTER_GROUP.test(code)) {
		reasons.push(
			`code ${JSON.stringify(code)} is neither an 8-digit UNSPSC code nor a letter group A–J`
		);
	}
	const title = rawTitle.trim();
	if (title === '') reasons.push('empty title');
	return reasons.length ? reasons : { line: record.line, key, parentKey, code, title };
}

/** Build the asset rows from the CSV text; `file` names the source in errors and the summary. */
export function parseUnspscCsv(text: string, file: string): UnspscBuildResult {
	const parsed = parseCsv(text, file);
	const errors = [...parsed.errors];
	const records = parsed.records;

	const header = records[0];
	let dataRecords = records;
	if (!header) {
		errors.push({ file, line: 1, reason: 'no rows: the file is empty' });
	} else if (header.line === 1 && header.fields.join(',') === UNSPSC_CSV_COLUMNS.join(',')) {
		dataRecords = records.slice(1);
	} else {
		errors.push({
			file,
			line: header.line,
			reason: `expected the header ${UNSPSC_CSV_COLUMNS.join(',')} on line 1`
		});
		if (header.line === 1) dataRecords = records.slice(1);
	}

	// Validate every row; trim titles.
	const valid: SourceRow[] = [];
	const trimmedTitles: TrimmedTitle[] = [];
	const byKey = new Map<string, SourceRow>();
	for (const record of dataRecords) {
		const row = toSourceRow(record);
		if (Array.isArray(row)) {
			errors.push({ file, line: record.line, reason: row.join('; ') });
			continue;
		}
		const other = byKey.get(row.key);
		if (other) {
			errors.push({
				file,
				line: row.line,
				reason: `key ${row.key} already used on line ${other.line}`
			});
			continue;
		}
		byKey.set(row.key, row);
		valid.push(row);
		const raw = record.fields[3] ?? '';
		if (raw !== row.title) trimmedTitles.push({ line: row.line, code: row.code, raw, kept: false });
	}

	// Letter groups out; one row per code, the first occurrence kept.
	const letterGroups: LetterGroup[] = [];
	const letterByKey = new Map<string, LetterGroup>();
	const first = new Map<string, SourceRow>();
	const duplicateOf = new Map<string, DuplicateCode>();
	const sourceCounts = emptyCounts();
	for (const row of valid) {
		if (LETTER_GROUP.test(row.code)) {
			const group = {
				line: row.line,
				key: row.key,
				code: row.code,
				title: row.title,
				segments: []
			};
			letterGroups.push(group);
			letterByKey.set(row.key, group);
			continue;
		}
		sourceCounts[levelOf(row.code)]++;
		sourceCounts.total++;
		const kept = first.get(row.code);
		if (!kept) {
			first.set(row.code, row);
			continue;
		}
		let dup = duplicateOf.get(row.code);
		if (!dup) {
			dup = {
				code: row.code,
				title: kept.title,
				kept: { line: kept.line, key: kept.key },
				dropped: []
			};
			duplicateOf.set(row.code, dup);
		}
		const differences: string[] = [];
		if (row.parentKey !== kept.parentKey) {
			const theirs = byKey.get(row.parentKey)?.code ?? 'no row';
			const ours = byKey.get(kept.parentKey)?.code ?? 'no row';
			differences.push(
				`parent_key ${row.parentKey || '(empty)'} (${theirs}) vs kept ${kept.parentKey || '(empty)'} (${ours})`
			);
		}
		if (row.title !== kept.title) differences.push(`title ${JSON.stringify(row.title)}`);
		dup.dropped.push({ line: row.line, key: row.key, parentKey: row.parentKey, differences });
	}
	const keptLines = new Set([...first.values()].map((r) => r.line));
	for (const t of trimmedTitles) t.kept = keptLines.has(t.line);

	// Parents: the nearest existing ancestor by digits; parent_key is kept when it agrees.
	const codes = new Set(first.keys());
	const parents: ParentRepair[] = [];
	const rows: UnspscRow[] = [];
	const counts = emptyCounts();
	for (const row of first.values()) {
		const level = levelOf(row.code);
		const expected = nearestExistingAncestor(row.code, codes);
		if (expected === null && level !== 'segment') {
			errors.push({
				file,
				line: row.line,
				reason: `no ancestor of ${row.code} by digits (${parentCodesByDigits(row.code).join(', ')}) is in the file`
			});
			continue;
		}
		const named = row.parentKey === '' ? undefined : byKey.get(row.parentKey);
		const group = letterByKey.get(row.parentKey);
		if (level === 'segment' && group) {
			group.segments.push(row.code);
		} else {
			const oldParent = named?.code ?? null;
			if (oldParent !== expected) {
				const reason: ParentRepairReason =
					row.parentKey === '' ? 'empty' : named ? 'mismatch' : 'missing';
				parents.push({
					line: row.line,
					key: row.key,
					code: row.code,
					title: row.title,
					reason,
					oldParentKey: row.parentKey,
					oldParent,
					newParent: expected
				});
			}
		}
		rows.push([row.code, row.title, expected]);
		counts[level]++;
		counts.total++;
	}

	// A parent is its child's digits prefix padded with zeros, hence a smaller 8-digit string:
	// sorting by code puts every parent first (checked by `parentsFirst` in the tests).
	rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	errors.sort((a, b) => a.line - b.line);

	return {
		file,
		// Rows the CSV parser rejected are rows too.
		inputRows: dataRecords.length + parsed.errors.length,
		errors,
		rows,
		letterGroups,
		repairs: { duplicates: [...duplicateOf.values()], parents, trimmedTitles },
		sourceCounts,
		counts
	};
}

/** True when every row's parent is null or appears on an earlier row. */
export function parentsFirst(rows: readonly UnspscRow[]): boolean {
	const seen = new Set<string>();
	for (const [code, , parent] of rows) {
		if (parent !== null && !seen.has(parent)) return false;
		seen.add(code);
	}
	return true;
}

/** The asset written to src/generated/unspsc.json. */
export function toDataset(result: UnspscBuildResult, source: string): UnspscDataset {
	return { format: 1, source, rows: result.rows };
}

/** Compact JSON, no indentation: {"format":1,"source":"...","rows":[[code,title,parent],...]}. */
export function serializeDataset(dataset: UnspscDataset): string {
	return JSON.stringify({ format: dataset.format, source: dataset.source, rows: dataset.rows });
}

const num = (n: number) => n.toLocaleString('en-US');

/** Show a raw title with its surrounding whitespace visible. */
function showRaw(s: string): string {
	return JSON.stringify(s).replace(/\u00a0/g, '\\u00a0');
}

function levelLine(c: LevelCounts): string {
	return UNSPSC_LEVELS.map((l) => `${l} ${num(c[l])}`).join(', ');
}

/** The build summary, one string per line: counts and every repair (trimmed titles abridged). */
export function formatSummary(result: UnspscBuildResult, trimmedShown = 5): string[] {
	const out: string[] = [];
	const { duplicates, parents, trimmedTitles } = result.repairs;
	out.push(
		`Input rows: ${num(result.inputRows)} (${result.letterGroups.length} letter groups + ${num(result.sourceCounts.total)} coded rows)`
	);
	out.push(`Coded rows by level: ${levelLine(result.sourceCounts)}`);
	out.push(
		`Output codes by level: ${levelLine(result.counts)}; total ${num(result.counts.total)} distinct`
	);

	out.push(
		`Letter groups dropped: ${result.letterGroups.length} (UNGM groupings above the segments, not UNSPSC codes; the tree starts at segments, which become roots)`
	);
	for (const g of result.letterGroups) {
		const n = g.segments.length;
		out.push(
			`  ${g.code}  ${g.title} (${n} segment${n === 1 ? '' : 's'}: ${g.segments.join(' ')})`
		);
	}

	const droppedRows = duplicates.reduce((s, d) => s + d.dropped.length, 0);
	out.push(
		`Duplicate codes: ${duplicates.length} codes, ${droppedRows} rows dropped (first occurrence kept)`
	);
	for (const d of duplicates) {
		const dropped = d.dropped
			.map((x) => {
				const diff = x.differences.length ? `, differs: ${x.differences.join('; ')}` : '';
				return `key ${x.key} (line ${x.line}${diff})`;
			})
			.join(', ');
		out.push(
			`  ${d.code} ${d.title}: kept key ${d.kept.key} (line ${d.kept.line}); dropped ${dropped}`
		);
	}

	const byReason = (r: ParentRepairReason) => parents.filter((p) => p.reason === r).length;
	out.push(
		`Parents repaired: ${parents.length} (${byReason('missing')} parent_key names no row, ${byReason('mismatch')} parent disagrees with the code's digits, ${byReason('empty')} empty parent_key)`
	);
	for (const p of parents) {
		const old =
			p.reason === 'missing'
				? `parent_key ${p.oldParentKey} (no such row)`
				: p.reason === 'empty'
					? 'no parent_key'
					: `${p.oldParent} (key ${p.oldParentKey})`;
		out.push(`  line ${p.line} ${p.code} ${p.title}: ${old} -> ${p.newParent ?? 'none (root)'}`);
	}

	const keptTrims = trimmedTitles.filter((t) => t.kept).length;
	out.push(
		`Titles trimmed: ${trimmedTitles.length} (${keptTrims} in output rows, the rest on letter groups or dropped duplicates)${trimmedTitles.length ? ', e.g.' : ''}`
	);
	for (const t of trimmedTitles.slice(0, trimmedShown)) {
		out.push(`  line ${t.line} ${t.code} ${showRaw(t.raw)}`);
	}
	if (trimmedTitles.length > trimmedShown) {
		out.push(`  ... and ${trimmedTitles.length - trimmedShown} more`);
	}
	return out;
}
