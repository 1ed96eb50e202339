import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	nearestExistingAncestor,
	parentsFirst,
	parseUnspscCsv,
	serializeDataset,
	toDataset,
	type UnspscBuildResult
} from '$lib/domain/unspsc/build';
import { formatError, formatSummary } from '$lib/domain/unspsc/build-summary';
import { parseCsv } from '$lib/domain/unspsc/csv';
import { levelOf, parentCodesByDigits } from '$lib/domain/unspsc/codes';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const realCsv = resolve(root, 'data/unspsc/unspsc-ungm-2026-04-21.csv');
const sampleCsv = resolve(root, 'scripts/data/unspsc-sample.csv');

const HEADER = 'key,parent_key,code,title';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

/** Every invariant of the asset: distinct codes, trimmed titles, parents first and by digits. */
function expectSoundTree(result: UnspscBuildResult) {
	const { rows } = result;
	const codes = new Set(rows.map((r) => r[0]));
	expect(codes.size).toBe(rows.length);
	expect(parentsFirst(rows)).toBe(true);
	expect(rows.map((r) => r[0])).toEqual([...codes].sort());
	const bad = rows.filter(([code, title, parent]) => {
		const wellTitled = title !== '' && title === title.trim();
		const parentOk =
			levelOf(code) === 'segment'
				? parent === null
				: parent !== null && codes.has(parent) && parent === nearestExistingAncestor(code, codes);
		return !wellTitled || !parentOk;
	});
	expect(bad).toEqual([]);
}

describe('UNSPSC build from the real UNGM export', () => {
	// The real file is vendored in data/unspsc; without it these tests fail with a pointer rather
	// than skip.
	it('finds the real UNGM export', () => {
		expect(existsSync(realCsv), `missing ${realCsv}: restore data/unspsc from git`).toBe(true);
	});
	const text = existsSync(realCsv) ? readFileSync(realCsv, 'utf8') : '';
	const result = parseUnspscCsv(text, 'unspsc-ungm-2026-04-21.csv');
	const { duplicates, parents, trimmedTitles } = result.repairs;

	it('reads every row without errors; no field spans lines, so records are physical lines', () => {
		expect(result.errors).toEqual([]);
		expect(result.inputRows).toBe(13_317);
		const { records } = parseCsv(text);
		expect(records).toHaveLength(13_318);
		records.forEach((r, i) => {
			expect(r.line).toBe(i + 1);
			expect(r.endLine).toBe(r.line);
		});
	});

	it('drops the 10 letter groups A–J; the segments become roots', () => {
		expect(result.letterGroups.map((g) => g.code)).toEqual([...'ABCDEFGHIJ']);
		const detached = result.letterGroups.flatMap((g) => g.segments);
		expect(detached).toHaveLength(58);
		expect(result.rows.some((r) => /^[A-J]$/.test(r[0]))).toBe(false);
		const segments = result.rows.filter((r) => levelOf(r[0]) === 'segment');
		expect(segments.map((r) => r[0]).sort()).toEqual([...detached].sort());
		expect(segments.every((r) => r[2] === null)).toBe(true);
	});

	it('keeps one row per code: 13,288 distinct codes', () => {
		expect(result.rows).toHaveLength(13_288);
		expect(result.counts.total).toBe(13_288);
		expect(new Set(result.rows.map((r) => r[0])).size).toBe(13_288);
	});

	it('reports the 17 duplicate codes (15 twice, 53103300 and 25191537 three times), keeping the first', () => {
		expect(duplicates).toHaveLength(17);
		const extra = Object.fromEntries(duplicates.map((d) => [d.code, d.dropped.length]));
		expect(Object.values(extra).filter((n) => n === 1)).toHaveLength(15);
		expect(extra['53103300']).toBe(2);
		expect(extra['25191537']).toBe(2);
		for (const d of duplicates) {
			for (const x of d.dropped) expect(x.line).toBeGreaterThan(d.kept.line);
		}
		// The one duplicate with another parent_key: the first row (and its parent) wins.
		const volume = duplicates.find((d) => d.code === '51132300');
		expect(volume?.dropped[0]?.differences.join()).toContain('51132000');
		expect(result.rows.find((r) => r[0] === '51132300')?.[2]).toBe('51130000');
	});

	it('repairs the 18 segment-57 rows whose parent_key names no row to the nearest existing ancestor', () => {
		const missing = parents.filter((p) => p.reason === 'missing');
		expect(missing).toHaveLength(18);
		const codes = new Set(result.rows.map((r) => r[0]));
		for (const p of missing) {
			expect(p.code.startsWith('57')).toBe(true);
			expect(levelOf(p.code)).toBe('class');
			expect(p.oldParent).toBeNull();
			// No family exists above these classes (e.g. 57330000): the segment is the nearest.
			expect(codes.has(parentCodesByDigits(p.code)[0] ?? '')).toBe(false);
			expect(p.newParent).toBe('57000000');
			expect(result.rows.find((r) => r[0] === p.code)?.[2]).toBe('57000000');
		}
	});

	it('repairs parents that disagree with the digits (old -> new), and nothing else', () => {
		const mismatches = parents
			.filter((p) => p.reason === 'mismatch')
			.map((p) => `${p.code}: ${p.oldParent} -> ${p.newParent}`);
		expect(mismatches.sort()).toEqual([
			'41150000: 41100000 -> 41000000',
			'41151500: 41100000 -> 41150000',
			'41170000: 41100000 -> 41000000',
			'42192800: 42192000 -> 42190000',
			'50424006: 50420000 -> 50424000',
			'51143112: 51143000 -> 51143100',
			'81162100: 81162000 -> 81160000',
			'81162200: 81162000 -> 81160000',
			'85470000: 85400000 -> 85000000',
			'85472700: 85472000 -> 85470000',
			'85760000: 85700000 -> 85000000'
		]);
		expect(parents).toHaveLength(29);
	});

	it('trims the 163 titles with surrounding whitespace (NBSP included)', () => {
		expect(trimmedTitles).toHaveLength(163);
		// 2 are letter groups (D, I) and 5 are on dropped duplicate rows.
		expect(trimmedTitles.filter((t) => t.kept)).toHaveLength(156);
		expect(result.rows.find((r) => r[0] === '72000000')?.[1]).toBe(
			'Building and Facility Construction and Maintenance Services'
		);
		expect(result.rows.find((r) => r[0] === '85260000')?.[1]).toBe(
			'Diagnoses of endocrine, nutritional and metabolic diseases'
		);
		expect(result.rows.filter(([, title]) => title !== title.trim())).toEqual([]);
	});

	it('orders the output parents-first although the source segment list is not in code order', () => {
		const { records } = parseCsv(text);
		const sourceSegments = records
			.map((r) => r.fields[2] ?? '')
			.filter((c) => /^\d\d000000$/.test(c));
		expect(sourceSegments.slice(-5)).toEqual([
			'56000000',
			'60000000',
			'95000000',
			'64000000',
			'57000000'
		]);
		expect(sourceSegments).not.toEqual([...sourceSegments].sort());
		expect(parentsFirst(result.rows)).toBe(true);
	});

	it('counts levels: 58/452/2,139/10,658 rows in, 58/452/2,136/10,642 codes out', () => {
		expect(result.sourceCounts).toEqual({
			segment: 58,
			family: 452,
			class: 2_139,
			commodity: 10_658,
			total: 13_307
		});
		expect(result.counts).toEqual({
			segment: 58,
			family: 452,
			class: 2_136,
			commodity: 10_642,
			total: 13_288
		});
	});

	it('gives every row an existing parent that is its nearest existing ancestor by digits', () => {
		expectSoundTree(result);
	});

	it('lists every duplicate and parent repair in the summary, and only a few trimmed titles', () => {
		const summary = formatSummary(result).join('\n');
		for (const d of duplicates) expect(summary).toContain(`  ${d.code} `);
		for (const p of parents) expect(summary).toContain(`line ${p.line} ${p.code} `);
		expect(summary).toContain('Titles trimmed: 163');
		expect(summary).toContain('... and 158 more');
		expect(summary).toContain('not UNSPSC codes');
	});

	it('serialises compactly as {"format":1,"source":...,"rows":[[code,title,parent],...]}', () => {
		const json = serializeDataset(toDataset(result, 'unspsc-ungm-2026-04-21.csv'));
		expect(json.startsWith('{"format":1,"source":"unspsc-ungm-2026-04-21.csv","rows":[[')).toBe(
			true
		);
		expect(json).not.toContain('\n');
		expect(JSON.parse(json).rows).toEqual(result.rows);
	});
});

describe('UNSPSC build from synthetic CSV', () => {
	const errorsOf = (text: string) => parseUnspscCsv(text, 't.csv').errors.map(formatError);

	it('parses quoted fields with commas and doubled quotes', () => {
		const result = parseUnspscCsv(
			csv('1,,10000000,"Seeds, ""heirloom"" and bulbs"', '2,1,10100000,""""', '3,2,10101500,x'),
			't.csv'
		);
		expect(result.errors).toEqual([]);
		expect(result.rows).toEqual([
			['10000000', 'Seeds, "heirloom" and bulbs', null],
			['10100000', '"', '10000000'],
			['10101500', 'x', '10100000']
		]);
	});

	it('accepts CRLF line endings and a BOM', () => {
		const text = '\ufeff' + csv('1,,10000000,"A, b"', '2,1,10100000,B').replace(/\n/g, '\r\n');
		const result = parseUnspscCsv(text, 't.csv');
		expect(result.errors).toEqual([]);
		expect(result.rows).toEqual([
			['10000000', 'A, b', null],
			['10100000', 'B', '10000000']
		]);
	});

	it('reports wrong column counts as file:line', () => {
		expect(
			errorsOf(csv('1,,10000000,Seeds', '2,1,10100000,Bulbs, tubers', '3,1,10200000'))
		).toEqual([
			't.csv:3: expected 4 columns (key,parent_key,code,title), found 5 (unquoted comma in a field?)',
			't.csv:4: expected 4 columns (key,parent_key,code,title), found 3'
		]);
	});

	it('reports bad codes, keys and empty titles, all reasons of a row together', () => {
		const errors = errorsOf(
			csv(
				'1,,10000000,Seeds',
				'2,1,1010000,Short',
				'3,1,K,Not a group',
				'4,1,10100000,',
				'5,1,10200000,"   "',
				'x,y,10300000,'
			)
		);
		expect(errors).toEqual([
			't.csv:3: code "1010000" is neither an 8-digit UNSPSC code nor a letter group A–J',
			't.csv:4: code "K" is neither an 8-digit UNSPSC code nor a letter group A–J',
			't.csv:5: empty title',
			't.csv:6: empty title',
			't.csv:7: key "x" is not a number; parent_key "y" is neither empty nor a number; empty title'
		]);
	});

	it('reports an unterminated quote and still checks the rows after it', () => {
		const errors = errorsOf(
			csv('1,,10000000,Seeds', '2,1,10100000,"Bulbs', '3,1,10200000,Trees', '4,1,1,Bad')
		);
		expect(errors).toEqual([
			't.csv:3: unterminated quote (opened on line 3)',
			't.csv:5: code "1" is neither an 8-digit UNSPSC code nor a letter group A–J'
		]);
	});

	it('reports stray quotes: inside an unquoted field, or text after a closing quote', () => {
		const errors = errorsOf(
			csv('1,,10000000,Seeds', '2,1,10100000,Bulbs "big"', '3,1,10200000,"Trees" and shrubs')
		);
		expect(errors).toHaveLength(2);
		expect(errors[0]).toMatch(/^t\.csv:3: quote inside unquoted field 4/);
		expect(errors[1]).toBe('t.csv:4: unexpected text after the closing quote of field 4');
	});

	it('rejects a line break inside a quoted field and keeps physical line numbers after it', () => {
		const errors = errorsOf(csv('1,,10000000,"Seeds', 'and bulbs"', '2,1,10100000,'));
		expect(errors).toEqual([
			't.csv:2: line break inside a quoted field (row spans lines 2–3)',
			't.csv:4: empty title'
		]);
	});

	it('reports a wrong header, a reused key and a code with no ancestor in the file', () => {
		expect(errorsOf('code,title\n')).toEqual([
			't.csv:1: expected the header key,parent_key,code,title on line 1'
		]);
		expect(errorsOf(csv('1,,10000000,Seeds', '1,,11000000,Minerals'))).toEqual([
			't.csv:3: key 1 already used on line 2'
		]);
		expect(errorsOf(csv('1,,10000000,Seeds', '2,1,11100000,Ores'))).toEqual([
			't.csv:3: no ancestor of 11100000 by digits (11000000) is in the file'
		]);
		expect(errorsOf('')).toEqual(['t.csv:1: no rows: the file is empty']);
	});

	it('repairs parents from the digits, drops duplicates and letter groups, orders parents first', () => {
		const result = parseUnspscCsv(
			csv(
				'9,,A,Group',
				'5,4,10101501,Cats', // parent row comes later in the file
				'4,3,10101500, Livestock ', // parent_key names the segment: the family exists
				'3,9,10000000,Live animals and plants',
				'2,3,10100000,Live animals',
				'6,,10101502,Dogs', // empty parent_key
				'7,99,10101503,Mice', // parent_key names no row
				'8,3,10101501,Cats again', // duplicate code
				'10,9,10100001,Odd' // parent_key names a letter group
			),
			't.csv'
		);
		expect(result.errors).toEqual([]);
		expect(result.rows).toEqual([
			['10000000', 'Live animals and plants', null],
			['10100000', 'Live animals', '10000000'],
			['10100001', 'Odd', '10100000'],
			['10101500', 'Livestock', '10100000'],
			['10101501', 'Cats', '10101500'],
			['10101502', 'Dogs', '10101500'],
			['10101503', 'Mice', '10101500']
		]);
		expect(result.letterGroups).toEqual([
			{ line: 2, key: '9', code: 'A', title: 'Group', segments: ['10000000'] }
		]);
		expect(
			result.repairs.parents.map((p) => [p.line, p.code, p.reason, p.oldParent, p.newParent])
		).toEqual([
			[4, '10101500', 'mismatch', '10000000', '10100000'],
			[7, '10101502', 'empty', null, '10101500'],
			[8, '10101503', 'missing', null, '10101500'],
			[10, '10100001', 'mismatch', 'A', '10100000']
		]);
		expect(result.repairs.duplicates).toEqual([
			{
				code: '10101501',
				title: 'Cats',
				kept: { line: 3, key: '5' },
				dropped: [
					{
						line: 9,
						key: '8',
						parentKey: '3',
						differences: ['parent_key 3 (10000000) vs kept 4 (10101500)', 'title "Cats again"']
					}
				]
			}
		]);
		expect(result.repairs.trimmedTitles).toEqual([
			{ line: 4, code: '10101500', raw: ' Livestock ', kept: true }
		]);
		expectSoundTree(result);
	});
});

describe('the committed sample CSV', () => {
	const result = parseUnspscCsv(readFileSync(sampleCsv, 'utf8'), 'unspsc-sample.csv');

	it('builds cleanly: no errors, no parent repairs, no duplicates', () => {
		expect(result.errors).toEqual([]);
		expect(result.repairs.parents).toEqual([]);
		expect(result.repairs.duplicates).toEqual([]);
		expect(result.letterGroups).toHaveLength(10);
		expectSoundTree(result);
	});

	it('contains the 18 segments of the guide with their exact titles', () => {
		const titles = new Map(result.rows.map(([code, title]) => [code, title]));
		const guide: [string, string][] = [
			['53000000', 'Apparel and Luggage and Personal Care Products'],
			['22000000', 'Building and Construction Machinery and Accessories'],
			['72000000', 'Building and Facility Construction and Maintenance Services'],
			['12000000', 'Chemicals including Bio Chemicals and Gas Materials'],
			['47000000', 'Cleaning Equipment and Supplies'],
			[
				'25000000',
				'Commercial and Military and Private Vehicles and their Accessories and Components'
			],
			['46000000', 'Defense and Law Enforcement and Security and Safety Equipment and Supplies'],
			['40000000', 'Distribution and Conditioning Systems and Equipment and Components'],
			['52000000', 'Domestic Appliances and Supplies and Consumer Electronic Products'],
			['51000000', 'Drugs and Pharmaceutical Products'],
			['82000000', 'Editorial and Design and Graphic and Fine Art Services'],
			['86000000', 'Education and Training Services'],
			['39000000', 'Electrical Systems and Lighting and Components and Accessories and Supplies'],
			['32000000', 'Electronic Components and Supplies'],
			['81000000', 'Engineering and Research and Technology Based Services'],
			['77000000', 'Environmental Services'],
			['70000000', 'Farming and Fishing and Forestry and Wildlife Contracting Services'],
			['21000000', 'Farming and Fishing and Forestry and Wildlife Machinery and Accessories']
		];
		for (const [code, title] of guide) expect(titles.get(code)).toBe(title);
		expect(result.counts.segment).toBe(19);
	});

	it('contains 43222609 Network routers with its full chain', () => {
		const byCode = new Map(result.rows.map((r) => [r[0], r]));
		expect(byCode.get('43222609')).toEqual(['43222609', 'Network routers', '43222600']);
		expect(byCode.get('43222600')).toEqual(['43222600', 'Network service equipment', '43220000']);
		expect(byCode.get('43220000')?.[2]).toBe('43000000');
		expect(byCode.get('43000000')?.[2]).toBeNull();
		expect(parentCodesByDigits('43222609')).toEqual(['43222600', '43220000', '43000000']);
	});

	it('is an exact subset of the real file', () => {
		const real = new Set(readFileSync(realCsv, 'utf8').split('\n'));
		for (const line of readFileSync(sampleCsv, 'utf8').split('\n')) {
			if (line) expect(real.has(line)).toBe(true);
		}
	});
});
