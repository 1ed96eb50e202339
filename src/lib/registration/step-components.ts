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
