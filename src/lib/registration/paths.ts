import { resolve } from '$app/paths';
import type { WizardPage } from './wizard.svelte';

/** URL of a wizard page for a draft: the step is in the path, the draft in the query. */
export function stepHref(step: WizardPage | 'confirmation', draftId: string, hash = ''): string {
	const base = resolve('/register/[step]', { step });
	return `${base}?draft=${encodeURIComponent(draftId)}${hash ? `#${hash}` : ''}`;
}

/** The resume link "Save and Return Later" offers to copy. */
export function resumeHref(draftId: string): string {
	return `${resolve('/register')}?draft=${encodeURIComponent(draftId)}`;
}
