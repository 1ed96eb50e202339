/**
 * Scenario links: a task can start mid-flow, on a step with a persona's earlier steps already
 * entered (the persona's sample values, never a participant's). Opening one saves a new draft,
 * sealed under a new key like any other, and opens it through its resume link. Loaded only when
 * the facilitator opens one.
 */
import { goto } from '$app/navigation';
import { personaValues } from '$lib/domain/registration/personas';
import { stepIndex } from '$lib/domain/registration/step-list';
import { fail, ok, type Result } from '$lib/domain/result';
import { resumeHref } from '$lib/registration/paths';
import { newDraftKey } from '$lib/storage/draft-seal';
import { saveDraft } from '$lib/storage/drafts';
import { track } from './recorder';
import { SCENARIOS } from './scenario-list';

/** Saves the scenario's draft and opens its step. */
export async function openScenario(id: string): Promise<Result<void>> {
	const scenario = SCENARIOS.find((s) => s.id === id);
	if (!scenario) return fail('not-found', 'There is no such scenario.');
	const values = personaValues(scenario.persona);
	const reached = stepIndex(scenario.step);
	const steps = (['instructions', 'organization', 'contact', 'codes'] as const).slice(0, reached);
	const draftId = crypto.randomUUID();
	const key = newDraftKey();
	const saved = await saveDraft({
		id: draftId,
		key,
		values: Object.fromEntries(steps.map((s) => [s, values[s] as Record<string, unknown>])),
		stepReached: reached,
		currentStep: scenario.step,
		baseRevision: 0
	});
	if (!saved.ok) return saved;
	track('scenario', { scenario: scenario.id });
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- resumeHref resolves its path
	await goto(resumeHref(draftId, key));
	return ok(undefined);
}
