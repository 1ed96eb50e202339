import { describe, expect, it } from 'vitest';
import {
	byVariant,
	errorsPerField,
	frequentErrors,
	stepTimes,
	summarize,
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
		expect(tasks).toEqual([
			{ task: 'Register', attempts: 2, completed: 2, rate: 1 },
			{ task: 'Save for later', attempts: 0, completed: 0, rate: 0 }
		]);
	});

	it('keeps only the sessions asked for and splits by flow variant', () => {
		expect(summarize([s1, s2], events).events).toBe(10);
		const variants = byVariant([s1, s2], events);
		expect(variants.map((v) => v.label)).toEqual(['Review step on', 'Review step off']);
		expect(variants[1]!.summary.fields).toHaveLength(2);
		expect(byVariant([s1], events)).toHaveLength(1);
	});

	it('exports CSV with a header, quoting and the per-step time', () => {
		const csv = toCsv(
			[s1],
			[...events, ev('a', 'validation-error', { message: 'a, "b"', field: '=x' })]
		);
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toBe(
			'session,participant,variant,time,type,page,step,field,rule,message,task,completed,durationMs'
		);
		expect(lines).toHaveLength(7);
		expect(csv).toContain('step-leave,/register/organization,organization,,,,,,30000');
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
