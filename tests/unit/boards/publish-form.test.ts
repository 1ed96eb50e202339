import { emptyPublishValues, publishInput, publishProblems } from '$lib/boards/publish-form';

const TODAY = '2026-11-22';

describe('publishProblems', () => {
	it('lists every problem of an empty form in page order', () => {
		expect(publishProblems(emptyPublishValues(), TODAY)).toEqual([
			{ field: 'title', message: 'Enter the solicitation title' },
			{ field: 'code', message: 'Enter an 8-digit UNSPSC code, like 43211503' },
			{ field: 'due', message: 'Enter the due date' }
		]);
	});

	it('wants a due date after today and an invitation for an informal solicitation', () => {
		const values = {
			...emptyPublishValues(),
			title: 'Snow removal',
			code: '72101507',
			due: TODAY,
			kind: 'informal' as const
		};
		expect(publishProblems(values, TODAY)).toEqual([
			{ field: 'due', message: 'The due date must be after today' },
			{ field: 'invited', message: 'Invite at least one supplier to an informal solicitation' }
		]);
		expect(publishProblems({ ...values, due: '2026-12-01', invited: ['org-1'] }, TODAY)).toEqual(
			[]
		);
	});
});

describe('publishInput', () => {
	it('publishes a formal solicitation to all and an informal one to the invited', () => {
		const now = Date.parse('2026-11-22T12:00:00Z');
		const values = {
			...emptyPublishValues(),
			title: ' Snow removal ',
			code: ' 72101507 ',
			due: '2026-12-01',
			invited: ['org-1']
		};
		const formal = publishInput(values, now);
		expect(formal).toMatchObject({
			number: `26DEM${String(now % 10000).padStart(4, '0')}`,
			title: 'Snow removal',
			formal: true,
			method: 'Invitation for Bid',
			codes: ['72101507'],
			invited: []
		});
		expect(publishInput({ ...values, kind: 'informal' }, now)).toMatchObject({
			formal: false,
			method: 'Request for Quotes',
			invited: ['org-1']
		});
	});
});
