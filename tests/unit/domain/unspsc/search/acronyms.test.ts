/** Short forms found in the titles themselves ("Point of sale POS terminal"). */
import { acronymsIn } from '$lib/domain/unspsc/search/acronyms';
import { buildSearchIndex, search } from '$lib/domain/unspsc/search';
import { loadRealDataset } from '../real-data';

describe('acronymsIn', () => {
	it('reads a capitalized short form after the words whose initials spell it', () => {
		const found = acronymsIn([
			'Point of sale POS terminal',
			'Global positioning system GPS receiver',
			'Uninterruptible power supply UPS',
			'Heating ventilation air conditioning HVAC control'
		]);
		expect(Object.fromEntries([...found].map(([k, v]) => [k, [...v]]))).toEqual({
			pos: ['point of sale'],
			gps: ['global positioning system'],
			ups: ['uninterruptible power supply'],
			hvac: ['heating ventilation air conditioning']
		});
	});

	it('leaves out capitals that spell nothing before them, and short forms that are also words', () => {
		expect(acronymsIn(['Tube TV set', 'Mens shirts XL']).size).toBe(0);
		// VAN spells "value added network", but titles use "van" as a word: the word wins.
		expect(acronymsIn(['Value added network VAN services', 'Cargo vans']).has('van')).toBe(false);
	});
});

describe('searching a short form', () => {
	const data = loadRealDataset();
	const index = buildSearchIndex(data.rows);
	const codes = (q: string, limit = 5) => search(index, q, { limit }).results.map((r) => r.code);

	it('finds the titles that spell it out, after those that write it', () => {
		const pos = codes('pos', 50);
		expect(pos.slice(0, 3)).toContain('43211505'); // Point of sale POS terminal
		expect(pos).toContain('81112221'); // Point of sale software maintenance service
	});

	it('a rare word outweighs a common one when no title has both ("pos system")', () => {
		expect(codes('pos system')).toContain('43211505');
		expect(codes('gps units')).toContain('25173107');
	});

	it('"contractor" and "firm" name the service ("painting contractor")', () => {
		expect(codes('painting contractor')).toContain('72151300');
	});
});
