/**
 * Pure aggregation of usability-study events for the results view and the exports.
 * Events are the stored records (type, participantId, page, data with sessionId...).
 */

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

/**
 * Completion rate per task: a task attempted in a session is completed when its last task-end
 * there says completed. Tasks listed but never started count as not attempted.
 */
export function taskCompletion(
	sessions: readonly SessionInfo[],
	events: readonly StudyEvent[]
): TaskCompletion[] {
	const titles: string[] = [];
	for (const s of sessions) for (const t of s.tasks) if (!titles.includes(t)) titles.push(t);
	const last = new Map<string, boolean>();
	for (const e of events) {
		if (e.type !== 'task-end') continue;
		const title = eventText(e.data.title);
		if (!titles.includes(title)) titles.push(title);
		last.set(`${sessionIdOf(e)}\u0000${title}`, e.data.completed === true);
	}
	return titles.map((task) => {
		let attempts = 0;
		let completed = 0;
		for (const [key, done] of last) {
			if (key.split('\u0000')[1] !== task) continue;
			attempts++;
			if (done) completed++;
		}
		return { task, attempts, completed, rate: attempts ? completed / attempts : 0 };
	});
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

export function variantLabel(flow: { reviewStep: boolean }) {
	return flow.reviewStep ? 'Review step on' : 'Review step off';
}

/** The same figures for each flow variant that has sessions. */
export function byVariant(sessions: readonly SessionInfo[], events: readonly StudyEvent[]) {
	return [true, false]
		.map((reviewStep) => ({
			label: variantLabel({ reviewStep }),
			reviewStep,
			summary: summarize(
				sessions.filter((s) => s.flow.reviewStep === reviewStep),
				events
			)
		}))
		.filter((v) => v.summary.sessions > 0);
}

export function formatMs(ms: number): string {
	const s = Math.round(ms / 1000);
	return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

export const CSV_COLUMNS = [
	'session',
	'participant',
	'variant',
	'time',
	'type',
	'page',
	'step',
	'field',
	'rule',
	'message',
	'task',
	'completed',
	'durationMs'
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
			sessionIdOf(e),
			s?.participant ?? e.participantId ?? '',
			s ? variantLabel(s.flow) : '',
			e.createdAt,
			e.type,
			e.page ?? '',
			e.data.step,
			e.data.field,
			e.data.rule,
			e.data.message,
			e.data.title,
			e.data.completed,
			e.data.durationMs
		].map(csvCell);
	});
	return [CSV_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

export function toJson(sessions: readonly SessionInfo[], allEvents: readonly StudyEvent[]) {
	const ids = new Set(sessions.map((s) => s.id));
	return JSON.stringify(
		{
			app: 'ctsource-research',
			exportedAt: new Date().toISOString(),
			sessions,
			events: eventsOf(allEvents, ids),
			summary: summarize(sessions, allEvents),
			byVariant: byVariant(sessions, allEvents)
		},
		null,
		2
	);
}
