/**
 * Pure aggregation of usability-study events for the results view and the exports.
 * Events are the stored records (type, participantId, page, data with sessionId...).
 */
import { meanSeq, susReading, susScore } from '$lib/domain/research/questionnaires';
import {
	comparability,
	formatSeconds,
	mean,
	median,
	quartiles,
	wilsonInterval,
	type RateInterval
} from '$lib/domain/research/stats';
import { VARIANTS, variantOf } from './variants';
import { endStateOf, screensOf } from '$lib/domain/research/end-states';
import {
	fieldReturns,
	TASK_OUTCOMES,
	taskOutcome,
	type TaskOutcome
} from '$lib/domain/research/interaction';

export interface StudyEvent {
	id: string;
	createdAt: string;
	type: string;
	participantId?: string;
	page?: string;
	data: Record<string, unknown>;
}

export interface SessionInfo {
	id: string;
	participant: string;
	tasks: readonly string[];
	flow: { reviewStep: boolean };
	startedAt: string;
	endedAt: string | null;
	studyId?: string;
	variant?: string;
	appVersion?: string;
	endedBy?: 'facilitator' | 'participant';
	sus?: number[];
	comment?: string;
}

export interface StepTime {
	step: string;
	visits: number;
	totalMs: number;
	meanMs: number;
}

export interface FieldErrors {
	step: string;
	field: string;
	count: number;
}

export interface FrequentError {
	rule: string;
	message: string;
	field: string;
	count: number;
}

export interface TaskCompletion {
	task: string;
	attempts: number;
	completed: number;
	/** 0..1; 0 when never attempted. */
	rate: number;
	/** The 95% confidence interval of the rate (Wilson), null when never attempted. */
	ci: RateInterval | null;
	/** Last attempts by outcome (direct + indirect = completed). */
	outcomes: Record<TaskOutcome, number>;
	/** Median time on task (ms), null when never attempted. */
	medianMs: number | null;
	/** Per attempt, on average. */
	misclicks: number;
	fieldReturns: number;
	errors: number;
	help: number;
	/** The Single Ease Question answers' mean (1–7), null when none was given. */
	seq: number | null;
	seqAnswers: number;
}

export interface Summary {
	sessions: number;
	events: number;
	steps: StepTime[];
	fields: FieldErrors[];
	frequent: FrequentError[];
	tasks: TaskCompletion[];
	counts: Record<string, number>;
}

export const STEP_ORDER = ['instructions', 'organization', 'contact', 'codes', 'review'];

const eventText = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? '' : String(v));
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export function sessionIdOf(e: StudyEvent): string {
	return eventText(e.data.sessionId);
}

export function eventsOf(events: readonly StudyEvent[], sessionIds: ReadonlySet<string>) {
	return events.filter((e) => sessionIds.has(sessionIdOf(e)));
}

function stepRank(step: string) {
	const i = STEP_ORDER.indexOf(step);
	return i === -1 ? STEP_ORDER.length : i;
}

/** Time on each step, from step-leave events (durationMs). */
export function stepTimes(events: readonly StudyEvent[]): StepTime[] {
	const by = new Map<string, { visits: number; totalMs: number }>();
	for (const e of events) {
		if (e.type !== 'step-leave') continue;
		const step = eventText(e.data.step);
		const row = by.get(step) ?? { visits: 0, totalMs: 0 };
		row.visits++;
		row.totalMs += num(e.data.durationMs);
		by.set(step, row);
	}
	return [...by]
		.map(([step, r]) => ({ step, ...r, meanMs: r.visits ? Math.round(r.totalMs / r.visits) : 0 }))
		.sort((a, b) => stepRank(a.step) - stepRank(b.step) || a.step.localeCompare(b.step));
}

/** Validation errors shown, per step and field, most first. */
export function errorsPerField(events: readonly StudyEvent[]): FieldErrors[] {
	const by = new Map<string, FieldErrors>();
	for (const e of events) {
		if (e.type !== 'validation-error') continue;
		const step = eventText(e.data.step);
		const field = eventText(e.data.field);
		const key = `${step}\u0000${field}`;
		const row = by.get(key) ?? { step, field, count: 0 };
		row.count++;
		by.set(key, row);
	}
	return [...by.values()].sort(
		(a, b) =>
			b.count - a.count || stepRank(a.step) - stepRank(b.step) || a.field.localeCompare(b.field)
	);
}

/** The most frequent validation errors (by rule and message), at most `limit`. */
export function frequentErrors(events: readonly StudyEvent[], limit = 10): FrequentError[] {
	const by = new Map<string, FrequentError>();
	for (const e of events) {
		if (e.type !== 'validation-error') continue;
		const rule = eventText(e.data.rule);
		const message = eventText(e.data.message);
		const field = eventText(e.data.field);
		const key = `${rule}\u0000${message}\u0000${field}`;
		const row = by.get(key) ?? { rule, message, field, count: 0 };
		row.count++;
		by.set(key, row);
	}
	return [...by.values()]
		.sort((a, b) => b.count - a.count || a.message.localeCompare(b.message))
		.slice(0, limit);
}

/** One attempt at a task by one participant: how it ended and what it took. */
export interface TaskAttempt {
	sessionId: string;
	task: string;
	end: string;
	outcome: TaskOutcome;
	durationMs: number;
	screens: string[];
	misclicks: number;
	fieldReturns: number;
	errors: number;
	help: number;
}

/**
 * Every task attempt in these events (oldest first): the events from a task-start to its task-end
 * in one session. Success comes from the task's end state when the app can detect it (the
 * facilitator's button otherwise); direct when the screens visited follow the expected path. A
 * task-end without its start (recorded before tasks had end states) is an attempt of its own.
 */
export function taskAttempts(events: readonly StudyEvent[]): TaskAttempt[] {
	const open = new Map<string, { task: string; end: string; events: StudyEvent[] }>();
	const attempts: TaskAttempt[] = [];
	for (const e of events) {
		const session = sessionIdOf(e);
		if (e.type === 'task-start') {
			open.set(session, { task: eventText(e.data.title), end: eventText(e.data.end), events: [] });
			continue;
		}
		const current = open.get(session);
		if (e.type !== 'task-end') {
			current?.events.push(e);
			continue;
		}
		open.delete(session);
		const within = current?.events ?? [];
		const endState = endStateOf(current?.end || undefined);
		const reached = endState.reached ? endState.reached(within) : e.data.completed === true;
		const gaveUp = e.data.reason === 'gave-up';
		const fields = within.flatMap((f) =>
			f.type === 'field-focus' || f.type === 'field-blur'
				? [
						{
							type: f.type === 'field-focus' ? ('focus' as const) : ('blur' as const),
							field: eventText(f.data.field),
							filled: f.data.filled === true
						}
					]
				: []
		);
		const count = (type: string) => within.filter((f) => f.type === type).length;
		attempts.push({
			sessionId: session,
			task: current?.task || eventText(e.data.title),
			end: endState.id,
			outcome: taskOutcome({
				reached,
				gaveUp,
				skipped: false,
				visited: screensOf(within),
				expectedPath: endState.reached ? endState.path : screensOf(within)
			}),
			durationMs: num(e.data.durationMs),
			screens: screensOf(within),
			misclicks: count('misclick'),
			fieldReturns: fieldReturns(fields).reduce((n, r) => n + r.count, 0),
			errors: count('validation-error'),
			help: count('help-opened')
		});
	}
	return attempts;
}

/**
 * Per task: each session's last attempt counts (a task tried again after a failure is judged by
 * how it ended), split by outcome, with the success rate (direct or indirect) and its 95%
 * interval, the median time on task, what the attempts took on average and the SEQ answers.
 * Tasks listed but never started count as not attempted.
 */
export function taskCompletion(
	sessions: readonly SessionInfo[],
	events: readonly StudyEvent[]
): TaskCompletion[] {
	const titles: string[] = [];
	for (const s of sessions) for (const t of s.tasks) if (!titles.includes(t)) titles.push(t);
	const last = new Map<string, TaskAttempt>();
	for (const a of taskAttempts(events)) {
		if (!titles.includes(a.task)) titles.push(a.task);
		last.set(`${a.sessionId}\u0000${a.task}`, a);
	}
	return titles.map((task) => {
		const mine = [...last.values()].filter((a) => a.task === task);
		const attempts = mine.length;
		const outcomes = Object.fromEntries(
			TASK_OUTCOMES.map((o) => [o, mine.filter((a) => a.outcome === o).length])
		) as Record<TaskOutcome, number>;
		const completed = outcomes.direct + outcomes.indirect;
		const answers = events
			.filter((e) => e.type === 'seq' && eventText(e.data.title) === task)
			.map((e) => num(e.data.score));
		const per = (pick: (a: TaskAttempt) => number) =>
			attempts ? mine.reduce((n, a) => n + pick(a), 0) / attempts : 0;
		return {
			task,
			attempts,
			completed,
			rate: attempts ? completed / attempts : 0,
			ci: wilsonInterval(completed, attempts),
			outcomes,
			medianMs: median(mine.map((a) => a.durationMs)),
			misclicks: per((a) => a.misclicks),
			fieldReturns: per((a) => a.fieldReturns),
			errors: per((a) => a.errors),
			help: per((a) => a.help),
			seq: meanSeq(answers),
			seqAnswers: answers.length
		};
	});
}

/** Each session's SUS score (those answered), the mean and its usual reading. */
export function susSummary(sessions: readonly SessionInfo[]) {
	const rows = sessions.flatMap((s) => {
		const score = s.sus ? susScore(s.sus) : null;
		return score === null ? [] : [{ id: s.id, participant: s.participant, score }];
	});
	const avg = mean(rows.map((r) => r.score));
	return { rows, mean: avg, reading: avg === null ? null : susReading(avg) };
}

/** Times on task (ms) of tasks ended in these events. */
function taskTimes(events: readonly StudyEvent[]): number[] {
	return events.filter((e) => e.type === 'task-end').map((e) => num(e.data.durationMs));
}

export function countByType(events: readonly StudyEvent[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const e of events) out[e.type] = (out[e.type] ?? 0) + 1;
	return out;
}

export function summarize(sessions: readonly SessionInfo[], allEvents: readonly StudyEvent[]) {
	const events = eventsOf(allEvents, new Set(sessions.map((s) => s.id)));
	return {
		sessions: sessions.length,
		events: events.length,
		steps: stepTimes(events),
		fields: errorsPerField(events),
		frequent: frequentErrors(events),
		tasks: taskCompletion(sessions, events),
		counts: countByType(events)
	} satisfies Summary;
}

/** The session's variant (sessions saved before variants were named: by their flow setting). */
export function variantIdOf(s: SessionInfo): string {
	return variantOf(s.variant, s.flow.reviewStep).id;
}

export function variantLabel(s: SessionInfo): string {
	return variantOf(s.variant, s.flow.reviewStep).label;
}

/** One variant's figures side by side with the others'. */
export interface VariantFigures {
	id: string;
	label: string;
	sessions: number;
	/** Tasks completed of tasks attempted, with the 95% interval (Wilson). */
	completed: number;
	attempts: number;
	ci: RateInterval | null;
	/** Time on task: median and quartiles (ms), null with no ended task. */
	time: { q1: number; median: number; q3: number } | null;
	seq: number | null;
	sus: number | null;
	/** Validation errors shown per session. */
	errorsPerSession: number;
	summary: Summary;
}

/** Every variant that has sessions, and whether they can be compared (enough participants). */
export function byVariant(sessions: readonly SessionInfo[], allEvents: readonly StudyEvent[]) {
	const variants: VariantFigures[] = VARIANTS.flatMap((v) => {
		const mine = sessions.filter((s) => variantIdOf(s) === v.id);
		if (!mine.length) return [];
		const events = eventsOf(allEvents, new Set(mine.map((s) => s.id)));
		const summary = summarize(mine, events);
		const completed = summary.tasks.reduce((n, t) => n + t.completed, 0);
		const attempts = summary.tasks.reduce((n, t) => n + t.attempts, 0);
		const seq = meanSeq(events.filter((e) => e.type === 'seq').map((e) => num(e.data.score)));
		return [
			{
				id: v.id,
				label: v.label,
				sessions: mine.length,
				completed,
				attempts,
				ci: wilsonInterval(completed, attempts),
				time: quartiles(taskTimes(events)),
				seq,
				sus: susSummary(mine).mean,
				errorsPerSession: (summary.counts['validation-error'] ?? 0) / mine.length,
				summary
			}
		];
	});
	return { variants, ...comparability(variants.map((v) => v.sessions)) };
}

/** A duration as the results show it: one decimal, the same rounding everywhere. */
export const formatMs = formatSeconds;

export const CSV_COLUMNS = [
	'study',
	'session',
	'participant',
	'variant',
	'appVersion',
	'time',
	'type',
	'page',
	'step',
	'field',
	'rule',
	'message',
	'task',
	'completed',
	'durationMs',
	'score'
] as const;

function csvCell(v: unknown): string {
	const s = v === undefined || v === null ? '' : String(v);
	// Quote when needed; a leading = + - @, TAB or CR is prefixed so a spreadsheet shows the cell
	// as text instead of running it as a formula.
	const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per event of the given sessions, oldest first. */
export function toCsv(sessions: readonly SessionInfo[], allEvents: readonly StudyEvent[]): string {
	const byId = new Map(sessions.map((s) => [s.id, s]));
	const events = eventsOf(allEvents, new Set(byId.keys()));
	const rows = events.map((e) => {
		const s = byId.get(sessionIdOf(e));
		return [
			s?.studyId ?? e.data.studyId,
			sessionIdOf(e),
			s?.participant ?? e.participantId ?? '',
			s ? variantIdOf(s) : e.data.variant,
			s?.appVersion ?? e.data.appVersion,
			e.createdAt,
			e.type,
			e.page ?? '',
			e.data.step,
			e.data.field,
			e.data.rule,
			e.data.message,
			e.data.title,
			e.data.completed,
			e.data.durationMs,
			e.data.score
		].map(csvCell);
	});
	return [CSV_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

/** The study file's mark and format (the merge checks both). */
export const STUDY_FILE_APP = 'ctsource-research';
export const STUDY_FILE_FORMAT = 2;

/**
 * The study file: every session and event (each carrying its study, session, participant, variant
 * and app version) plus the summary, for another computer to merge or for analysis elsewhere.
 */
export function toJson(
	sessions: readonly SessionInfo[],
	allEvents: readonly StudyEvent[],
	context: { studyId: string; appVersion: string }
) {
	const ids = new Set(sessions.map((s) => s.id));
	const { variants, message } = byVariant(sessions, allEvents);
	return JSON.stringify(
		{
			app: STUDY_FILE_APP,
			format: STUDY_FILE_FORMAT,
			studyId: context.studyId,
			appVersion: context.appVersion,
			exportedAt: new Date().toISOString(),
			sessions,
			events: eventsOf(allEvents, ids),
			summary: summarize(sessions, allEvents),
			byVariant: variants.map(({ summary: _summary, ...figures }) => figures),
			comparison: message
		},
		null,
		2
	);
}
