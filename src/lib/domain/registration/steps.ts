/**
 * The registration wizard as data: each step's slug (its URL), title, zod schema and labels. The
 * current step comes from the URL, so Back, refresh and deep links work.
 */
import { z } from '../zod';
import { CODES_FIELDS, codesProblems, codesShape, type CodesValues } from './codes';
import { CONTACT_FIELDS, contactProblems, contactShape, type ContactValues } from './contact';
import type { FieldMeta, FieldProblem } from './fields';
import {
	INSTRUCTIONS_FIELDS,
	instructionsProblems,
	instructionsShape,
	type InstructionsValues
} from './instructions';
import {
	ORGANIZATION_FIELDS,
	organizationProblems,
	organizationShape,
	type OrganizationValues
} from './organization';

/** Values of every step, as a draft keeps them. */
export interface RegistrationValues {
	instructions: InstructionsValues;
	organization: OrganizationValues;
	contact: ContactValues;
	codes: CodesValues;
}

export type StepSlug = keyof RegistrationValues;

/** Adds each problem as a zod issue on its field, so superforms shows it there. */
function withProblems<S extends z.ZodObject>(
	shape: S,
	problems: (v: z.infer<S>) => FieldProblem[]
) {
	return shape.superRefine((values, ctx) => {
		for (const p of problems(values as z.infer<S>)) {
			ctx.addIssue({ code: 'custom', message: p.message, path: [p.field] });
		}
	});
}

export const instructionsSchema = withProblems(instructionsShape, instructionsProblems);
export const organizationSchema = withProblems(organizationShape, organizationProblems);
export const contactSchema = withProblems(contactShape, contactProblems);
export const codesSchema = withProblems(codesShape, codesProblems);

interface StepDef<K extends StepSlug> {
	slug: K;
	/** Name in the step indicator, as the guide's tabs read. */
	title: string;
	fields: Record<keyof RegistrationValues[K] & string, FieldMeta>;
	shape: z.ZodObject;
	problems: (values: RegistrationValues[K]) => FieldProblem[];
}

export const STEPS = [
	{
		slug: 'instructions',
		title: 'Instructions',
		fields: INSTRUCTIONS_FIELDS,
		shape: instructionsShape,
		problems: instructionsProblems
	} satisfies StepDef<'instructions'>,
	{
		slug: 'organization',
		title: 'Organization Information',
		fields: ORGANIZATION_FIELDS,
		shape: organizationShape,
		problems: organizationProblems
	} satisfies StepDef<'organization'>,
	{
		slug: 'contact',
		title: 'Contact Information',
		fields: CONTACT_FIELDS,
		shape: contactShape,
		problems: contactProblems
	} satisfies StepDef<'contact'>,
	{
		slug: 'codes',
		title: 'Commodity/Service Codes',
		fields: CODES_FIELDS,
		shape: codesShape,
		problems: codesProblems
	} satisfies StepDef<'codes'>
] as const;

export const STEP_SLUGS = STEPS.map((s) => s.slug) as StepSlug[];

export function stepIndex(slug: string): number {
	return STEP_SLUGS.indexOf(slug as StepSlug);
}

export function isStepSlug(slug: string): slug is StepSlug {
	return stepIndex(slug) >= 0;
}

export function emptyRegistration(): RegistrationValues {
	return {
		instructions: instructionsShape.parse({}),
		organization: organizationShape.parse({}),
		contact: contactShape.parse({}),
		codes: codesShape.parse({})
	};
}

/**
 * Reads a step's saved values leniently: known fields of the right type are kept, anything else
 * falls back to its default (a draft from an older version still opens).
 */
export function coerceStep<K extends StepSlug>(slug: K, raw: unknown): RegistrationValues[K] {
	const step = STEPS[stepIndex(slug)]!;
	const defaults = step.shape.parse({}) as Record<string, unknown>;
	const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const out: Record<string, unknown> = { ...defaults };
	for (const [key, value] of Object.entries(input)) {
		const field = (step.shape.shape as Record<string, z.ZodType>)[key];
		if (field && field.safeParse(value).success) out[key] = value;
	}
	return out as RegistrationValues[K];
}

/** The problems of one step. */
export function stepProblems<K extends StepSlug>(
	slug: K,
	values: RegistrationValues[K]
): FieldProblem[] {
	return (STEPS[stepIndex(slug)]!.problems as (v: RegistrationValues[K]) => FieldProblem[])(values);
}

/** The first step with a problem, for Submit's re-validation; null when all are valid. */
export function firstInvalidStep(values: RegistrationValues): StepSlug | null {
	for (const slug of STEP_SLUGS) {
		if (stepProblems(slug, values[slug] as never).length > 0) return slug;
	}
	return null;
}
