/**
 * What a study task is for: an end state the app can detect in the events recorded while the task
 * ran, and the expected path (the screens a direct route visits). The facilitator picks a task's
 * end state from this list and edits its wording; "The facilitator decides" leaves success to the
 * facilitator's buttons.
 *
 * Screens are the wizard's steps (from step-enter events), 'resume' (the resume link opened) and
 * 'confirmation' (the registration submitted).
 */

/** One recorded event as the detection needs it (the study's stored events fit). */
export interface TaskEvent {
	type: string;
	data: Record<string, unknown>;
}

export interface EndState {
	id: string;
	/** What the facilitator picks from (the end state in words). */
	label: string;
	/** The screens a direct route visits, in order. */
	path: readonly string[];
	/** Whether the task's events show the end state reached (null: the facilitator decides). */
	reached: ((events: readonly TaskEvent[]) => boolean) | null;
}

const entered = (step: string) => (events: readonly TaskEvent[]) =>
	events.some((e) => e.type === 'step-enter' && e.data.step === step);
const happened = (type: string) => (events: readonly TaskEvent[]) =>
	events.some((e) => e.type === type);

export const END_STATES: readonly EndState[] = [
	{
		id: 'step-1',
		label: 'Step 1 completed (the disclaimer accepted)',
		path: ['instructions', 'organization'],
		reached: entered('organization')
	},
	{
		id: 'step-2',
		label: 'Step 2 completed (organization information)',
		path: ['organization', 'contact'],
		reached: entered('contact')
	},
	{
		id: 'step-3',
		label: 'Step 3 completed (contact information, username and password)',
		path: ['contact', 'codes'],
		reached: entered('codes')
	},
	{
		id: 'resumed',
		label: 'A draft saved and reopened from its link',
		path: ['codes', 'resume', 'codes'],
		reached: happened('resume')
	},
	{
		id: 'step-4',
		label: 'Step 4 completed (commodity codes chosen)',
		path: ['codes', 'review'],
		reached: (events) => entered('review')(events) || happened('submit')(events)
	},
	{
		id: 'submitted',
		label: 'Registration submitted',
		path: ['codes', 'review', 'confirmation'],
		reached: happened('submit')
	},
	{ id: 'manual', label: 'The facilitator decides', path: [], reached: null }
];

export function endStateOf(id: string | undefined): EndState {
	return END_STATES.find((s) => s.id === id) ?? END_STATES[END_STATES.length - 1]!;
}

/** The screens the events visited, in order (a repeated screen listed each time it was entered). */
export function screensOf(events: readonly TaskEvent[]): string[] {
	return events.flatMap((e) => {
		if (e.type === 'step-enter' && typeof e.data.step === 'string') return [e.data.step];
		if (e.type === 'resume') return ['resume'];
		if (e.type === 'submit') return ['confirmation'];
		return [];
	});
}

/** A task the study runs: the wording the participant reads and its end state. */
export interface StudyTask {
	title: string;
	end: string;
}

/** The wizard study's default tasks, each with its end state. */
export const DEFAULT_STUDY_TASKS: readonly StudyTask[] = [
	{ title: 'Start a new registration and accept the disclaimer', end: 'step-1' },
	{ title: 'Enter your organization information', end: 'step-2' },
	{ title: 'Enter your contact information and choose a username and password', end: 'step-3' },
	{ title: 'Save your registration and return to it later', end: 'resumed' },
	{ title: 'Choose the commodity codes for your business', end: 'step-4' },
	{ title: 'Submit your registration', end: 'submitted' }
];
