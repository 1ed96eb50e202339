/**
 * "Start a session": the participant code, the tasks and the clean-profile choice on the portal's
 * form pattern ($lib/forms/form.svelte): the code's rule shown under the field and in the error
 * summary on submit, re-checked when the field is left; a valid form starts the study session.
 */
import { FormState } from '$lib/forms/form.svelte';
import {
	DEFAULT_TASKS,
	parseTasks,
	participantProblem,
	startStudySession,
	type StudySession
} from './study-sessions';

export interface StartValues extends Record<string, unknown> {
	participant: string;
	tasks: string;
	cleanProfile: boolean;
}

/** The rules of the form: only the participant code has one. */
export function startProblems(values: StartValues) {
	const message = participantProblem(values.participant);
	return message ? [{ field: 'participant', message }] : [];
}

/**
 * The form; `started` gets the session started, `failed` the message of a session that could not
 * be started (the page shows both).
 */
export function startSessionForm(handlers: {
	started: (session: StudySession) => Promise<void> | void;
	failed: (message: string) => void;
}): FormState<StartValues> {
	return new FormState<StartValues>({
		id: 'start-session',
		initial: { participant: '', tasks: DEFAULT_TASKS.join('\n'), cleanProfile: false },
		problems: startProblems,
		order: ['participant'],
		submit: async (values) => {
			const r = await startStudySession({
				participant: values.participant,
				tasks: parseTasks(values.tasks),
				cleanProfile: values.cleanProfile
			});
			if (!r.ok) handlers.failed(r.error.message);
			else await handlers.started(r.value);
		}
	});
}
