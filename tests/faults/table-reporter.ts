/**
 * Prints the fault table after the suite: one row per case (from the `fault` annotation each test
 * adds with `recordFault`), and fails loudly when a case lost keystrokes.
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { FAULT_ANNOTATION, type FaultRow } from './faults';

interface Row extends FaultRow {
	status: string;
}

export default class FaultTable implements Reporter {
	#rows: Row[] = [];

	onTestEnd(test: TestCase, result: TestResult): void {
		for (const a of result.annotations.length ? result.annotations : test.annotations) {
			if (a.type !== FAULT_ANNOTATION || !a.description) continue;
			this.#rows.push({ ...(JSON.parse(a.description) as FaultRow), status: result.status });
		}
	}

	onEnd(): void {
		if (this.#rows.length === 0) return;
		const header = ['Fault', 'Typed', 'Kept', 'What the person was told', 'Result'];
		const lines = this.#rows.map((r) => [
			r.fault,
			String(r.typed),
			String(r.kept),
			r.told,
			r.status !== 'passed'
				? r.status.toUpperCase()
				: r.typed === 0
					? 'passed'
					: r.kept >= r.typed
						? 'kept all'
						: 'LOST'
		]);
		const widths = header.map((h, i) =>
			Math.min(72, Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)))
		);
		const cell = (text: string, i: number) => {
			const width = widths[i] ?? text.length;
			return (text.length > width ? `${text.slice(0, width - 1)}…` : text).padEnd(width);
		};
		const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
		console.log(`\nFault table (${this.#rows.length} cases)`);
		console.log(row(header));
		console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
		for (const l of lines) console.log(row(l));
		const typed = this.#rows.reduce((n, r) => n + r.typed, 0);
		const kept = this.#rows.reduce((n, r) => n + Math.min(r.kept, r.typed), 0);
		console.log(`Keystrokes typed: ${typed}, kept: ${kept}.\n`);
	}
}
