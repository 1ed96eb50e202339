/**
 * The scenario links a facilitator can open (./scenarios opens them): a step with the earlier
 * steps already entered for a sample persona. Kept apart so the study page lists them without
 * loading the personas.
 */
import type { PersonaId } from '$lib/domain/registration/personas';
import type { StepSlug } from '$lib/domain/registration/steps';

export interface Scenario {
	id: string;
	label: string;
	persona: PersonaId;
	/** The step it opens; every earlier step is entered. */
	step: StepSlug;
}

export const SCENARIOS: readonly Scenario[] = [
	{
		id: 'organization',
		label: 'Step 2, Organization Information, with Step 1 accepted',
		persona: 'parent-fein',
		step: 'organization'
	},
	{
		id: 'contact',
		label: 'Step 3, Contact Information, with Steps 1 and 2 entered for Sample Vendor LLC',
		persona: 'parent-fein',
		step: 'contact'
	}
];
