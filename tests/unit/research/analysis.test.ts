import { describe, expect, it } from 'vitest';
import {
	byVariant,
	errorsPerField,
	frequentErrors,
	stepTimes,
	summarize,
	taskAttempts,
	taskCompletion,
	toCsv,
	type SessionInfo,
	type StudyEvent
} from '$lib/research/analysis';

const s1: SessionInfo = {
	id: 'a',
	participant: 'P-01',
	tasks: ['Register', 'Save for later'],
	flow: { reviewStep: true },
	startedAt: '2026-01-01T10:00:00.000Z',
	endedAt: '2026-01-01T10:30:00.000Z'
};
const s2: SessionInfo = { ...s1, id: 'b', participant: 'P-02', flow: { reviewStep: false } };

let n = 0;
const ev = (sessionId: string, type: string, data: Record<string, unknown> = {}): StudyEvent => ({
	id: String(++n).padStart(4, '0'),
	createdAt: `2026-01-01T10:00:${String(n).padStart(2, '0')}.000Z`,
	type,
	participantId: sessionId === 'a' ? 'P-01' : 'P-02',
	page: '/register/organization',
	data: { sessionId, ...data }
});

const events: StudyEvent[] = [
	ev('a', 'step-enter', { step: 'organization' }),
	ev('a', 'validation-error', {
		step: 'organization',
		field: 'legalName',
		rule: 'legal-name-empty',
		message: 'Enter the Legal Name'
	}),
	ev('a', 'step-leave', { step: 'organization', durationMs: 30_000 }),
	ev('a', 'step-leave', { step: 'instructions', durationMs: 5_000 }),
	ev('a', 'task-end', { title: 'Register', completed: true }),
	ev('b', 'step-leave', { step: 'organization', durationMs: 10_000 }),
	ev('b', 'validation-error', {
		step: 'organization',
		field: 'legalName',
		rule: 'legal-name-empty',
		message: 'Enter the Legal Name'
	}),
	ev('b', 'validation-error', {
		step: 'organization',
		field: 'city',
		rule: 'city-empty',
		message: 'Enter the City'
	}),
	ev('b', 'task-end', { title: 'Register', completed: false }),
	ev('b', 'task-end', { title: 'Register', completed: true }),
	ev('c', 'step-leave', { step: 'organization', durationMs: 99_000 })
];

describe('study analysis', () => {
	it('sums and averages time on each step in wizard order', () => {
		const all = stepTimes(events.filter((e) => e.data.sessionId !== 'c'));
		expect(all).toEqual([
			{ step: 'instructions', visits: 1, totalMs: 5000, meanMs: 5000 },
			{ step: 'organization', visits: 2, totalMs: 40000, meanMs: 20000 }
		]);
	});

	it('counts errors per field and the most frequent errors', () => {
		expect(errorsPerField(events)[0]).toEqual({
			step: 'organization',
			field: 'legalName',
			count: 2
		});
		const top = frequentErrors(events, 1);
		expect(top).toEqual([
			{ rule: 'legal-name-empty', message: 'Enter the Legal Name', field: 'legalName', count: 2 }
		]);
	});

	it('rates task completion by the last task-end of each session', () => {
		const tasks = taskCompletion([s1, s2], events);
		expect(tasks).toMatchObject([
			{ task: 'Register', attempts: 2, completed: 2, rate: 1, seq: null },
			{ task: 'Save for later', attempts: 0, completed: 0, rate: 0, ci: null }
		]);
		// 2 of 2: the Wilson interval still reaches down to 34%.
		expect(tasks[0]!.ci!.low).toBeCloseTo(0.3424, 3);
		expect(tasks[0]!.ci!.high).toBe(1);
	});

	it('keeps only the sessions asked for and splits by flow variant', () => {
		expect(summarize([s1, s2], events).events).toBe(10);
		const { variants, message } = byVariant([s1, s2], events);
		expect(variants.map((v) => v.label)).toEqual(['Review step on', 'Review step off']);
		expect(variants[1]!.summary.fields).toHaveLength(2);
		expect(message).toBe(
			'Too few participants to compare variants: 1 and 1 sessions (at least 5 each are needed). Treat these figures as anecdotes.'
		);
		const one = byVariant([s1], events);
		expect(one.variants).toHaveLength(1);
		expect(one.message).toBe('Only one variant was run: there is nothing to compare.');
	});

	it('sets the variants side by side: completion with its interval, time on task, SEQ, SUS', () => {
		const a = { ...s1, variant: 'review-on', sus: [4, 2, 4, 1, 4, 2, 5, 1, 4, 2] };
		const b = { ...s2, variant: 'review-off', sus: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] };
		const more = [
			...events,
			ev('a', 'task-end', { title: 'Save for later', completed: false, durationMs: 40_000 }),
			ev('a', 'seq', { title: 'Register', score: 6 }),
			ev('b', 'seq', { title: 'Register', score: 3 })
		];
		const { variants } = byVariant([a, b], more);
		const [on, off] = variants;
		// Session a: Register completed, Save for later not: 1 of 2 (Wilson 9.5%–90.5%).
		expect(on).toMatchObject({ sessions: 1, completed: 1, attempts: 2, seq: 6, sus: 82.5 });
		expect(on!.ci!.low).toBeCloseTo(0.0945, 3);
		expect(on!.ci!.high).toBeCloseTo(0.9055, 3);
		expect(off).toMatchObject({ completed: 1, attempts: 1, seq: 3, sus: 50 });
		expect(off!.errorsPerSession).toBe(2);
		expect(on!.time).toEqual({ q1: 10_000, median: 20_000, q3: 30_000 });
	});

	it('exports CSV with a header, quoting and the per-step time', () => {
		const csv = toCsv(
			[{ ...s1, studyId: 'CT-REG-1', variant: 'review-on', appVersion: 'abc123' }],
			[...events, ev('a', 'validation-error', { message: 'a, "b"', field: '=x' })]
		);
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toBe(
			'study,session,participant,variant,appVersion,time,type,page,step,field,rule,message,task,completed,durationMs,score'
		);
		expect(lines).toHaveLength(7);
		// Every row names the study, session, participant, variant and app version.
		for (const line of lines.slice(1)) expect(line).toMatch(/^CT-REG-1,a,P-01,review-on,abc123,/);
		expect(csv).toContain('step-leave,/register/organization,organization,,,,,,30000,');
		expect(csv).toContain(`'=x`);
		expect(csv).toContain('"a, ""b"""');
		expect(csv).not.toContain('P-02');
	});

	it('turns every cell a spreadsheet would run into text: = + - @, TAB and CR', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) {
			const csv = toCsv([s1], [ev('a', 'validation-error', { field: `${start}cmd|x` })]);
			expect(csv).toContain(`'${start}cmd|x`);
		}
		const plain = toCsv([s1], [ev('a', 'validation-error', { field: 'name' })]);
		expect(plain).not.toContain(`'name`);
	});
});

describe('task attempts', () => {
	const t = (type: string, data: Record<string, unknown> = {}) => ev('a', type, data);

	it('judges success by the end state and the path, and counts what the attempt took', () => {
		const attempts = taskAttempts([
			// Direct: Step 2 done, straight to the contact step.
			t('task-start', { title: 'Organization', end: 'step-2' }),
			t('field-focus', { field: 'legalName', filled: false }),
			t('field-blur', { field: 'legalName', filled: true }),
			t('field-focus', { field: 'city', filled: false }),
			t('field-blur', { field: 'city', filled: true }),
			t('field-focus', { field: 'legalName', filled: true }), // a return
			t('misclick', { tag: 'p' }),
			t('validation-error', { field: 'city' }),
			t('step-enter', { step: 'contact' }),
			t('task-end', { title: 'Organization', completed: false, durationMs: 61_000 }),
			// Indirect: back to Step 1 first, then on.
			t('task-start', { title: 'Contact', end: 'step-3' }),
			t('step-enter', { step: 'organization' }),
			t('step-enter', { step: 'contact' }),
			t('step-enter', { step: 'codes' }),
			t('help-opened', { what: 'online-help' }),
			t('task-end', { title: 'Contact', completed: true, durationMs: 5_000 }),
			// Failed: the end state never reached, whatever the button said.
			t('task-start', { title: 'Submit', end: 'submitted' }),
			t('task-end', { title: 'Submit', completed: true, durationMs: 1_000 }),
			// Gave up.
			t('task-start', { title: 'Save', end: 'resumed' }),
			t('resume'),
			t('task-end', { title: 'Save', completed: false, reason: 'gave-up', durationMs: 2_000 }),
			// Decided by the facilitator.
			t('task-start', { title: 'Explain', end: 'manual' }),
			t('task-end', { title: 'Explain', completed: true, durationMs: 3_000 })
		]);
		expect(attempts.map((a) => [a.task, a.outcome])).toEqual([
			['Organization', 'direct'],
			['Contact', 'indirect'],
			['Submit', 'failed'],
			['Save', 'skipped'],
			['Explain', 'direct']
		]);
		expect(attempts[0]).toMatchObject({
			misclicks: 1,
			fieldReturns: 1,
			errors: 1,
			help: 0,
			durationMs: 61_000,
			screens: ['contact']
		});
		expect(attempts[1]).toMatchObject({ help: 1, screens: ['organization', 'contact', 'codes'] });
	});

	it('rates each task by the last attempt of each session', () => {
		const tasks = taskCompletion(
			[{ ...s1, tasks: ['Organization'] }],
			[
				ev('a', 'task-start', { title: 'Organization', end: 'step-2' }),
				ev('a', 'task-end', { title: 'Organization', completed: false, durationMs: 1_000 }),
				ev('a', 'task-start', { title: 'Organization', end: 'step-2' }),
				ev('a', 'step-enter', { step: 'contact' }),
				ev('a', 'task-end', { title: 'Organization', completed: true, durationMs: 3_000 })
			]
		);
		expect(tasks[0]).toMatchObject({
			attempts: 1,
			completed: 1,
			outcomes: { direct: 1, indirect: 0, failed: 0, skipped: 0 },
			medianMs: 3_000
		});
	});
});
