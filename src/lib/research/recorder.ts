/**
 * The usability-study hooks called from the wizard and the portal navigation. Tiny on purpose:
 * when no study session runs in this tab (nothing in sessionStorage) every call returns at once;
 * the code that writes events (./record) loads only while a session runs.
 */

/** sessionStorage key of the running study session (the ctsource: prefix: wipeAll clears it). */
export const STUDY_KEY = 'ctsource:research-session';

/** True while a study session runs in this tab. */
export function studyActive(): boolean {
	try {
		return !!globalThis.sessionStorage?.getItem(STUDY_KEY);
	} catch {
		return false;
	}
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

let lastErrors = '';

/** The error summary shows these problems (after Next): one validation-error event per field. */
export function trackErrors(attempt: number, errors: readonly { id: string; text: string }[]) {
	const key = `${attempt}:${errors.map((e) => e.id).join(',')}`;
	if (!errors.length || key === lastErrors || !studyActive()) return;
	lastErrors = key;
	for (const e of errors) track('validation-error', { field: e.id, message: e.text });
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
