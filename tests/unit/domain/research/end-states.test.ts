import { DEFAULT_STUDY_TASKS, END_STATES, endStateOf, screensOf } from '$lib/domain/research';

const e = (type: string, data: Record<string, unknown> = {}) => ({ type, data });

describe('task end states', () => {
	it('detects each end state in the events of a task', () => {
		expect(endStateOf('step-2').reached!([e('step-enter', { step: 'contact' })])).toBe(true);
		expect(endStateOf('step-2').reached!([e('step-enter', { step: 'organization' })])).toBe(false);
		expect(endStateOf('resumed').reached!([e('resume')])).toBe(true);
		expect(endStateOf('step-4').reached!([e('submit')])).toBe(true); // review step off
		expect(endStateOf('submitted').reached!([e('step-enter', { step: 'review' })])).toBe(false);
		expect(endStateOf('manual').reached).toBeNull();
		expect(endStateOf('no-such-state').id).toBe('manual');
	});

	it('lists the screens a task visited: steps, the resume link and the confirmation', () => {
		expect(
			screensOf([
				e('step-enter', { step: 'codes' }),
				e('misclick'),
				e('resume'),
				e('step-enter', { step: 'codes' }),
				e('submit')
			])
		).toEqual(['codes', 'resume', 'codes', 'confirmation']);
	});

	it('ships a default task list whose end states all exist', () => {
		const ids = new Set(END_STATES.map((s) => s.id));
		expect(DEFAULT_STUDY_TASKS).toHaveLength(6);
		for (const t of DEFAULT_STUDY_TASKS) expect(ids.has(t.end)).toBe(true);
	});
});
