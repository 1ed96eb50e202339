/**
 * The wizard's steps as its frame needs them (step indicator, navigation, the draft's progress):
 * slugs, order and names, without any step's rules. Every wizard page loads this, so it imports
 * no shape: a step's rules load with its own page only (steps.ts holds them all, for the review
 * and Submit).
 */
import { STEP_TITLES } from './instructions-text';
import type { StepSlug } from './steps';

export const STEP_SLUGS: StepSlug[] = ['instructions', 'organization', 'contact', 'codes'];

/** Each step's slug and its name in the step indicator, as the guide's tabs read. */
export const STEP_LIST: readonly { slug: StepSlug; title: string }[] = STEP_SLUGS.map(
	(slug, i) => ({ slug, title: STEP_TITLES[i]! })
);

export function stepIndex(slug: string): number {
	return STEP_SLUGS.indexOf(slug as StepSlug);
}

export function isStepSlug(slug: string): slug is StepSlug {
	return stepIndex(slug) >= 0;
}
