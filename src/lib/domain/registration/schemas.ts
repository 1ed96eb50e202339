/**
 * Each step's zod schema (its shape refined by the step's rules) and the rules by step. Kept apart
 * from steps.ts: building a schema runs code, so importing it pulls every rule into the bundle,
 * and pages that only need the step list or one step's schema stay small.
 */
import { z } from '../zod';
import { codesProblems, codesShape } from './codes';
import { contactProblems, contactShape } from './contact';
import type { FieldProblem } from './fields';
import { instructionsProblems, instructionsShape } from './instructions';
import { organizationProblems, organizationShape } from './organization';
import { STEP_SLUGS, type RegistrationValues, type StepSlug } from './steps';

/** Adds each problem as a zod issue on its field, so superforms shows it there. */
function withProblems<S extends z.ZodMiniObject>(
	shape: S,
	problems: (v: z.infer<S>) => FieldProblem[]
) {
	return shape.check(
		z.superRefine((values, ctx) => {
			for (const p of problems(values as z.infer<S>)) {
				ctx.addIssue({ code: 'custom', message: p.message, path: [p.field] });
			}
		})
	);
}

export const instructionsSchema = withProblems(instructionsShape, instructionsProblems);
export const organizationSchema = withProblems(organizationShape, organizationProblems);
export const contactSchema = withProblems(contactShape, contactProblems);
export const codesSchema = withProblems(codesShape, codesProblems);

const PROBLEMS: { [K in StepSlug]: (values: RegistrationValues[K]) => FieldProblem[] } = {
	instructions: instructionsProblems,
	organization: organizationProblems,
	contact: contactProblems,
	codes: codesProblems
};

/** The problems of one step. */
export function stepProblems<K extends StepSlug>(
	slug: K,
	values: RegistrationValues[K]
): FieldProblem[] {
	return PROBLEMS[slug](values);
}

/** The first step with a problem, for Submit's re-validation; null when all are valid. */
export function firstInvalidStep(values: RegistrationValues): StepSlug | null {
	for (const slug of STEP_SLUGS) {
		if (stepProblems(slug, values[slug] as never).length > 0) return slug;
	}
	return null;
}
