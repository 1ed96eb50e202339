/**
 * A small RFC 4180 CSV reader for the UNSPSC data build (build.ts). Hand-written rather than a
 * package because the build needs what general parsers do not give together: the physical line of
 * every record and error, a record spanning lines reported as an error, and parsing that resumes
 * on the next line after a quoting error so one stray quote cannot hide later rows.
 */

const COMMA = 44;
const LF = 10;
const CR = 13;

/** One CSV record with the physical lines it spans. */
export interface CsvRecord {
	/** Physical line (1-based) where the record starts. */
	line: number;
	/** Physical line where it ends (the same line unless a quoted field holds a line break). */
	endLine: number;
	fields: string[];
}

/** A malformed record: where it starts and what is wrong. */
export interface CsvError {
	/** Physical line (1-based) where the record starts. */
	line: number;
	reason: string;
}

/**
 * RFC 4180 parser that keeps physical line numbers. A record spanning several lines (a line break
 * inside a quoted field) is reported: no UNSPSC field holds a line break. After a quoting error
 * (unterminated quote, text after a closing quote, quote in an unquoted field) parsing resumes on
 * the line after the record's first line, so one stray quote cannot hide later rows.
 */
export function parseCsv(text: string): { records: CsvRecord[]; errors: CsvError[] } {
	const records: CsvRecord[] = [];
	const errors: CsvError[] = [];
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
			errors.push({ line: startLine, reason: problem });
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
				line: startLine,
				reason: `line break inside a quoted field (row spans lines ${startLine}–${endLine})`
			});
			continue;
		}
		records.push({ line: startLine, endLine, fields });
	}
	return { records, errors };
}
