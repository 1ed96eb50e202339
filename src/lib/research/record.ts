/**
 * Writes study events (loaded only while a session runs). Nothing typed by the participant is
 * stored: validation errors keep the field, the rule (the fixtures' mistake id when the message is
 * a known one) and the message with anything quoted and every number masked.
 */
import { ALL_MISTAKES } from '$lib/domain/registration/fixtures';
import { recordEvent } from '$lib/storage/events';
import { STUDY_KEY } from './recorder';

export const STEP_KEY = 'ctsource:research-step';
export const TASK_KEY = 'ctsource:research-task';

interface Running {
	id: string;
	participant: string;
}

function read<T>(key: string): T | null {
	try {
		const raw = sessionStorage.getItem(key);
		return raw ? (JSON.parse(raw) as T) : null;
	} catch {
		return null;
	}
}

function write(key: string, value: unknown) {
	try {
		if (value === null) sessionStorage.removeItem(key);
		else sessionStorage.setItem(key, JSON.stringify(value));
	} catch {
		// The study keeps going without timing.
	}
}

/**
 * Masks what could come from the person: quoted text, numbers, e-mail-like tokens, and the
 * address message's explanation (it names the chosen state and the one the ZIP code belongs to).
 */
export function sanitizeMessage(message: string): string {
	return message
		.replace(/(please double click here\.) .*$/, '$1')
		.replace(/[“"‘'][^”"’']*[”"’']/g, '“…”')
		.replace(/\S*@\S*/g, '…')
		.replace(/\S*\d\S*/g, '#')
		.slice(0, 300);
}

const RULES = new Map(ALL_MISTAKES.map((m) => [m.expectedMessage, m.id] as const));

export function ruleOf(message: string): string {
	return RULES.get(message) ?? 'unlisted';
}

function stepOfPath(path: string): string | undefined {
	return /\/register\/([a-z-]+)/.exec(path)?.[1];
}

export async function record(type: string, input: Record<string, unknown> = {}) {
	const running = read<Running>(STUDY_KEY);
	if (!running) return;
	const now = Date.now();
	const page = location.pathname;
	let data: Record<string, unknown> = { ...input };
	switch (type) {
		case 'step-enter':
			write(STEP_KEY, { step: input.step, at: now });
			break;
		case 'step-leave': {
			const open = read<{ step: string; at: number }>(STEP_KEY);
			if (!open || open.step !== input.step) return;
			write(STEP_KEY, null);
			data = { ...data, durationMs: now - open.at };
			// Left the wizard rather than moving to another step: abandoned.
			setTimeout(() => {
				if (!/\/register\/[a-z]/.test(location.pathname) && read<Running>(STUDY_KEY)) {
					void save(running, 'abandon', location.pathname, { step: input.step });
				}
			}, 500);
			break;
		}
		case 'validation-error': {
			const message = String(input.message ?? '');
			data = {
				step: stepOfPath(page),
				field: String(input.field ?? ''),
				rule: ruleOf(message),
				message: sanitizeMessage(message)
			};
			break;
		}
		case 'prev':
		case 'save-later':
		case 'submit':
		case 'resume':
			data = { step: stepOfPath(page), ...input };
			break;
	}
	await save(running, type, page, data);
}

async function save(running: Running, type: string, page: string, data: Record<string, unknown>) {
	await recordEvent({
		type,
		participantId: running.participant,
		page,
		data: { sessionId: running.id, at: Date.now(), ...data }
	});
}

/** Task control: the facilitator starts or ends a task. */
export async function startTask(index: number, title: string) {
	const running = read<Running>(STUDY_KEY);
	if (!running) return;
	await endTask(false, 'replaced');
	write(TASK_KEY, { index, title, at: Date.now() });
	await save(running, 'task-start', location.pathname, { task: index, title });
}

export async function endTask(completed: boolean, reason?: string) {
	const running = read<Running>(STUDY_KEY);
	const open = read<{ index: number; title: string; at: number }>(TASK_KEY);
	if (!running || !open) return;
	write(TASK_KEY, null);
	await save(running, 'task-end', location.pathname, {
		task: open.index,
		title: open.title,
		completed,
		durationMs: Date.now() - open.at,
		...(reason && { reason })
	});
}

export function openTask(): { index: number; title: string; at: number } | null {
	return read(TASK_KEY);
}

/** Ending the session: closes the open task (not completed) and the open step (abandoned). */
export async function closeOpen() {
	const running = read<Running>(STUDY_KEY);
	if (!running) return;
	await endTask(false, 'session-ended');
	const open = read<{ step: string; at: number }>(STEP_KEY);
	if (open) {
		write(STEP_KEY, null);
		await save(running, 'step-leave', location.pathname, {
			step: open.step,
			durationMs: Date.now() - open.at
		});
		await save(running, 'abandon', location.pathname, { step: open.step });
	}
}
