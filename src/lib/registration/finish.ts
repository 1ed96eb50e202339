import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { firstInvalidStep } from '$lib/domain/registration';
import { registrationValues } from './all-values';
import { rememberConfirmation } from './confirmation-access';
import { stepHref } from './paths';
import { submitRegistration } from './submit';
import { wizard } from './wizard.svelte';
import { track } from '$lib/research/recorder';

/**
 * Submit: on success the draft is deleted and the confirmation page opens; a step that fails is
 * reopened with its error summary. Resolves to a message when nothing could be saved.
 */
export async function finishRegistration(): Promise<string | null> {
	await wizard.draft.flush();
	const values = registrationValues();
	const outcome = await submitRegistration(values, firstInvalidStep(values));
	if (outcome.kind === 'failed') return outcome.message;
	if (outcome.kind === 'invalid') {
		wizard.checkStep = outcome.step;
		await goto(stepHref(outcome.step, wizard.draft.id));
		return null;
	}
	track('submit'); // usability study
	await wizard.draft.discard();
	wizard.finished();
	rememberConfirmation(outcome.organization.id);
	await goto(
		`${resolve('/register/[step]', { step: 'confirmation' })}?org=${encodeURIComponent(outcome.organization.id)}`
	);
	return null;
}
