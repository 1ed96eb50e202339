/**
 * The UNSPSC data build, as pure functions: parse UNGM's CSV export (key,parent_key,code,title),
 * validate every row, drop the letter groups, keep one row per code, repair parents from the
 * code's digits, order the rows parents-first, and describe every change made. No Node APIs: the
 * CLI (scripts/build-unspsc.ts) reads the file, prints `formatSummary` (./build-summary.ts) and
 * writes the asset. The CSV itself is read by ./csv.ts.
 *
 * Letter groups: UNGM puts ten groupings lettered A–J ("Raw Materials, Chemicals, Paper, Fuel",
 * ..., "Services") above the segments. They are UNGM's own navigation aid, not UNSPSC codes, and
 * they group segments inconsistently with the code ranges, so the build drops them: the tree starts
 * at the 58 segments, whose parent becomes null.
 */
import { isUnspscCode, levelOf, parentCodesByDigits } from './codes';
import { parseCsv, type CsvRecord } from './csv';
import type { UnspscDataset, UnspscLevel, UnspscRow } from './types';

/** The CSV's columns, in order (its header line). */
export const UNSPSC_CSV_COLUMNS = ['key', 'parent_key', 'code', 'title'] as const;

const LETTER_GROUP = /^[A-J]$/;
const KEY = /^\d+$/;

/** A malformed row: the build fails and lists every one. */
export interface UnspscBuildError {
	file: string;
	/** Physical line (1-based) where the row starts. */
	line: number;
	reason: string;
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
	const parsed = parseCsv(text);
	const errors: UnspscBuildError[] = parsed.errors.map((e) => ({ file, ...e }));
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
