import {
	STOP_WORDS,
	foldWord,
	gerunds,
	isFiller,
	normalizeText,
	normalizeWord,
	queryRoots,
	rootOf,
	spellingVariants,
	stem,
	tokenize
} from '$lib/domain/unspsc/search/normalize';

describe('normalization', () => {
	it('lowercases, strips diacritics and punctuation, stems plurals', () => {
		expect(normalizeWord('Routers')).toBe('router');
		expect(normalizeWord('Crème')).toBe('creme');
		expect(normalizeWord('brûlée')).toBe('brulee');
		expect(normalizeWord("children's")).toBe('child');
		expect(normalizeWord('boxes')).toBe('box');
		expect(normalizeWord('glasses')).toBe('glass');
		expect(normalizeWord('status')).toBe('status');
		expect(normalizeWord('batteries')).toBe(normalizeWord('battery'));
		expect(normalizeWord('supplies')).toBe(normalizeWord('supply'));
		expect(normalizeWord('keys')).toBe('key');
		expect(normalizeWord('43222609')).toBe('43222609');
		expect(normalizeWord('---')).toBe('');
		expect(normalizeText('Fire-extinguishers (PPE), x-ray')).toEqual([
			'fire',
			'extinguisher',
			'ppe',
			'x',
			'ray'
		]);
	});

	it('tokenizes with offsets into the original text', () => {
		const text = 'Crème brûlée, Routers';
		const tokens = tokenize(text);
		expect(tokens.map((t) => [t.norm, text.slice(t.start, t.end)])).toEqual([
			['creme', 'Crème'],
			['brulee', 'brûlée'],
			['router', 'Routers']
		]);
	});

	it('finds related forms through a rougher root', () => {
		expect(rootOf('shredder')).toBe(rootOf('shredding'));
		expect(rootOf('plowing')).toBe(rootOf('plow'));
		expect(rootOf('landscape')).toBe(rootOf('landscaping'));
		expect(rootOf('printer')).toBe('print');
	});

	it('keeps short words whole and leaves a stem of at least 3 letters', () => {
		expect(rootOf('pump')).toBe('pump');
		expect(rootOf('ation')).toBe('ation');
		expect(rootOf('shredder')).toBe('shred');
		expect(rootOf('landscaping')).toBe('landscap');
	});
});

describe('foldWord', () => {
	it('keeps plain lowercase words and digits as they are', () => {
		expect(foldWord('router')).toBe('router');
		expect(foldWord('4322')).toBe('4322');
	});

	it('lowercases and drops marks and punctuation, but not stemming', () => {
		expect(foldWord('Routers')).toBe('routers');
		expect(foldWord('Café')).toBe('cafe');
		expect(foldWord("O'Brien’s")).toBe('obriens');
		expect(foldWord('—')).toBe('');
	});
});

describe('stem', () => {
	it('leaves short words, digits and non-Latin endings alone', () => {
		expect(stem('bus')).toBe('bus');
		expect(stem('gas')).toBe('gas');
		expect(stem('x2s9')).toBe('x2s9');
		expect(stem('αβγδ')).toBe('αβγδ');
	});

	it('knows irregular plurals', () => {
		expect(stem('knives')).toBe('knife');
		expect(stem('shelves')).toBe('shelf');
		expect(stem('teeth')).toBe('tooth');
		expect(stem('series')).toBe('series');
		expect(stem('childrens')).toBe('child');
	});

	it('keeps -ss, -us and -is endings', () => {
		expect(stem('glass')).toBe('glass');
		expect(stem('status')).toBe('status');
		expect(stem('analysis')).toBe('analysis');
	});

	it('turns a consonant + y ending into i, so that a word and its plural share a stem', () => {
		expect(stem('battery')).toBe('batteri');
		expect(stem('batteries')).toBe('batteri');
		expect(stem('keys')).toBe('key');
		expect(stem('boxes')).toBe('box');
		expect(stem('switches')).toBe('switch');
	});
});

describe('tokenize and normalizeText', () => {
	it('keep inner apostrophes in a word and drop empty words', () => {
		const tokens = tokenize("children's toys -- ok");
		expect(tokens.map((t) => [t.raw, t.folded, t.norm])).toEqual([
			["children's", 'childrens', 'child'],
			['toys', 'toys', 'toy'],
			['ok', 'ok', 'ok']
		]);
		expect(normalizeText("children's toys -- ok")).toEqual(['child', 'toy', 'ok']);
		expect(normalizeText('  ... ')).toEqual([]);
	});
});

describe('STOP_WORDS', () => {
	it('holds the connecting words of titles, not meaningful ones', () => {
		for (const w of ['a', 'and', 'of', 'the', 'for', 'other']) expect(STOP_WORDS.has(w)).toBe(true);
		for (const w of ['network', 'service', 'x']) expect(STOP_WORDS.has(w)).toBe(false);
	});
});

describe('stem, for the forms people type', () => {
	it('takes the s off a short form without a vowel, and -ie like -y', () => {
		expect(stem('pcs')).toBe('pc');
		expect(stem('tvs')).toBe('tv');
		expect(stem('gas')).toBe('gas');
		expect(stem('ups')).toBe('ups');
		expect(stem('cookies')).toBe(stem('cookie'));
		expect(stem('walkies')).toBe(stem('walkie'));
	});

	it('never returns a member of Object.prototype', () => {
		expect(stem('constructor')).toBe('constructor');
		expect(stem('valueof')).toBe('valueof');
	});
});

describe('queryRoots', () => {
	const reaches = (typed: string, titleWord: string) =>
		queryRoots(normalizeWord(typed)).includes(rootOf(normalizeWord(titleWord)));

	it('reaches the work from the trade that does it', () => {
		expect(reaches('roofer', 'roofing')).toBe(true);
		expect(reaches('mover', 'moving')).toBe(true);
		expect(reaches('interpreter', 'interpretation')).toBe(true);
		expect(reaches('mason', 'masonry')).toBe(true);
		expect(reaches('baker', 'bakery')).toBe(true);
		expect(reaches('photographer', 'photography')).toBe(true);
		expect(reaches('therapist', 'therapy')).toBe(true);
		expect(reaches('dentist', 'dentistry')).toBe(true);
		expect(reaches('librarian', 'library')).toBe(true);
		expect(reaches('consultant', 'consulting')).toBe(true);
		expect(reaches('repairman', 'repair')).toBe(true);
	});
});

describe('spellingVariants', () => {
	it('gives the other side of the Atlantic, both ways', () => {
		expect(spellingVariants('colour')).toContain('color');
		expect(spellingVariants('armor')).toContain('armour');
		expect(spellingVariants(stem('organisations'))).toContain('organization');
		expect(spellingVariants('centre')).toContain('center');
		expect(spellingVariants('catalogue')).toContain('catalog');
		expect(spellingVariants('licence')).toContain('license');
		expect(spellingVariants('counselling')).toContain('counseling');
		expect(spellingVariants('paediatric')).toContain('pediatric');
		expect(spellingVariants('tyre')).toEqual(['tire']);
		expect(spellingVariants('aluminium')).toContain('aluminum');
	});

	it('leaves a final -oe alone', () => {
		expect(spellingVariants('canoe')).not.toContain('cane');
	});
});

describe('gerunds and filler', () => {
	it('names the work of a verb', () => {
		expect(gerunds('paint')).toContain('painting');
		expect(gerunds('move')).toContain('moving');
		expect(gerunds('shred')).toContain('shredding');
	});

	it('knows the filler of a sentence', () => {
		expect(isFiller('we', 'we', true)).toBe(true);
		expect(isFiller('provide', 'provide', false)).toBe(true);
		expect(isFiller('supply', stem('supply'), false)).toBe(false);
		expect(isFiller('supply', stem('supply'), false, true)).toBe(true);
		expect(isFiller('it', 'it', false)).toBe(true);
		expect(isFiller('it', 'it', true)).toBe(false);
		expect(isFiller('IT', 'it', false)).toBe(false);
		expect(isFiller('can', 'can', false)).toBe(false);
	});
});

describe('normalizeText', () => {
	it('reads plain ASCII as the Unicode pattern does', () => {
		for (const text of ['Walkie-talkies (2-way)', 'A/V & PA systems', 'K-12 schools', 'cat6'])
			expect(normalizeText(text)).toEqual(tokenize(text).map((t) => t.norm));
	});
});
