/**
 * Writes study events (loaded only while a session runs). Nothing typed by the participant is
 * stored: validation errors keep the field, the rule (the fixtures' mistake id when the message is
 * a known one) and the message with anything quoted and every number masked.
 */
import { ALL_MISTAKES } from '$lib/domain/registration/fixtures';
import { isMisclick } from '$lib/domain/research/interaction';
import { recordEvent } from '$lib/storage/events';

import { FIELD_KEY, STEP_KEY, STUDY_KEY, TASK_KEY } from './recorder';
export { FIELD_KEY, STEP_KEY, TASK_KEY };

interface Running {
	id: string;
	participant: string;
	studyId?: string;
	variant?: string;
	appVersion?: string;
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

// By step and message: the organization and contact steps share messages (the ZIP code's).
const ruleKey = (step: string | undefined, message: string) => `${step ?? ''}\u0000${message}`;
const RULES = new Map(ALL_MISTAKES.map((m) => [ruleKey(m.step, m.expectedMessage), m.id] as const));

/** The named mistake a message shown on this step is (its id), or 'unlisted'. */
export function ruleOf(message: string, step: string | undefined): string {
	return RULES.get(ruleKey(step, message)) ?? 'unlisted';
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
			// Left the wizard rather than moving to another step: abandoned (unless the
			// facilitator went to the study page: ending a session there is never an abandon).
			setTimeout(() => {
				const path = location.pathname;
				if (/\/register\/[a-z]|\/research/.test(path) || !read<Running>(STUDY_KEY)) return;
				void save(running, 'abandon', path, {
					step: input.step,
					lastField: read<string>(FIELD_KEY) ?? ''
				});
			}, 500);
			break;
		}
		case 'validation-error': {
			const message = String(input.message ?? '');
			const step = stepOfPath(page);
			data = {
				step,
				field: String(input.field ?? ''),
				rule: ruleOf(message, step),
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
		data: {
			sessionId: running.id,
			studyId: running.studyId,
			variant: running.variant,
			appVersion: running.appVersion,
			at: Date.now(),
			...data
		}
	});
}

/** Task control: the facilitator starts a task (its end state decides success). */
export async function startTask(index: number, title: string, end = 'manual') {
	const running = read<Running>(STUDY_KEY);
	if (!running) return;
	await endTask(false, 'replaced');
	write(TASK_KEY, { index, title, at: Date.now() });
	await save(running, 'task-start', location.pathname, { task: index, title, end });
}

/** The name a form control is recorded by (its name or id; never its value or label text). */
function fieldName(el: Element): string | null {
	if (!(
		el instanceof HTMLInputElement ||
		el instanceof HTMLSelectElement ||
		el instanceof HTMLTextAreaElement
	))
		return null;
	return el.name || el.id || null;
}

function filled(el: Element): boolean {
	if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio'))
		return el.checked;
	return (el as HTMLInputElement).value.trim() !== '';
}

const INTERACTIVE =
	'a[href],button,input,select,textarea,label,summary,[role=button],[role=link],[role=checkbox],[role=radio],[role=tab],[role=option],[role=menuitem],[role=treeitem],[tabindex]';

/**
 * While a session runs in this tab: clicks on things that do nothing (misclicks), and form fields
 * entered and left (field returns, the last field touched), by the field's name only.
 */
/** Only the registration is observed: the facilitator's own clicks on /research are not. */
const onWizard = () => /\/register(\/|$)/.test(location.pathname);

function watch() {
	if (typeof document === 'undefined') return;
	document.addEventListener(
		'click',
		(event) => {
			const running = read<Running>(STUDY_KEY);
			const target = event.target;
			if (!running || !(target instanceof Element) || !onWizard()) return;
			const misclick = isMisclick({
				tag: target.tagName,
				role: target.getAttribute('role'),
				interactiveAncestor: !!target.closest(INTERACTIVE) || !!target.closest('.ct-tasks'),
				disabled: (target as HTMLButtonElement).disabled === true
			});
			if (misclick)
				void save(running, 'misclick', location.pathname, {
					step: stepOfPath(location.pathname),
					tag: target.tagName.toLowerCase()
				});
		},
		true
	);
	for (const [type, name] of [
		['focusin', 'field-focus'],
		['focusout', 'field-blur']
	] as const) {
		document.addEventListener(type, (event) => {
			const running = read<Running>(STUDY_KEY);
			const target = event.target;
			if (!running || !(target instanceof Element) || target.closest('.ct-tasks') || !onWizard())
				return;
			const field = fieldName(target);
			if (!field) return;
			if (name === 'field-focus') write(FIELD_KEY, field);
			void save(running, name, location.pathname, {
				step: stepOfPath(location.pathname),
				field,
				filled: filled(target)
			});
		});
	}
}
watch();

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

/**
 * The facilitator ends the session: the open task ends (not completed) and the open step is left,
 * never as an abandon.
 */
export async function closeOpen() {
	const running = read<Running>(STUDY_KEY);
	if (!running) return;
	await endTask(false, 'session-ended');
	const open = read<{ step: string; at: number }>(STEP_KEY);
	if (open) {
		write(STEP_KEY, null);
		await save(running, 'step-leave', location.pathname, {
			step: open.step,
			durationMs: Date.now() - open.at,
			endedBy: 'facilitator'
		});
	}
}

/** The participant's Single Ease Question answer (1–7) for a task just ended. */
export async function recordSeq(task: { index: number; title: string }, score: number) {
	const running = read<Running>(STUDY_KEY);
	if (!running || !Number.isInteger(score) || score < 1 || score > 7) return;
	await save(running, 'seq', location.pathname, { task: task.index, title: task.title, score });
}
