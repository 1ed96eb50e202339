import { parseQuery } from '$lib/domain/unspsc/search/query';

describe('parseQuery', () => {
	it('recognizes words, phrases, prefixes and codes', () => {
		expect(parseQuery('network "snow plow" consult* 4322 43.22.26.09 fire-alarm').terms).toEqual([
			{ kind: 'word', raw: 'network', folded: 'network', norm: 'network', prefix: false },
			{ kind: 'phrase', raw: 'snow plow', words: ['snow', 'plow'] },
			{ kind: 'word', raw: 'consult', folded: 'consult', norm: 'consult', prefix: true },
			{ kind: 'code', raw: '4322', digits: '4322' },
			{ kind: 'code', raw: '43.22.26.09', digits: '43222609' },
			{ kind: 'word', raw: 'fire', folded: 'fire', norm: 'fire', prefix: false },
			{ kind: 'word', raw: 'alarm', folded: 'alarm', norm: 'alarm', prefix: false }
		]);
	});

	it('runs an unclosed quote to the end, ignores empty input', () => {
		expect(parseQuery('"network rou').terms).toEqual([
			{ kind: 'phrase', raw: 'network rou', words: ['network', 'rou'] }
		]);
		expect(parseQuery('   ').terms).toEqual([]);
		expect(parseQuery('""').terms).toEqual([]);
		// A single digit or more than 8 is a word, not a code.
		expect(parseQuery('5 123456789').terms.map((t) => t.kind)).toEqual(['word', 'word']);
	});

	it('reads dashes inside digits as a code, and a trailing * as a prefix of the last word only', () => {
		expect(parseQuery('43-22').terms).toEqual([{ kind: 'code', raw: '43-22', digits: '4322' }]);
		expect(parseQuery('fire-alarm*').terms.map((t) => t.kind === 'word' && t.prefix)).toEqual([
			false,
			true
		]);
	});

	it('stems words and keeps how they were written', () => {
		expect(parseQuery('Batteries').terms).toEqual([
			{ kind: 'word', raw: 'Batteries', folded: 'batteries', norm: 'batteri', prefix: false }
		]);
	});
});
