import { parseCsv } from '$lib/domain/unspsc/csv';

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv', () => {
	it('splits records and fields, with their physical lines', () => {
		const { records, errors } = parseCsv('a,b,c\n1,,3\n');
		expect(errors).toEqual([]);
		expect(records).toEqual([
			{ line: 1, endLine: 1, fields: ['a', 'b', 'c'] },
			{ line: 2, endLine: 2, fields: ['1', '', '3'] }
		]);
	});

	it('reads quoted fields with commas and doubled quotes', () => {
		expect(fields('"Seeds, ""heirloom"" and bulbs",""""\n')).toEqual([
			['Seeds, "heirloom" and bulbs', '"']
		]);
		expect(fields('"",x\n')).toEqual([['', 'x']]);
	});

	it('accepts CRLF line endings, a BOM, a missing final line break and blank lines', () => {
		expect(fields('\ufeffa,"b, c"\r\n\r\nd,e')).toEqual([
			['a', 'b, c'],
			['d', 'e']
		]);
		expect(parseCsv('a\n\n\nb\n').records.map((r) => r.line)).toEqual([1, 4]);
		expect(parseCsv('')).toEqual({ records: [], errors: [] });
	});

	it('keeps a lone carriage return inside a field', () => {
		expect(fields('a\rb,c\n')).toEqual([['a\rb', 'c']]);
	});

	it('reports an unterminated quote and resumes on the next line', () => {
		const { records, errors } = parseCsv('a,"open\nb,c\n');
		expect(errors).toEqual([{ line: 1, reason: 'unterminated quote (opened on line 1)' }]);
		expect(records).toEqual([{ line: 2, endLine: 2, fields: ['b', 'c'] }]);
	});

	it('reports stray quotes: inside an unquoted field, or text after a closing quote', () => {
		const { records, errors } = parseCsv('a,b "c"\n"d" e,f\ng,h\n');
		expect(errors).toEqual([
			{
				line: 1,
				reason: 'quote inside unquoted field 2 (a field with quotes must be quoted, quotes doubled)'
			},
			{ line: 2, reason: 'unexpected text after the closing quote of field 1' }
		]);
		expect(records).toEqual([{ line: 3, endLine: 3, fields: ['g', 'h'] }]);
	});

	it('rejects a record spanning lines and keeps counting physical lines after it', () => {
		const { records, errors } = parseCsv('a,"b\nc"\nd,e\n');
		expect(errors).toEqual([
			{ line: 1, reason: 'line break inside a quoted field (row spans lines 1–2)' }
		]);
		expect(records).toEqual([{ line: 3, endLine: 3, fields: ['d', 'e'] }]);
	});
});
