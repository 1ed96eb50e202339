import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { isWizardPage, loadStepComponent, WIZARD_PAGES } from '$lib/registration/step-components';
import { wizard } from '$lib/registration/wizard.svelte';
import type { EntryGenerator, PageLoad } from './$types';

// Each step is prerendered as it first looks (see WizardPage); the draft's values are filled in
// by the browser.
export const entries: EntryGenerator = () => WIZARD_PAGES.map((step) => ({ step }));

export const load: PageLoad = async ({ params, url }) => {
	if (!isWizardPage(params.step)) error(404, 'Not found');
	// The draft named in the address is read before the page is built in the browser, so the step
	// is rendered once, with its values, in place of the prerendered frame.
	const draft = browser && params.step !== 'confirmation' ? url.searchParams.get('draft') : null;
	const [Step] = await Promise.all([loadStepComponent(params.step), draft && wizard.open(draft)]);
	return { step: params.step, Step };
};
