import {
	nonUsPostalProblem,
	normalizeZip,
	stateForZip,
	US_STATES,
	US_TERRITORIES,
	ZIP_PREFIXES,
	zipMatchesState,
	zipProblem
} from '$lib/domain/validators/postal';

describe('US_STATES', () => {
	it('has the 50 states and DC, alphabetical by name, with distinct codes', () => {
		expect(US_STATES).toHaveLength(51);
		const names = US_STATES.map((s) => s.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(new Set(US_STATES.map((s) => s.code)).size).toBe(51);
		expect(US_STATES).toContainEqual({ code: 'CT', name: 'Connecticut' });
		expect(US_STATES).toContainEqual({ code: 'DC', name: 'District of Columbia' });
	});
	it('does not list territories or armed forces', () => {
		const codes = new Set(US_STATES.map((s) => s.code));
		for (const t of US_TERRITORIES) expect(codes.has(t.code)).toBe(false);
		expect(US_TERRITORIES.map((t) => t.code)).toEqual([
			'AS',
			'GU',
			'MP',
			'PR',
			'VI',
			'AA',
			'AE',
			'AP'
		]);
	});
});

describe('zipProblem / normalizeZip', () => {
	it.each([
		['12345', '12345'],
		['12345-6789', '12345-6789'],
		['123456789', '12345-6789'],
		[' 06103 ', '06103']
	])('accepts %j as %j', (input, zip) => {
		expect(zipProblem(input)).toBeNull();
		expect(normalizeZip(input)).toBe(zip);
	});
	it('empty', () => expect(zipProblem('  ')).toBe('empty'));
	it.each(['1234', '123456', '12345-678', '12345 6789', '1234a', '12345-', 'ABCDE'])(
		'format: %j',
		(input) => {
			expect(zipProblem(input)).toBe('format');
			expect(normalizeZip(input)).toBeNull();
		}
	);
});

describe('ZIP_PREFIXES', () => {
	it('covers every state and DC, and nothing else', () => {
		expect(Object.keys(ZIP_PREFIXES).sort()).toEqual(US_STATES.map((s) => s.code).sort());
	});
	it('gives no prefix to two states, and every range is ordered', () => {
		const owner = new Map<number, string>();
		for (const [code, ranges] of Object.entries(ZIP_PREFIXES)) {
			for (const [from, to] of ranges) {
				expect(from).toBeLessThanOrEqual(to);
				for (let p = from; p <= to; p++) {
					expect(owner.get(p), `prefix ${p}`).toBeUndefined();
					owner.set(p, code);
				}
			}
		}
	});
});

describe('zipMatchesState', () => {
	const examples: [string, string, string][] = [
		['AL', '35203', 'Birmingham'],
		['AK', '99501', 'Anchorage'],
		['AZ', '85001', 'Phoenix'],
		['AR', '72201', 'Little Rock'],
		['CA', '90001', 'Los Angeles'],
		['CO', '80202', 'Denver'],
		['CT', '06103', 'Hartford'],
		['DE', '19901', 'Dover'],
		['DC', '20001', 'Washington'],
		['FL', '33101', 'Miami'],
		['GA', '30303', 'Atlanta'],
		['HI', '96813', 'Honolulu'],
		['ID', '83702', 'Boise'],
		['IL', '60601', 'Chicago'],
		['IN', '46204', 'Indianapolis'],
		['IA', '50309', 'Des Moines'],
		['KS', '66603', 'Topeka'],
		['KY', '40601', 'Frankfort'],
		['LA', '70112', 'New Orleans'],
		['ME', '04101', 'Portland'],
		['MD', '21201', 'Baltimore'],
		['MA', '02108', 'Boston'],
		['MI', '48226', 'Detroit'],
		['MN', '55101', 'Saint Paul'],
		['MS', '39201', 'Jackson'],
		['MO', '63101', 'Saint Louis'],
		['MT', '59601', 'Helena'],
		['NE', '68102', 'Omaha'],
		['NV', '89101', 'Las Vegas'],
		['NH', '03301', 'Concord'],
		['NJ', '07102', 'Newark'],
		['NM', '87501', 'Santa Fe'],
		['NY', '10001', 'New York'],
		['NC', '27601', 'Raleigh'],
		['ND', '58501', 'Bismarck'],
		['OH', '43215', 'Columbus'],
		['OK', '73102', 'Oklahoma City'],
		['OR', '97201', 'Portland'],
		['PA', '19103', 'Philadelphia'],
		['RI', '02903', 'Providence'],
		['SC', '29201', 'Columbia'],
		['SD', '57501', 'Pierre'],
		['TN', '37219', 'Nashville'],
		['TX', '78701', 'Austin'],
		['UT', '84111', 'Salt Lake City'],
		['VT', '05602', 'Montpelier'],
		['VA', '23219', 'Richmond'],
		['WA', '98101', 'Seattle'],
		['WV', '25301', 'Charleston'],
		['WI', '53703', 'Madison'],
		['WY', '82001', 'Cheyenne']
	];
	it('has an example for every state', () => {
		expect(examples.map(([c]) => c).sort()).toEqual(US_STATES.map((s) => s.code).sort());
	});
	it.each(examples)('%s matches %s (%s)', (code, zip) => {
		expect(zipMatchesState(zip, code)).toBe(true);
		expect(stateForZip(zip)).toBe(code);
	});
	it.each([
		['NY', '00501', 'Holtsville (IRS)'],
		['MA', '05501', 'Andover (IRS)'],
		['VA', '20101', 'Dulles'],
		['VA', '23606', 'Newport News (the guide’s example)'],
		['DC', '20500', 'White House'],
		['DC', '56901', 'Washington parcel return'],
		['GA', '39901', 'Atlanta (IRS)'],
		['TX', '73301', 'Austin (IRS)'],
		['TX', '88510', 'El Paso'],
		['ME', '03901', 'Berwick'],
		['NH', '03801', 'Portsmouth'],
		['CT', '06901', 'Stamford'],
		['FL', '34102', 'Naples']
	])('%s matches %s (%s, an exception or block edge)', (code, zip) => {
		expect(zipMatchesState(zip, code)).toBe(true);
		expect(stateForZip(zip)).toBe(code);
	});
	it('accepts ZIP+4 and lower-case state codes', () => {
		expect(zipMatchesState('06103-1234', 'ct')).toBe(true);
		expect(zipMatchesState('061031234', 'CT')).toBe(true);
	});
	it.each([
		['06103', 'NY'],
		['10001', 'CT'],
		['20101', 'DC'],
		['20001', 'VA'],
		['73301', 'OK'],
		['88510', 'NM'],
		['05501', 'VT'],
		['00501', 'MA'],
		['02903', 'MA'],
		['34001', 'FL']
	])('%s does not match %s', (zip, code) => expect(zipMatchesState(zip, code)).toBe(false));
	it.each([
		['00901', 'Puerto Rico'],
		['00802', 'U.S. Virgin Islands'],
		['09001', 'Armed Forces Europe'],
		['34001', 'Armed Forces Americas'],
		['96201', 'Armed Forces Pacific'],
		['96910', 'Guam'],
		['00100', 'unused']
	])('%s (%s) belongs to no state', (zip) => expect(stateForZip(zip)).toBeNull());
	it('is false for a bad ZIP or unknown state', () => {
		expect(zipMatchesState('0610', 'CT')).toBe(false);
		expect(zipMatchesState('06103', 'PR')).toBe(false);
		expect(zipMatchesState('06103', '')).toBe(false);
	});
});

describe('nonUsPostalProblem', () => {
	it.each(['K1A 0B1', 'SW1A 1AA', '75008', '1010', 'A', '123-4567', 'ABCDEFGHIJ'])(
		'accepts %j',
		(p) => expect(nonUsPostalProblem(p)).toBeNull()
	);
	it('empty', () => expect(nonUsPostalProblem(' ')).toBe('empty'));
	it.each(['ABCDEFGHIJK', 'SW1A/1AA', 'K1A_0B1', 'Ö1234'])('format: %j', (p) =>
		expect(nonUsPostalProblem(p)).toBe('format')
	);
});
