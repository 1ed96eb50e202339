/**
 * The usability-study hooks called from the wizard and the portal navigation. Tiny on purpose:
 * when no study session runs in this tab (nothing in sessionStorage) every call returns at once;
 * the code that writes events (./record) loads only while a session runs.
 */

/** sessionStorage key of the running study session (the ctsource: prefix: wipeAll clears it). */
export const STUDY_KEY = 'ctsource:research-session';
/** sessionStorage: the step open now, the task running, the field last focused (never its value). */
export const STEP_KEY = 'ctsource:research-step';
export const TASK_KEY = 'ctsource:research-task';
export const FIELD_KEY = 'ctsource:research-field';
/** localStorage: the id of the session running in this browser (whichever tab records it). */
export const STUDY_RUNNING_FLAG = 'ctsource:research-running';

function runningFlag(): string | null | undefined {
	try {
		return globalThis.localStorage?.getItem(STUDY_RUNNING_FLAG);
	} catch {
		return undefined;
	}
}

/**
 * True while a study session runs in this tab: this tab records it, and it was not ended in
 * another tab meanwhile (the flag every tab shares names it).
 */
export function studyActive(): boolean {
	try {
		const raw = globalThis.sessionStorage?.getItem(STUDY_KEY);
		if (!raw) return false;
		const flag = runningFlag();
		return flag === undefined || raw.includes(`"id":${JSON.stringify(flag)}`);
	} catch {
		return false;
	}
}

/** A study session runs in this browser but this tab records nothing (the facilitator is told). */
export function studyElsewhere(): boolean {
	return !!runningFlag() && !studyActive();
}

/** Records a study event (never pass typed values in `data`). */
export function track(type: string, data: Record<string, unknown> = {}): void {
	if (studyActive()) void import('./record').then((m) => m.record(type, data));
}

/** A wizard step is open: records step-enter now and step-leave (with duration) on cleanup. */
export function trackStep(step: string | false | undefined): (() => void) | undefined {
	if (!step || !studyActive()) return undefined;
	track('step-enter', { step });
	return () => track('step-leave', { step });
}

/** The messages on screen now, by field: one mistake is one event however often it is shown. */
let shown = new Map<string, string>();

/**
 * The step shows these problems (under a field left, or in the summary after Next): one
 * validation-error event for each message that was not already showing, so a mistake shown on
 * blur and again by Next counts once, and one that is fixed and made again counts twice.
 */
export function trackErrors(errors: readonly { id: string; text: string }[]) {
	const before = shown;
	shown = new Map(errors.map((e) => [e.id, e.text]));
	if (!studyActive()) return;
	for (const e of errors)
		if (before.get(e.id) !== e.text) track('validation-error', { field: e.id, message: e.text });
}

/** A click in the portal navigation: records the Need Help menu and its entries. */
export function trackHelpClick(event: Event) {
	const target = event.target as Element | null;
	if (!studyActive() || !target?.closest) return;
	// The click handler already ran but the DOM still shows the old state: opening, not closing.
	const menu = target.closest('[aria-controls="menu-help"]');
	if (menu && menu.getAttribute('aria-expanded') !== 'true')
		track('help-opened', { what: 'need-help-menu' });
	const link = target.closest('#menu-help a');
	if (link)
		track('help-opened', {
			what: link.getAttribute('href')?.includes('help') ? 'online-help' : 'support-contact'
		});
}
