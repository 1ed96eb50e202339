/**
 * Usability-study sessions: the facilitator's setup (study code, participant code, tasks, variant)
 * kept in the meta store, and the running session.
 *
 * The running session is kept in IndexedDB (so `/research` in any tab, or after a browser restart,
 * can resume or end it) and mirrored in the sessionStorage of the tab that records (so the
 * wizard's hooks in ./recorder can tell at no cost whether to record). A localStorage flag says a
 * session runs somewhere, so a wizard tab that is not recording can say so plainly.
 */
import { version } from '$app/environment';
import { deleteDraft, listDraftIds } from '$lib/storage/drafts';
import { DRAFT_COPY_PREFIX, removeOwnedKeys } from '$lib/storage/web-storage';
import { listEvents, recordEvent } from '$lib/storage/events';
import { deleteMeta, getMeta, setMeta } from '$lib/storage/meta';
import type { EventRecord } from '$lib/storage/events';
import type { Result } from '$lib/domain/result';
import { deleteEvents } from '$lib/storage/events';
import { fail, ok } from '$lib/domain/result';
import { z } from '$lib/storage/validate';
import { saveReviewSetting, saveStyleSetting } from '$lib/registration/flow-settings';
import { STEP_KEY, STUDY_KEY, STUDY_RUNNING_FLAG, TASK_KEY } from './recorder';
import { susScore } from '$lib/domain/research/questionnaires';
import { DEFAULT_STUDY_TASKS, type StudyTask } from '$lib/domain/research/end-states';

export const SESSIONS_META = 'research.sessions';
/** The running session (any tab's), so it can be resumed or ended from any tab. */
export const RUNNING_META = 'research.running';
/** The facilitator's setup kept between participants (study code, tasks, scheme). */
export const SETUP_META = 'research.setup';

export const DEFAULT_TASKS = DEFAULT_STUDY_TASKS.map((t) => t.title);

export { VARIANTS, variantOf, type VariantId } from './variants';
import { variantOf, type ComparisonId, type VariantId } from './variants';

/** Letters, digits and dashes only: a code, never a name. */
export const PARTICIPANT_RE = /^[A-Za-z0-9-]{2,20}$/;
export const PARTICIPANT_HINT =
	'2 to 20 letters, numbers or dashes, for example P-07. Do not enter the participant’s name.';
export const STUDY_HINT =
	'The same code on every lab computer of this study, for example CT-REG-1 (2 to 20 letters, numbers or dashes). Results from other computers merge only when it matches.';

export function participantProblem(code: string): string | null {
	const v = code.trim();
	if (!v) return 'Enter the participant code';
	if (!PARTICIPANT_RE.test(v))
		return 'The participant code must be 2 to 20 letters, numbers or dashes (no names, no spaces)';
	return null;
}

export function studyCodeProblem(code: string): string | null {
	const v = code.trim();
	if (!v) return 'Enter the study code';
	if (!PARTICIPANT_RE.test(v))
		return 'The study code must be 2 to 20 letters, numbers or dashes (no spaces)';
	return null;
}

const answers = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

export const studySessionSchema = z.object({
	id: z.string().check(z.minLength(1)),
	participant: z.string(),
	tasks: z.array(z.string()),
	/** Each task's end state (see END_STATES), in the order of `tasks`. */
	ends: z.optional(z.array(z.string())),
	flow: z.object({ reviewStep: z.boolean() }),
	cleanProfile: z.boolean(),
	startedAt: z.string(),
	endedAt: z.nullable(z.string()),
	/** The study code (the same on every lab computer of one study). */
	studyId: z.optional(z.string()),
	/** The variant's id (see VARIANTS). */
	variant: z.optional(z.string()),
	/** The app's version (the build's commit) the session ran on. */
	appVersion: z.optional(z.string()),
	/** Who ended it: a facilitator's end is never an abandon. */
	endedBy: z.optional(z.enum(['facilitator', 'participant'])),
	/** The System Usability Scale answers (1–5 each), when given. */
	sus: z.optional(z.array(answers(1, 5))),
	/** The participant's optional closing comment. */
	comment: z.optional(z.string().check(z.maxLength(2000)))
});
export type StudySession = z.infer<typeof studySessionSchema>;

const setupSchema = z.object({
	studyId: z.string(),
	tasks: z.array(z.string()),
	ends: z.optional(z.array(z.string())),
	scheme: z.enum(['alternate', 'latin-square']),
	/** What the study compares (see COMPARISONS). */
	comparison: z.optional(z.enum(['review', 'guide']))
});
export type StudySetup = z.infer<typeof setupSchema>;

/** What the hooks need, in sessionStorage (and in IndexedDB for the other tabs). */
export const runningSchema = z.object({
	id: z.string(),
	participant: z.string(),
	tasks: z.array(z.string()),
	ends: z.optional(z.array(z.string())),
	studyId: z.optional(z.string()),
	variant: z.optional(z.string()),
	appVersion: z.optional(z.string())
});
export type RunningStudy = z.infer<typeof runningSchema>;

/** The session this tab records, or null. */
export function runningStudy(): RunningStudy | null {
	try {
		const raw = globalThis.sessionStorage?.getItem(STUDY_KEY);
		return raw ? (JSON.parse(raw) as RunningStudy) : null;
	} catch {
		return null;
	}
}

/** The running session, whichever tab started it (null when none runs). */
export async function storedRunning(): Promise<RunningStudy | null> {
	const stored = await getMeta(RUNNING_META, runningSchema);
	return stored.ok ? stored.value : null;
}

function setFlag(id: string | null) {
	try {
		if (id) localStorage.setItem(STUDY_RUNNING_FLAG, id);
		else localStorage.removeItem(STUDY_RUNNING_FLAG);
	} catch {
		// The warning in other tabs is a courtesy.
	}
}

/** Records in this tab from now on (a session started in another tab, or before a restart). */
export function recordHere(running: RunningStudy): Result<void> {
	try {
		sessionStorage.setItem(STUDY_KEY, JSON.stringify(running));
		sessionStorage.removeItem(STEP_KEY);
		sessionStorage.removeItem(TASK_KEY);
	} catch {
		return fail('unavailable', 'This browser does not let the study session run in this tab.');
	}
	setFlag(running.id);
	return ok(undefined);
}

export async function listStudySessions(): Promise<Result<StudySession[]>> {
	const stored = await getMeta(SESSIONS_META, z.array(studySessionSchema));
	if (!stored.ok) return stored;
	return ok([...(stored.value ?? [])].sort((a, b) => b.startedAt.localeCompare(a.startedAt)));
}

export async function saveSessions(list: StudySession[]) {
	return setMeta(SESSIONS_META, list);
}

/** The facilitator's setup as last used (the defaults before the first session). */
export async function loadSetup(): Promise<StudySetup> {
	const stored = await getMeta(SETUP_META, setupSchema);
	return (
		(stored.ok && stored.value) || {
			studyId: '',
			tasks: DEFAULT_TASKS,
			ends: DEFAULT_STUDY_TASKS.map((t) => t.end),
			scheme: 'alternate'
		}
	);
}

/** The setup's tasks with their end states (a setup saved before end states: decided by hand). */
export function studyTasks(setup: { tasks: string[]; ends?: string[] }): StudyTask[] {
	return setup.tasks.map((title, i) => ({ title, end: setup.ends?.[i] ?? 'manual' }));
}

export async function startStudySession(input: {
	studyId: string;
	participant: string;
	tasks: StudyTask[];
	variant: VariantId;
	scheme: StudySetup['scheme'];
	comparison?: ComparisonId;
	cleanProfile: boolean;
}): Promise<Result<StudySession>> {
	const problem = studyCodeProblem(input.studyId) ?? participantProblem(input.participant);
	if (problem) return fail('invalid', problem);
	const list = await listStudySessions();
	if (!list.ok) return list;
	if (input.cleanProfile) {
		const drafts = await listDraftIds();
		if (drafts.ok) for (const id of drafts.value) await deleteDraft(id);
		removeOwnedKeys(DRAFT_COPY_PREFIX);
	}
	const variant = variantOf(input.variant);
	const flowSaved = await saveReviewSetting(variant.reviewStep);
	if (!flowSaved.ok) return flowSaved;
	const styleSaved = await saveStyleSetting(variant.style);
	if (!styleSaved.ok) return styleSaved;
	const session: StudySession = {
		id: `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
		participant: input.participant.trim(),
		tasks: input.tasks.map((t) => t.title),
		ends: input.tasks.map((t) => t.end),
		flow: { reviewStep: variant.reviewStep },
		cleanProfile: input.cleanProfile,
		startedAt: new Date().toISOString(),
		endedAt: null,
		studyId: input.studyId.trim(),
		variant: variant.id,
		appVersion: version
	};
	const saved = await saveSessions([session, ...list.value]);
	if (!saved.ok) return saved;
	await setMeta(SETUP_META, {
		studyId: input.studyId.trim(),
		tasks: session.tasks,
		ends: session.ends,
		scheme: input.scheme,
		comparison: input.comparison ?? 'review'
	} satisfies StudySetup);
	const running: RunningStudy = {
		id: session.id,
		participant: session.participant,
		tasks: session.tasks,
		ends: session.ends,
		studyId: session.studyId,
		variant: session.variant,
		appVersion: version
	};
	const kept = await setMeta(RUNNING_META, running);
	if (!kept.ok) return kept;
	const here = recordHere(running);
	if (!here.ok) return here;
	await recordEvent({
		type: 'session-start',
		participantId: session.participant,
		page: location.pathname,
		data: {
			sessionId: session.id,
			studyId: session.studyId,
			variant: session.variant,
			appVersion: version,
			reviewStep: session.flow.reviewStep
		}
	});
	return ok(session);
}

/**
 * Ends the running session (this tab's, or one started elsewhere): an open task is closed as not
 * completed; an open step is closed too, never as an abandon (the facilitator ended it).
 */
export async function endStudySession(): Promise<Result<StudySession | null>> {
	const running = runningStudy() ?? (await storedRunning());
	if (!running) return ok(null);
	if (runningStudy()?.id === running.id) {
		const { closeOpen } = await import('./record');
		await closeOpen();
	}
	await recordEvent({
		type: 'session-end',
		participantId: running.participant,
		page: location.pathname,
		data: {
			sessionId: running.id,
			studyId: running.studyId,
			variant: running.variant,
			appVersion: running.appVersion,
			by: 'facilitator'
		}
	});
	try {
		sessionStorage.removeItem(STUDY_KEY);
		sessionStorage.removeItem(STEP_KEY);
		sessionStorage.removeItem(TASK_KEY);
	} catch {
		// Nothing to remove.
	}
	setFlag(null);
	await deleteMeta(RUNNING_META);
	// The wizard is itself again outside a study (an "as the guide" session leaves no trace).
	await saveStyleSetting('improved');
	const list = await listStudySessions();
	if (!list.ok) return list;
	const at = new Date().toISOString();
	const next = list.value.map((s) =>
		s.id === running.id ? { ...s, endedAt: at, endedBy: 'facilitator' as const } : s
	);
	const saved = await saveSessions(next);
	return saved.ok ? ok(next.find((s) => s.id === running.id) ?? null) : saved;
}

/** Keeps a session's System Usability Scale answers and comment (all ten answers needed). */
export async function saveSus(
	sessionId: string,
	answersGiven: readonly (number | null)[],
	comment: string
): Promise<Result<StudySession>> {
	if (susScore(answersGiven) === null)
		return fail('invalid', 'Answer all ten statements (1 to 5) before saving.');
	const list = await listStudySessions();
	if (!list.ok) return list;
	const found = list.value.find((s) => s.id === sessionId);
	if (!found) return fail('not-found', 'This session is no longer in this browser.');
	const updated: StudySession = {
		...found,
		sus: answersGiven as number[],
		...(comment.trim() ? { comment: comment.trim().slice(0, 2000) } : {})
	};
	const saved = await saveSessions(list.value.map((s) => (s.id === sessionId ? updated : s)));
	return saved.ok ? ok(updated) : saved;
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
	if ((await storedRunning())?.id === id) {
		await deleteMeta(RUNNING_META);
		setFlag(null);
	}
	if (runningStudy()?.id === id) {
		try {
			sessionStorage.removeItem(STUDY_KEY);
		} catch {
			// Nothing to remove.
		}
	}
	return ok(undefined);
}
