import type { Component } from 'svelte';
import type { WizardPage } from './wizard.svelte';

export type WizardPageSlug = WizardPage | 'confirmation';

/** Each page's component, in `./steps/`. */
const FILES: Record<WizardPageSlug, string> = {
	instructions: 'InstructionsStep.svelte',
	organization: 'OrganizationStep.svelte',
	contact: 'ContactStep.svelte',
	codes: 'CodesStep.svelte',
	review: 'ReviewStep.svelte',
	confirmation: 'ConfirmationPage.svelte'
};

// Each page's code loads when the page opens (the code selector and the review page are only
// needed at the end), keeping every page within its JavaScript budget.
const COMPONENTS = import.meta.glob<{ default: Component }>([
	'./steps/*Step.svelte',
	'./steps/ConfirmationPage.svelte'
]);

export const WIZARD_PAGES = Object.keys(FILES) as WizardPageSlug[];

/**
 * Each page's component file, as the build's manifest names it: prerendering preloads its code
 * with the page's own (src/lib/server/preloads.ts).
 */
export const COMPONENT_FILES = Object.fromEntries(
	WIZARD_PAGES.map((slug) => [slug, `src/lib/registration/steps/${FILES[slug]}`])
) as Record<WizardPageSlug, string>;

export function isWizardPage(slug: string): slug is WizardPageSlug {
	return Object.hasOwn(FILES, slug);
}

/** The page's component, or null when its code could not be loaded (offline, a new release). */
export async function loadStepComponent(slug: WizardPageSlug): Promise<Component | null> {
	try {
		return (await COMPONENTS[`./steps/${FILES[slug]}`]!()).default;
	} catch {
		return null;
	}
}
