import {
	emptyEo13g,
	eo13gAgeDays,
	eo13gCurrent,
	eo13gProblems,
	type Eo13gValues
} from '$lib/domain/requirements/attributes/eo13g';
import { fields, date } from '../helpers';

describe("Contractor's Declaration (EO 13G)", () => {
	const today = '2026-11-22';
	const valid = (): Eo13gValues => ({
		...emptyEo13g(),
		a: '10',
		b: '2',
		c: '5',
		c1: '1',
		c2: '2',
		c3: '3',
		d: '20',
		affirmed: true,
		attested: true,
		name: 'Jane Doe',
		date: date('2026-11-20'),
		title: 'Managing Member',
		email: 'jane.doe@samplevendor.example',
		phone: '(860) 555-0123'
	});

	it('accepts a consistent declaration', () => {
		expect(eo13gProblems(valid(), null, today)).toEqual([]);
	});

	it('every count is a whole number ≥ 0 and at most d', () => {
		const v = { ...valid(), a: '', b: '1.5', c: '-2', d: '20', c3: '21' };
		const problems = eo13gProblems(v, null, today);
		expect(fields(problems)).toEqual(['a', 'b', 'c', 'c3']);
		expect(problems.find((p) => p.field === 'c3')?.message).toMatch(/cannot be more than d/);
	});

	it('c.1 + c.2 ≤ c, and a + c + c.3 ≤ d', () => {
		expect(fields(eo13gProblems({ ...valid(), c1: '3', c2: '3' }, null, today))).toEqual(['c2']);
		expect(fields(eo13gProblems({ ...valid(), c1: '3', c2: '2' }, null, today))).toEqual([]);
		const sum = eo13gProblems({ ...valid(), a: '10', c: '5', c3: '6' }, null, today);
		expect(fields(sum)).toEqual(['d']);
		expect(sum[0]?.message).toMatch(/a \+ c \+ c\.3 \(21\)/);
		expect(eo13gProblems({ ...valid(), a: '10', c: '5', c3: '5' }, null, today)).toEqual([]);
	});

	it('both checkboxes, name, title, e-mail, phone and a real date not in the future', () => {
		const v = {
			...valid(),
			affirmed: false,
			attested: false,
			name: ' ',
			title: '',
			email: 'jane',
			phone: '555',
			date: { month: '2', day: '29', year: '2026' }
		};
		expect(fields(eo13gProblems(v, null, today))).toEqual([
			'affirmed',
			'attested',
			'name',
			'date',
			'title',
			'email',
			'phone'
		]);
		expect(fields(eo13gProblems({ ...valid(), date: date('2026-11-23') }, null, today))).toEqual([
			'date'
		]);
	});

	it('the Date must change whenever anything else in the section changes', () => {
		const saved = valid();
		const changed = { ...saved, a: '11', d: '21' };
		const problems = eo13gProblems(changed, saved, today);
		expect(problems).toEqual([
			{ field: 'date', message: 'Update the Date: it must change each time this section changes' }
		]);
		expect(eo13gProblems({ ...changed, date: date('2026-11-22') }, saved, today)).toEqual([]);
		// Unchanged, saved again: no new date needed.
		expect(eo13gProblems({ ...saved }, saved, today)).toEqual([]);
	});

	it('a changed declaration is not backdated before the last one', () => {
		const saved = valid();
		const backdated = { ...saved, a: '11', date: date('2026-11-19') };
		expect(eo13gProblems(backdated, saved, today)).toEqual([
			{
				field: 'date',
				message:
					'The Date cannot be earlier than the Date of your last declaration (November 20, 2026)'
			}
		]);
		expect(eo13gProblems({ ...backdated, date: date('2026-11-21') }, saved, today)).toEqual([]);
	});

	it('is current for a month after its Date', () => {
		expect(eo13gCurrent(null, today)).toBe(false);
		expect(eo13gCurrent({ ...valid(), date: date('2026-10-22') }, today)).toBe(true);
		expect(eo13gCurrent({ ...valid(), date: date('2026-10-21') }, today)).toBe(false);
	});
});

describe('eo13gAgeDays', () => {
	it('counts the days since the Date, none without a declaration or a Date', () => {
		expect(eo13gAgeDays(null, '2026-11-22')).toBeNull();
		expect(eo13gAgeDays(emptyEo13g(), '2026-11-22')).toBeNull();
		expect(
			eo13gAgeDays({ ...emptyEo13g(), date: { month: '11', day: '1', year: '2026' } }, '2026-11-22')
		).toBe(21);
	});
});
