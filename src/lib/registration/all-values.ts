import { coerceStep, type RegistrationValues } from '$lib/domain/registration/steps';
import { wizard } from './wizard.svelte';

/**
 * Every step's values, read leniently from the draft, passwords from memory: for Check your
 * answers and Submit. Apart from the wizard core, because reading every step needs every step's
 * shape, which a step's page does not load.
 */
export function registrationValues(): RegistrationValues {
	const raw = wizard.draft.values;
	return {
		instructions: coerceStep('instructions', raw.instructions),
		organization: coerceStep('organization', raw.organization),
		contact: {
			...coerceStep('contact', raw.contact),
			password: wizard.password,
			confirmPassword: wizard.confirmPassword
		},
		codes: coerceStep('codes', raw.codes)
	};
}
