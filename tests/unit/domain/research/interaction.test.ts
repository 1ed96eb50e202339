import {
	type FieldEvent,
	fieldReturns,
	isMisclick,
	lastFieldTouched,
	OUTCOME_LABELS,
	taskOutcome,
	TASK_OUTCOMES
} from '$lib/domain/research';

const path = ['home', 'search', 'results', 'detail'];
const task = (patch: Partial<Parameters<typeof taskOutcome>[0]> = {}) =>
	taskOutcome({
		reached: true,
		gaveUp: false,
		skipped: false,
		visited: path,
		expectedPath: path,
		...patch
	});

describe('taskOutcome', () => {
	it('labels every outcome', () => {
		expect(TASK_OUTCOMES.map((o) => OUTCOME_LABELS[o])).toEqual([
			'Direct success',
			'Indirect success',
			'Failed',
			'Skipped or gave up'
		]);
	});

	it('is a direct success along the expected path', () => {
		expect(task()).toBe('direct');
	});

	it('stays direct through reloads (consecutive repeats) and shortcuts past steps', () => {
		expect(task({ visited: ['home', 'home', 'search', 'results', 'results', 'detail'] })).toBe(
			'direct'
		);
		expect(task({ visited: ['home', 'results', 'detail'] })).toBe('direct');
		expect(task({ visited: ['detail'] })).toBe('direct');
		expect(task({ visited: [] })).toBe('direct');
	});

	it('is indirect after a detour or going back', () => {
		expect(task({ visited: ['home', 'help', 'search', 'results', 'detail'] })).toBe('indirect');
		expect(task({ visited: ['home', 'search', 'home', 'search', 'results', 'detail'] })).toBe(
			'indirect'
		);
		expect(task({ visited: ['home', 'results', 'search', 'results', 'detail'] })).toBe('indirect');
	});

	it('reads a path that passes a screen twice forwards', () => {
		const twice = ['list', 'form', 'list', 'done'];
		expect(task({ expectedPath: twice, visited: twice })).toBe('direct');
		expect(task({ expectedPath: twice, visited: ['list', 'list', 'done'] })).toBe('direct');
		expect(task({ expectedPath: twice, visited: ['form', 'list', 'form'] })).toBe('indirect');
	});

	it('fails when the goal was not reached', () => {
		expect(task({ reached: false })).toBe('failed');
		expect(task({ reached: false, visited: ['home', 'help'] })).toBe('failed');
	});

	it('counts skipping and giving up as skipped, even if the goal was reached', () => {
		expect(task({ skipped: true })).toBe('skipped');
		expect(task({ gaveUp: true })).toBe('skipped');
		expect(task({ gaveUp: true, reached: false })).toBe('skipped');
		expect(task({ skipped: true, reached: false, visited: [] })).toBe('skipped');
	});
});

const focus = (field: string, filled = false): FieldEvent => ({ type: 'focus', field, filled });
const blur = (field: string, filled = true): FieldEvent => ({ type: 'blur', field, filled });

describe('fieldReturns', () => {
	it('counts coming back to a filled field after another field', () => {
		expect(
			fieldReturns([
				focus('name'),
				blur('name'),
				focus('email'),
				blur('email'),
				focus('name', true),
				blur('name')
			])
		).toEqual([{ field: 'name', count: 1 }]);
	});

	it('counts each return, per field, in first-seen order', () => {
		const events = [
			focus('name'),
			blur('name'),
			focus('email'),
			blur('email'),
			focus('phone'),
			blur('phone'),
			focus('email', true),
			blur('email'),
			focus('name', true),
			blur('name'),
			focus('email', true),
			blur('email')
		];
		expect(fieldReturns(events)).toEqual([
			{ field: 'name', count: 1 },
			{ field: 'email', count: 2 }
		]);
	});

	it('does not count returning to the same field without leaving it', () => {
		expect(fieldReturns([focus('name'), blur('name'), focus('name', true), blur('name')])).toEqual(
			[]
		);
	});

	it('does not count coming back to a field left empty', () => {
		expect(
			fieldReturns([
				focus('name'),
				blur('name', false),
				focus('email'),
				blur('email'),
				focus('name')
			])
		).toEqual([]);
	});

	it('goes by the latest time the field was left', () => {
		// Filled, then cleared on the second visit: the third visit is not a return.
		expect(
			fieldReturns([
				focus('name'),
				blur('name', true),
				focus('email'),
				blur('email'),
				focus('name', true),
				blur('name', false),
				focus('email', true),
				blur('email'),
				focus('name')
			])
		).toEqual([
			{ field: 'name', count: 1 },
			{ field: 'email', count: 1 }
		]);
	});

	it('counts a return when the other field was focused without a blur being recorded', () => {
		expect(fieldReturns([focus('name'), blur('name'), focus('email'), focus('name')])).toEqual([
			{ field: 'name', count: 1 }
		]);
	});

	it('is empty for no events', () => {
		expect(fieldReturns([])).toEqual([]);
	});
});

describe('lastFieldTouched', () => {
	it('is the field of the last focus', () => {
		expect(lastFieldTouched([focus('name'), blur('name'), focus('email'), blur('email')])).toBe(
			'email'
		);
		expect(lastFieldTouched([focus('name'), focus('email'), focus('name')])).toBe('name');
	});

	it('is null without a focus', () => {
		expect(lastFieldTouched([])).toBeNull();
		expect(lastFieldTouched([blur('name')])).toBeNull();
	});
});

describe('isMisclick', () => {
	const click = (patch: Partial<Parameters<typeof isMisclick>[0]> = {}) =>
		isMisclick({ tag: 'div', interactiveAncestor: false, ...patch });

	it('counts a click on plain text or layout', () => {
		expect(click()).toBe(true);
		expect(click({ tag: 'SPAN' })).toBe(true);
		expect(click({ tag: 'img', role: null })).toBe(true);
		expect(click({ tag: 'h2', role: 'heading' })).toBe(true);
	});

	it('does not count links, buttons, form controls, labels and summaries', () => {
		for (const tag of [
			'a',
			'BUTTON',
			'input',
			'select',
			'textarea',
			'label',
			'summary',
			'option'
		]) {
			expect(click({ tag }), tag).toBe(false);
		}
	});

	it('does not count an element inside an interactive one', () => {
		expect(click({ tag: 'svg', interactiveAncestor: true })).toBe(false);
		expect(click({ tag: 'span', interactiveAncestor: true })).toBe(false);
	});

	it('does not count an element with an interactive role, fallbacks included', () => {
		expect(click({ role: 'button' })).toBe(false);
		expect(click({ role: 'tab' })).toBe(false);
		expect(click({ role: 'Checkbox' })).toBe(false);
		expect(click({ role: 'switch checkbox' })).toBe(false);
		expect(click({ role: 'presentation' })).toBe(true);
		expect(click({ role: '  ' })).toBe(true);
	});

	it('counts a click on a disabled control', () => {
		expect(click({ tag: 'button', disabled: true })).toBe(true);
		expect(click({ tag: 'input', disabled: true, interactiveAncestor: true })).toBe(true);
		expect(click({ tag: 'button', disabled: false })).toBe(false);
	});
});
