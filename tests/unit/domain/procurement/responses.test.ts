import {
	DECLINED_CANNOT_RESPOND,
	isSealed,
	NO_RESPOND_PERMISSION,
	PAST_DUE,
	parsePrice,
	responseProblems,
	responseRefusal,
	STATEMENT_MAX,
	unacknowledgedAddenda
} from '$lib/domain/procurement';

const dueAt = '2026-12-10T19:00:00.000Z'; // 2:00 PM Eastern
const due = Date.parse(dueAt);
const minute = 60_000;
const allowed = {
	canRespond: true,
	registration: 'approved' as const,
	solicitationStatus: 'open' as const,
	dueAt
};

describe('sealing', () => {
	it('keeps responses sealed until the due time, then opens them', () => {
		expect(isSealed(dueAt, due - 1)).toBe(true);
		expect(isSealed(dueAt, due)).toBe(false);
		expect(isSealed(dueAt, due + minute)).toBe(false);
	});
});

describe('responseRefusal', () => {
	it('lets a permitted user of a registered supplier respond before the due time', () => {
		expect(responseRefusal({ ...allowed, now: due - minute })).toBe(null);
		expect(responseRefusal({ ...allowed, registration: 'pending', now: due - minute })).toBe(null);
	});

	it('refuses a submit one minute after the due time', () => {
		expect(responseRefusal({ ...allowed, now: due + minute })).toEqual({
			reason: 'past-due',
			message: PAST_DUE
		});
		expect(responseRefusal({ ...allowed, now: due })?.reason).toBe('past-due');
	});

	it('refuses a user without the Respond permission, whatever the time', () => {
		expect(responseRefusal({ ...allowed, canRespond: false, now: due - minute })).toEqual({
			reason: 'no-permission',
			message: NO_RESPOND_PERMISSION
		});
	});

	it('refuses a declined supplier and a solicitation that is not open', () => {
		expect(
			responseRefusal({ ...allowed, registration: 'declined', now: due - minute })?.message
		).toBe(DECLINED_CANNOT_RESPOND);
		expect(
			responseRefusal({ ...allowed, solicitationStatus: 'draft', now: due - minute })?.reason
		).toBe('not-open');
	});
});

describe('addenda', () => {
	const addenda = [
		{ id: 'a1', number: 1 },
		{ id: 'a2', number: 2 }
	];
	it('lists the addenda not acknowledged yet', () => {
		expect(unacknowledgedAddenda(addenda, ['a1'])).toEqual([{ id: 'a2', number: 2 }]);
		expect(unacknowledgedAddenda(addenda, ['a2', 'a1'])).toEqual([]);
	});

	it('blocks a submit until every addendum is acknowledged', () => {
		const values = {
			price: '12,500.00',
			statement: 'We will.',
			acknowledged: ['a1'],
			certified: true
		};
		expect(responseProblems(values, addenda)).toEqual([
			{ field: 'acknowledged', message: 'Acknowledge Addendum 2 before you submit' }
		]);
		expect(responseProblems({ ...values, acknowledged: ['a1', 'a2'] }, addenda)).toEqual([]);
	});
});

describe('responseProblems', () => {
	it('names each missing or wrong field', () => {
		expect(
			responseProblems({ price: '', statement: '', acknowledged: [], certified: false }, []).map(
				(p) => p.message
			)
		).toEqual([
			'Enter your price',
			'Enter your technical statement',
			'Confirm that you have read the Requirements tab before you submit'
		]);
		expect(
			responseProblems(
				{
					price: '12.5.0',
					statement: 'x'.repeat(STATEMENT_MAX + 1),
					acknowledged: [],
					certified: true
				},
				[]
			).map((p) => p.field)
		).toEqual(['price', 'statement']);
	});

	it('reads prices as people type them', () => {
		expect(parsePrice('$12,500.00')).toBe(12500);
		expect(parsePrice('980')).toBe(980);
		expect(parsePrice('12.345')).toBe(null);
		expect(parsePrice('twelve')).toBe(null);
	});
});
