import {
	addendumProblems,
	draftSaveProblems,
	addendumRefusal,
	awardNoticeTo,
	awardRefusal,
	DEFAULT_DUE_TIME,
	dueInstant,
	finalizeRefusal,
	publishDraftProblems,
	type SolicitationDraftValues
} from '$lib/domain/procurement';

const dueAt = '2026-12-10T19:00:00.000Z'; // 2:00 PM Eastern
const due = Date.parse(dueAt);
const minute = 60_000;
const now = Date.parse('2026-12-01T15:00:00.000Z');

const draft = (patch: Partial<SolicitationDraftValues> = {}): SolicitationDraftValues => ({
	number: '27DAS0042',
	title: 'Snow removal, Hartford campus',
	agency: 'Department of Administrative Services',
	description: 'Plowing and salting for the winter season.',
	kind: 'formal',
	invited: [],
	codes: ['72102900'],
	dueDate: '2026-12-10',
	dueTime: DEFAULT_DUE_TIME,
	specialistName: 'Maria Santos',
	specialistEmail: 'maria.santos@ct.gov.example',
	specialistPhone: '',
	...patch
});

const fields = (p: { field: string }[]) => p.map((x) => x.field);

describe('the due time', () => {
	it('defaults to 2:00 PM Eastern, in winter and in summer', () => {
		expect(dueInstant('2026-12-10', DEFAULT_DUE_TIME)).toBe(due);
		expect(dueInstant('2026-07-10', DEFAULT_DUE_TIME)).toBe(Date.parse('2026-07-10T18:00:00Z'));
	});
	it('is null for a date that does not exist', () => {
		expect(dueInstant('2026-02-30', '14:00')).toBeNull();
		expect(dueInstant('2026-12-10', '25:00')).toBeNull();
	});
});

describe('publishing a draft', () => {
	it('accepts a complete draft', () => {
		expect(publishDraftProblems(draft(), now)).toEqual([]);
	});
	it('names every missing field in the form’s order', () => {
		const problems = publishDraftProblems(
			draft({
				number: '',
				title: ' ',
				description: '',
				kind: 'informal',
				codes: [],
				dueDate: '',
				specialistName: '',
				specialistEmail: 'maria'
			}),
			now
		);
		expect(fields(problems)).toEqual([
			'number',
			'title',
			'description',
			'invited',
			'codes',
			'dueDate',
			'specialistName',
			'specialistEmail'
		]);
		expect(problems.find((p) => p.field === 'invited')?.message).toBe(
			'Invite at least one supplier to an informal solicitation'
		);
	});
	it('refuses a due time in the past or a malformed one', () => {
		expect(publishDraftProblems(draft({ dueDate: '2026-11-30' }), now)).toEqual([
			{ field: 'dueDate', message: 'The due date and time must be in the future' }
		]);
		expect(fields(publishDraftProblems(draft({ dueTime: '2pm' }), now))).toEqual(['dueTime']);
		expect(fields(publishDraftProblems(draft({ number: 'a b' }), now))).toEqual(['number']);
	});
});

describe('addenda', () => {
	const open = { status: 'open' as const, dueAt };
	it('may be published to an open solicitation before its due time only', () => {
		expect(addendumRefusal(open, due - minute)).toBeNull();
		expect(addendumRefusal(open, due)).toMatch(/due date has passed/);
		expect(addendumRefusal({ ...open, status: 'draft' }, now)).toMatch(/Publish the solicitation/);
	});
	it('need text, and a new due date in the future when one is given', () => {
		expect(addendumProblems({ text: '', dueDate: '', dueTime: '' }, now)).toEqual([
			{ field: 'text', message: 'Enter the text of the addendum' }
		]);
		expect(addendumProblems({ text: 'Site visit moved.', dueDate: '', dueTime: '' }, now)).toEqual(
			[]
		);
		expect(
			fields(addendumProblems({ text: 'Moved.', dueDate: '2026-11-01', dueTime: '14:00' }, now))
		).toEqual(['dueDate']);
	});
});

describe('the award', () => {
	const closed = { status: 'open' as const, dueAt };
	const response = {
		organizationId: 'o1',
		organizationName: 'Acme Paving LLC',
		submitted: { at: '2026-12-09T15:00:00.000Z' }
	};
	it('is refused while the responses are sealed', () => {
		expect(awardRefusal(closed, response, due - minute)).toMatch(/sealed until the due date/);
	});
	it('goes to a submitted response after the due date, once', () => {
		expect(awardRefusal(closed, response, due)).toBeNull();
		expect(awardRefusal(closed, { ...response, submitted: null }, due)).toMatch(/submitted/);
		expect(
			awardRefusal({ ...closed, award: { organizationName: 'Acme Paving LLC' } }, response, due)
		).toBe('This solicitation was already awarded to Acme Paving LLC.');
	});
	it('is finalized only when the readiness checklist is complete', () => {
		const award = { finalizedAt: null, organizationName: 'Acme Paving LLC' };
		expect(
			finalizeRefusal(award, [
				{ label: 'W-9 uploaded', done: false },
				{ label: 'Company information', done: true }
			])
		).toBe('Acme Paving LLC’s Contract Award Readiness is not complete: W-9 uploaded.');
		expect(finalizeRefusal(award, [{ label: 'W-9 uploaded', done: true }])).toBeNull();
		expect(finalizeRefusal({ ...award, finalizedAt: dueAt }, [])).toBe(
			'This award is already final.'
		);
		expect(finalizeRefusal(undefined, [])).toMatch(/Award the solicitation/);
	});
	it('is told to the Contract Notification Contact, or the Main Contact when it was “Later”', () => {
		const mainContact = { email: 'pat@acme.example' };
		expect(awardNoticeTo({ mainContact, contractContact: { email: 'kim@acme.example' } })).toEqual({
			to: 'kim@acme.example',
			role: 'Contract Notification Contact'
		});
		expect(awardNoticeTo({ mainContact, contractContact: null })).toEqual({
			to: 'pat@acme.example',
			role: 'Main Contact'
		});
	});
});

describe('saving a draft', () => {
	it('needs the number, title and a real due date, not the rest', () => {
		expect(
			draftSaveProblems(
				draft({ description: '', codes: [], specialistName: '', dueDate: '2020-01-01' })
			)
		).toEqual([]);
		expect(fields(draftSaveProblems(draft({ number: '', title: '', dueDate: '' })))).toEqual([
			'number',
			'title',
			'dueDate'
		]);
	});
});
