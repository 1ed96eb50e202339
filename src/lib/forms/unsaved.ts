/**
 * Unsaved changes of the forms on screen, so that nothing typed in the portal is lost:
 *
 * - every FormState made in a component is tracked while the component lives (`trackUnsaved`);
 *   the portal asks before a navigation or a Logout leaves a page with unsaved changes
 *   (`hasUnsaved`, `UNSAVED_QUESTION`);
 * - when the session ends on its own (idle timeout, a logout or password reset in another tab),
 *   the values of the forms with unsaved changes are kept in this tab's memory (`keepUnsaved`),
 *   never in storage, where the next person at the browser could read them; the same user
 *   logging in again in this tab gets them back in the form they left (`takeUnsaved`). Anyone
 *   else logging in drops them.
 */
import { browser } from '$app/environment';

export const UNSAVED_QUESTION =
	'You have changes on this page that are not saved. Leave this page and lose them?';

/** Shown in a form whose values came back after a new login. */
export const RESTORED_MESSAGE =
	'What you typed before your session ended is back in the form. It is not saved yet: press Save.';

/** A form with values the person may not have saved. */
export interface Tracked<V = unknown> {
	/** The form's id (unique on its page). */
	readonly id: string;
	/** The values differ from the ones last loaded or saved. */
	dirty(): boolean;
	/** The values now (a plain copy). */
	snapshot(): V;
}

interface Kept {
	owner: string;
	path: string;
	forms: Map<string, unknown>;
}

const tracked = new Set<Tracked>();
let kept: Kept | null = null;
let owner: () => string | null = () => null;

const here = () => (browser ? location.pathname : '');

/** Starts tracking a form; returns the function that stops it (call it when the form goes). */
export function trackUnsaved(form: Tracked): () => void {
	tracked.add(form);
	return () => tracked.delete(form);
}

/** Some form on screen holds changes that are not saved. */
export function hasUnsaved(): boolean {
	for (const form of tracked) if (form.dirty()) return true;
	return false;
}

/** Nothing unsaved on screen, or the person confirmed leaving it (a browser confirmation). */
export function mayLeave(): boolean {
	return !hasUnsaved() || confirm(UNSAVED_QUESTION);
}

/** Who is signed in (the portal session tells): kept values go back to that user only. */
export function setUnsavedOwner(current: () => string | null): void {
	owner = current;
}

/**
 * The session of `user` ended by itself: keeps the unsaved values of the forms on this page,
 * in memory, for that user's next login in this tab. Returns whether anything was kept.
 */
export function keepUnsaved(user: string): boolean {
	const forms = new Map<string, unknown>();
	for (const form of tracked) if (form.dirty()) forms.set(form.id, form.snapshot());
	kept = forms.size > 0 ? { owner: user, path: here(), forms } : null;
	return kept !== null;
}

/** Values are kept for a new login in this tab. */
export function hasKeptUnsaved(): boolean {
	return kept !== null;
}

/**
 * The values kept for the form `id` on this page for the user signed in now, once (they are
 * forgotten when taken). Kept values of another user are dropped.
 */
export function takeUnsaved<V>(id: string): V | null {
	if (!kept) return null;
	const user = owner();
	if (!user) return null;
	if (kept.owner !== user) {
		kept = null;
		return null;
	}
	if (kept.path !== here() || !kept.forms.has(id)) return null;
	const values = kept.forms.get(id) as V;
	kept.forms.delete(id);
	if (kept.forms.size === 0) kept = null;
	return values;
}

/** Forgets kept values (the person logged out on purpose). */
export function dropUnsaved(): void {
	kept = null;
}

/** Tests: forget everything. */
export function resetUnsavedForTests(): void {
	tracked.clear();
	kept = null;
	owner = () => null;
}
