/**
 * The Usability study page's state: the running session, the recorded sessions and events, the
 * session chosen in Results (its summary, by flow variant, exports) and what the page says
 * (status, error). The page itself is markup.
 */
import { byVariant, summarize, toCsv, toJson } from './analysis';
import {
	deleteStudySession,
	endStudySession,
	listStudyEvents,
	listStudySessions,
	runningStudy,
	type RunningStudy,
	type StudySession
} from './study-sessions';
import type { EventRecord } from '$lib/storage/events';

/** Offers `text` as a file download. */
function download(name: string, type: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export class StudyPage {
	error = $state<string | null>(null);
	status = $state('');
	running = $state<RunningStudy | null>(null);
	sessions = $state<StudySession[]>([]);
	events = $state<EventRecord[]>([]);
	loaded = $state(false);
	/** The session shown in Results, or 'all'. */
	selected = $state('all');

	readonly chosen = $derived(
		this.selected === 'all' ? this.sessions : this.sessions.filter((s) => s.id === this.selected)
	);
	readonly summary = $derived(summarize(this.chosen, this.events));
	readonly variants = $derived(byVariant(this.chosen, this.events));
	readonly fileBase = $derived(
		`ctsource-study-${this.selected === 'all' ? 'all' : (this.chosen[0]?.participant ?? 'session')}`
	);

	refresh = async (): Promise<void> => {
		this.running = runningStudy();
		const [s, e] = await Promise.all([listStudySessions(), listStudyEvents()]);
		if (s.ok) this.sessions = s.value;
		else this.error = s.error.message;
		if (e.ok) this.events = e.value;
		this.loaded = true;
	};

	/** A session was started from the form. */
	started = async (session: StudySession): Promise<void> => {
		this.error = null;
		this.status = `Session started for ${session.participant}.`;
		await this.refresh();
	};

	/** A session could not be started. */
	failed = (message: string): void => {
		this.error = message;
	};

	end = async (): Promise<void> => {
		const r = await endStudySession();
		this.status = r.ok ? 'Session ended.' : r.error.message;
		await this.refresh();
	};

	/** Deletes the chosen session (after the dialog's confirmation). */
	remove = async (): Promise<void> => {
		const r = await deleteStudySession(this.selected);
		this.status = r.ok ? 'The session was deleted.' : r.error.message;
		this.selected = 'all';
		await this.refresh();
	};

	exportCsv = (): void => {
		download(`${this.fileBase}.csv`, 'text/csv', toCsv(this.chosen, this.events));
	};

	exportJson = (): void => {
		download(`${this.fileBase}.json`, 'application/json', toJson(this.chosen, this.events));
	};
}
