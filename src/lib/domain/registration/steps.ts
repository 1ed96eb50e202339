/**
 * The registration wizard as data: each step's slug (its URL), title, zod schema and labels. The
 * current step comes from the URL, so Back, refresh and deep links work.
 */
import { z } from '../zod';
import { CODES_FIELDS, codesShape, type CodesValues } from './codes';
import { CONTACT_FIELDS, contactShape, type ContactValues } from './contact';
import { coerceValues } from './coerce';
import type { FieldMeta } from './fields';
import { STEP_TITLES } from './instructions-text';
import { INSTRUCTIONS_FIELDS, instructionsShape, type InstructionsValues } from './instructions';
import { ORGANIZATION_FIELDS, organizationShape, type OrganizationValues } from './organization';
import { stepIndex } from './step-list';

export { STEP_LIST, STEP_SLUGS, isStepSlug, stepIndex } from './step-list';

/** Values of every step, as a draft keeps them. */
export interface RegistrationValues {
	instructions: InstructionsValues;
	organization: OrganizationValues;
	contact: ContactValues;
	codes: CodesValues;
}

export type StepSlug = keyof RegistrationValues;

interface StepDef<K extends StepSlug> {
	slug: K;
	/** Name in the step indicator, as the guide's tabs read. */
	title: string;
	fields: Record<keyof RegistrationValues[K] & string, FieldMeta>;
	shape: z.ZodMiniObject;
}

export const STEPS = [
	{
		slug: 'instructions',
		title: STEP_TITLES[0],
		fields: INSTRUCTIONS_FIELDS,
		shape: instructionsShape
	} satisfies StepDef<'instructions'>,
	{
		slug: 'organization',
		title: STEP_TITLES[1],
		fields: ORGANIZATION_FIELDS,
		shape: organizationShape
	} satisfies StepDef<'organization'>,
	{
		slug: 'contact',
		title: STEP_TITLES[2],
		fields: CONTACT_FIELDS,
		shape: contactShape
	} satisfies StepDef<'contact'>,
	{
		slug: 'codes',
		title: STEP_TITLES[3],
		fields: CODES_FIELDS,
		shape: codesShape
	} satisfies StepDef<'codes'>
] as const;

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
	return coerceValues(STEPS[stepIndex(slug)]!.shape, raw) as RegistrationValues[K];
}
