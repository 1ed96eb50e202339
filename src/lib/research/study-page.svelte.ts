/**
 * The Usability study page's state: the running session (recorded in this tab, or running in
 * another tab or since before a restart), the facilitator's setup, the recorded sessions and
 * events, the closing questionnaire's session and what the page says (status, error). The
 * results and the merge load only when there is something to show or a file is chosen.
 */
import {
	endStudySession,
	listStudyEvents,
	listStudySessions,
	loadSetup,
	recordHere,
	runningStudy,
	storedRunning,
	type RunningStudy,
	type StudySession,
	type StudySetup
} from './study-sessions';
import type { EventRecord } from '$lib/storage/events';

/** sessionStorage: the page reloaded after "Next participant" (kept by the clearing). */
const CLEARED_KEY = 'ctsource:research-cleared';

export class StudyPage {
	error = $state<string | null>(null);
	status = $state('');
	/** The session this tab records. */
	running = $state<RunningStudy | null>(null);
	/** A session running in another tab (or since before the browser restarted). */
	elsewhere = $state<RunningStudy | null>(null);
	setup = $state<StudySetup | null>(null);
	sessions = $state<StudySession[]>([]);
	events = $state<EventRecord[]>([]);
	loaded = $state(false);
	/** The session whose closing questionnaire is shown. */
	questionnaire = $state<string | null>(null);
	/** The merge's report, line by line. */
	merged = $state<string[]>([]);

	readonly questionnaireSession = $derived(
		this.sessions.find((s) => s.id === this.questionnaire) ?? null
	);

	constructor(questionnaire: string | null) {
		this.questionnaire = questionnaire;
		if (typeof sessionStorage !== 'undefined') this.cleared();
	}

	refresh = async (): Promise<void> => {
		this.running = runningStudy();
		const [s, e, stored, setup] = await Promise.all([
			listStudySessions(),
			listStudyEvents(),
			storedRunning(),
			loadSetup()
		]);
		this.elsewhere = stored && stored.id !== this.running?.id ? stored : null;
		this.setup = setup;
		if (s.ok) this.sessions = s.value;
		else this.error = s.error.message;
		if (e.ok) this.events = e.value;
		this.loaded = true;
	};

	/** How many sessions of this study code this browser holds (the variant order counts them). */
	sessionsOf = (studyId: string): number =>
		this.sessions.filter((s) => (s.studyId ?? '') === studyId).length;

	/** A session was started from the form. */
	started = async (session: StudySession): Promise<void> => {
		this.error = null;
		this.questionnaire = null;
		this.status = `Session started for ${session.participant}.`;
		await this.refresh();
	};

	/** A session could not be started. */
	failed = (message: string): void => {
		this.error = message;
	};

	/** Ends the running session; the closing questionnaire follows. */
	end = async (): Promise<void> => {
		const r = await endStudySession();
		if (!r.ok) {
			this.status = r.error.message;
			return;
		}
		this.status = 'Session ended. Hand over for the closing questionnaire.';
		this.questionnaire = r.value?.id ?? null;
		await this.refresh();
	};

	/** Records the session that runs elsewhere in this tab from now on. */
	recordHere = async (): Promise<void> => {
		if (!this.elsewhere) return;
		const r = recordHere(this.elsewhere);
		this.status = r.ok
			? `This tab now records the session of ${this.elsewhere.participant}.`
			: r.error.message;
		await this.refresh();
	};

	/** The questionnaire was saved (or skipped). */
	answered = async (message: string): Promise<void> => {
		this.status = message;
		this.questionnaire = null;
		await this.refresh();
	};

	/**
	 * "Next participant" (after a confirmation): deletes what the last participant typed and saved
	 * in this browser, keeping the study, its results and the facilitator's setup; the page loads
	 * again so nothing of theirs stays in memory either.
	 */
	nextParticipant = async (): Promise<void> => {
		const { clearParticipantData } = await import('$lib/storage/transfer');
		const r = await clearParticipantData((key) => key.startsWith('ctsource:research'));
		if (!r.ok) {
			this.error = r.error.message;
			return;
		}
		try {
			sessionStorage.setItem(CLEARED_KEY, '1');
		} catch {
			// The page says nothing after the reload; the data is gone all the same.
		}
		location.reload();
	};

	/** Says, once, that the last participant's data was cleared (after the reload). */
	private cleared(): void {
		try {
			if (sessionStorage.getItem(CLEARED_KEY)) {
				sessionStorage.removeItem(CLEARED_KEY);
				this.status =
					'Ready for the next participant: the last participant’s drafts, accounts, e-mails and sign-ins were deleted. The study and its results are kept.';
			}
		} catch {
			// Nothing to say.
		}
	}

	/** Merges study files exported on other computers. */
	merge = async (files: File[]): Promise<void> => {
		this.merged = [];
		this.error = null;
		const { mergeStudyFiles } = await import('./merge');
		const r = await mergeStudyFiles(files);
		if (r.ok) this.merged = r.value;
		else this.error = r.error.message;
		await this.refresh();
	};
}
