import { resolve } from '$app/paths';
import type { WizardPage } from './wizard.svelte';

/**
 * URL of a wizard page for a draft: the step is in the path, the draft in the query. `from`
 * 'review' marks a Change link of Check your answers: that step's Next goes back there.
 */
export function stepHref(
	step: WizardPage | 'confirmation',
	draftId: string,
	hash = '',
	from?: 'review'
): string {
	const base = resolve('/register/[step]', { step });
	const back = from ? `&from=${from}` : '';
	return `${base}?draft=${encodeURIComponent(draftId)}${back}${hash ? `#${hash}` : ''}`;
}

/** True on a step opened by a Change link of Check your answers (see stepHref). */
export function openedFromReview(url: URL): boolean {
	return url.searchParams.get('from') === 'review';
}

/**
 * The resume link "Save and Return Later" shows and e-mails. Its fragment holds the draft's id
 * and key: a fragment is never sent to a server, and the resume page removes it from the address
 * bar and history once read.
 */
export function resumeHref(draftId: string, key: string): string {
	const fragment = new URLSearchParams({ draft: draftId, key });
	return `${resolve('/register/resume')}#${fragment}`;
}

/** The draft id and key of a resume link's fragment (`#draft=…&key=…`), or null. */
export function readResumeFragment(hash: string): { id: string; key: string } | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const id = params.get('draft');
	const key = params.get('key');
	return id && key ? { id, key } : null;
}
