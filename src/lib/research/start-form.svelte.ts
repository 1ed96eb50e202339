/**
 * "Start a session": the study code, the participant code, the variant (assigned in a balanced
 * order, shown before the session), the tasks and the clean-profile choice on the portal's form
 * pattern ($lib/forms/form.svelte): each code's rule under its field and in the error summary on
 * submit, re-checked when the field is left; a valid form starts the study session. The study
 * code, tasks and order are kept for the next participant.
 */
import { assignVariant } from '$lib/domain/research/counterbalance';
import { FormState } from '$lib/forms/form.svelte';
import type { StudyTask } from '$lib/domain/research/end-states';
import { comparisonOf, VARIANTS, type ComparisonId } from './variants';
import {
	participantProblem,
	startStudySession,
	studyCodeProblem,
	type StudySession,
	type StudySetup,
	type VariantId
} from './study-sessions';

export interface StartValues extends Record<string, unknown> {
	studyId: string;
	participant: string;
	variant: VariantId;
	scheme: StudySetup['scheme'];
	comparison: ComparisonId;
	cleanProfile: boolean;
}

export const SCHEMES: { id: StudySetup['scheme']; label: string }[] = [
	{ id: 'alternate', label: 'Alternating (A, B, A, B…)' },
	{ id: 'latin-square', label: 'Balanced Latin square' }
];

/** The variant the order gives the next participant of this study (sessions so far). */
export function assignedVariant(
	scheme: StudySetup['scheme'],
	comparison: ComparisonId,
	sessionsSoFar: number
): VariantId {
	return assignVariant(sessionsSoFar, comparisonOf(comparison).variants, scheme) as VariantId;
}

/** The rules of the form: the two codes. */
export function startProblems(values: StartValues) {
	const problems: { field: string; message: string }[] = [];
	const study = studyCodeProblem(values.studyId);
	if (study) problems.push({ field: 'studyId', message: study });
	const participant = participantProblem(values.participant);
	if (participant) problems.push({ field: 'participant', message: participant });
	return problems;
}

export const EMPTY_START: StartValues = {
	studyId: '',
	participant: '',
	variant: VARIANTS[0].id,
	scheme: 'alternate',
	comparison: 'review',
	cleanProfile: false
};

/**
 * The form; `started` gets the session started, `failed` the message of a session that could not
 * be started (the page shows both). `tasks` gives the task rows as edited (a row without wording
 * is left out).
 */
export function startSessionForm(
	handlers: {
		started: (session: StudySession) => Promise<void> | void;
		failed: (message: string) => void;
	},
	tasks: () => StudyTask[]
): FormState<StartValues> {
	return new FormState<StartValues>({
		id: 'start-session',
		initial: EMPTY_START,
		problems: startProblems,
		order: ['studyId', 'participant'],
		submit: async (values) => {
			const r = await startStudySession({
				studyId: values.studyId,
				participant: values.participant,
				tasks: tasks()
					.map((t) => ({ ...t, title: t.title.trim() }))
					.filter((t) => t.title),
				variant: values.variant,
				scheme: values.scheme,
				comparison: values.comparison,
				cleanProfile: values.cleanProfile
			});
			if (!r.ok) handlers.failed(r.error.message);
			else await handlers.started(r.value);
		}
	});
}
