import {
	droppable,
	parseQuery,
	settingStart,
	verbPositions
} from '$lib/domain/unspsc/search/query';

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

describe('the roles of words in a description', () => {
	const terms = (q: string) => parseQuery(q).terms;

	it('finds the verb after a subject pronoun, past filler', () => {
		expect([...verbPositions(terms('we paint schools'))]).toEqual([1]);
		expect([...verbPositions(terms('we also plow snow'))]).toEqual([2]);
		expect([...verbPositions(terms('snow plowing'))]).toEqual([]);
	});

	it('drops filler but keeps the words titles use, and "supply" as a noun', () => {
		const kept = (q: string) => {
			const ts = terms(q);
			const verbs = verbPositions(ts);
			return ts.filter((t, i) => !droppable(t, i, verbs)).map((t) => t.raw);
		};
		expect(kept('we provide cleaning for our state buildings')).toEqual(['cleaning', 'buildings']);
		expect(kept('we supply gravel')).toEqual(['gravel']);
		expect(kept('office supplies')).toEqual(['office', 'supplies']);
		expect(kept('trash can')).toEqual(['trash', 'can']);
		// "it" is the pronoun inside a sentence, the trade first or in capitals.
		expect(kept('we fix it')).toEqual(['fix']);
		expect(kept('it support')).toEqual(['it', 'support']);
		expect(kept('we do IT')).toEqual(['IT']);
	});

	it('starts the setting at the first preposition after a meaningful word', () => {
		const at = (q: string) => settingStart(terms(q), verbPositions(terms(q)));
		expect(at('painting lines on parking lots')).toBe(2);
		expect(at('books for the public library')).toBe(1);
		expect(at('for the public library')).toBe(4);
		expect(at('office supplies')).toBe(2);
	});
});
