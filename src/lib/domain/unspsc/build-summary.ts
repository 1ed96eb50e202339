/** The UNSPSC build's report: errors as file:line and the summary the CLI prints. */
import { UNSPSC_LEVELS } from './codes';
import type { LevelCounts, ParentRepairReason, UnspscBuildError, UnspscBuildResult } from './build';

export function formatError(e: UnspscBuildError): string {
	return `${e.file}:${e.line}: ${e.reason}`;
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
