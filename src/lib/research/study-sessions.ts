/**
 * Usability-study sessions: the facilitator's setup (participant code, tasks, flow variant) kept in
 * the meta store, and the running session of this tab mirrored in sessionStorage so the wizard's
 * hooks (./recorder) can tell at no cost whether to record.
 */
import { deleteDraft, listDraftIds } from '$lib/storage/drafts';
import { DRAFT_COPY_PREFIX, removeOwnedKeys } from '$lib/storage/web-storage';
import { listEvents, recordEvent } from '$lib/storage/events';
import { getMeta, setMeta } from '$lib/storage/meta';
import type { EventRecord } from '$lib/storage/events';
import type { Result } from '$lib/domain/result';
import { deleteEvents } from '$lib/storage/events';
import { fail, ok } from '$lib/domain/result';
import { z } from '$lib/storage/validate';
import { loadReviewSetting } from '$lib/registration/wizard.svelte';
import { STUDY_KEY } from './recorder';
import { STEP_KEY, TASK_KEY } from './record';

export const SESSIONS_META = 'research.sessions';

export const DEFAULT_TASKS = [
	'Start a new registration and accept the disclaimer',
	'Enter your organization information',
	'Enter your contact information and choose a username and password',
	'Save your registration and return to it later',
	'Choose the commodity codes for your business',
	'Submit your registration'
];

/** Letters, digits and dashes only: a code, never a name. */
export const PARTICIPANT_RE = /^[A-Za-z0-9-]{2,20}$/;
export const PARTICIPANT_HINT =
	'2 to 20 letters, numbers or dashes, for example P-07. Do not enter the participant’s name.';

export function participantProblem(code: string): string | null {
	const v = code.trim();
	if (!v) return 'Enter the participant code';
	if (!PARTICIPANT_RE.test(v))
		return 'The participant code must be 2 to 20 letters, numbers or dashes (no names, no spaces)';
	return null;
}

export function parseTasks(text: string): string[] {
	return text
		.split('\n')
		.map((t) => t.trim())
		.filter(Boolean)
		.slice(0, 30);
}

export const studySessionSchema = z.object({
	id: z.string().check(z.minLength(1)),
	participant: z.string(),
	tasks: z.array(z.string()),
	flow: z.object({ reviewStep: z.boolean() }),
	cleanProfile: z.boolean(),
	startedAt: z.string(),
	endedAt: z.nullable(z.string())
});
export type StudySession = z.infer<typeof studySessionSchema>;

/** What the hooks need, in sessionStorage. */
export interface RunningStudy {
	id: string;
	participant: string;
	tasks: string[];
}

export function runningStudy(): RunningStudy | null {
	try {
		const raw = globalThis.sessionStorage?.getItem(STUDY_KEY);
		return raw ? (JSON.parse(raw) as RunningStudy) : null;
	} catch {
		return null;
	}
}

export async function listStudySessions(): Promise<Result<StudySession[]>> {
	const stored = await getMeta(SESSIONS_META, z.array(studySessionSchema));
	if (!stored.ok) return stored;
	return ok([...(stored.value ?? [])].sort((a, b) => b.startedAt.localeCompare(a.startedAt)));
}

async function saveSessions(list: StudySession[]) {
	return setMeta(SESSIONS_META, list);
}

export async function startStudySession(input: {
	participant: string;
	tasks: string[];
	cleanProfile: boolean;
}): Promise<Result<StudySession>> {
	const problem = participantProblem(input.participant);
	if (problem) return fail('invalid', problem);
	const list = await listStudySessions();
	if (!list.ok) return list;
	if (input.cleanProfile) {
		const drafts = await listDraftIds();
		if (drafts.ok) for (const id of drafts.value) await deleteDraft(id);
		removeOwnedKeys(DRAFT_COPY_PREFIX);
	}
	const session: StudySession = {
		id: `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
		participant: input.participant.trim(),
		tasks: input.tasks,
		flow: { reviewStep: await loadReviewSetting() },
		cleanProfile: input.cleanProfile,
		startedAt: new Date().toISOString(),
		endedAt: null
	};
	const saved = await saveSessions([session, ...list.value]);
	if (!saved.ok) return saved;
	try {
		const running: RunningStudy = {
			id: session.id,
			participant: session.participant,
			tasks: session.tasks
		};
		sessionStorage.setItem(STUDY_KEY, JSON.stringify(running));
		sessionStorage.removeItem(STEP_KEY);
		sessionStorage.removeItem(TASK_KEY);
	} catch {
		return fail('unavailable', 'This browser does not let the study session run in this tab.');
	}
	await recordEvent({
		type: 'session-start',
		participantId: session.participant,
		page: location.pathname,
		data: { sessionId: session.id, reviewStep: session.flow.reviewStep }
	});
	return ok(session);
}

/** Ends this tab's session: an open step or task is closed (an open step counts as abandoned). */
export async function endStudySession(): Promise<Result<void>> {
	const running = runningStudy();
	if (!running) return ok(undefined);
	const { closeOpen } = await import('./record');
	await closeOpen();
	await recordEvent({
		type: 'session-end',
		participantId: running.participant,
		page: location.pathname,
		data: { sessionId: running.id }
	});
	try {
		sessionStorage.removeItem(STUDY_KEY);
		sessionStorage.removeItem(STEP_KEY);
		sessionStorage.removeItem(TASK_KEY);
	} catch {
		// Nothing to remove.
	}
	const list = await listStudySessions();
	if (!list.ok) return list;
	const at = new Date().toISOString();
	const saved = await saveSessions(
		list.value.map((s) => (s.id === running.id ? { ...s, endedAt: at } : s))
	);
	return saved.ok ? ok(undefined) : saved;
}

/** Every study event (session-scoped events carry data.sessionId). */
export async function listStudyEvents(): Promise<Result<EventRecord[]>> {
	return listEvents();
}

export async function deleteStudySession(id: string): Promise<Result<void>> {
	const list = await listStudySessions();
	if (!list.ok) return list;
	const events = await listEvents();
	if (!events.ok) return events;
	const ids = events.value.filter((e) => e.data.sessionId === id).map((e) => e.id);
	const removed = await deleteEvents(ids);
	if (!removed.ok) return removed;
	const saved = await saveSessions(list.value.filter((s) => s.id !== id));
	if (!saved.ok) return saved;
	if (runningStudy()?.id === id) {
		try {
			sessionStorage.removeItem(STUDY_KEY);
		} catch {
			// Nothing to remove.
		}
	}
	return ok(undefined);
}
