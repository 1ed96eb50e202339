import type { Component } from 'svelte';
import type { WizardPage } from './wizard.svelte';

export type WizardPageSlug = WizardPage | 'confirmation';

// Each page's code loads when the page opens (the code selector and the review page are only
// needed at the end), keeping every page within its JavaScript budget.
const COMPONENTS: Record<WizardPageSlug, () => Promise<{ default: Component }>> = {
	instructions: () => import('./steps/InstructionsStep.svelte'),
	organization: () => import('./steps/OrganizationStep.svelte'),
	contact: () => import('./steps/ContactStep.svelte'),
	codes: () => import('./steps/CodesStep.svelte'),
	review: () => import('./steps/ReviewStep.svelte'),
	confirmation: () => import('./steps/ConfirmationPage.svelte')
};

export const WIZARD_PAGES = Object.keys(COMPONENTS) as WizardPageSlug[];

/**
 * Each page's component file, as the build's manifest names it: prerendering preloads its code
 * with the page's own (src/lib/server/preloads.ts). The same files as the imports above.
 */
export const COMPONENT_FILES: Record<WizardPageSlug, string> = {
	instructions: 'src/lib/registration/steps/InstructionsStep.svelte',
	organization: 'src/lib/registration/steps/OrganizationStep.svelte',
	contact: 'src/lib/registration/steps/ContactStep.svelte',
	codes: 'src/lib/registration/steps/CodesStep.svelte',
	review: 'src/lib/registration/steps/ReviewStep.svelte',
	confirmation: 'src/lib/registration/steps/ConfirmationPage.svelte'
};

export function isWizardPage(slug: string): slug is WizardPageSlug {
	return Object.hasOwn(COMPONENTS, slug);
}

/** The page's component, or null when its code could not be loaded (offline, a new release). */
export async function loadStepComponent(slug: WizardPageSlug): Promise<Component | null> {
	try {
		return (await COMPONENTS[slug]()).default;
	} catch {
		return null;
	}
}
