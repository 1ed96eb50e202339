/** Step 1 – Instructions and the General Disclaimer. */
import { z } from '../zod';
import { ProblemList, type FieldMeta, type FieldProblem } from './fields';
import { AGREE_LABEL } from './instructions-text';

/** The consent box starts unchecked: nothing is chosen for the person. */
export const instructionsShape = z.object({ agree: z._default(z.boolean(), false) });
export type InstructionsValues = z.infer<typeof instructionsShape>;
export type InstructionsField = keyof InstructionsValues;

export { QUICK_REGISTRATION_ITEMS, WELCOME_TEXT } from './instructions-text';

export const INSTRUCTIONS_FIELDS = {
	agree: { label: AGREE_LABEL, required: true }
} as const satisfies Record<InstructionsField, FieldMeta>;

export function emptyInstructions(): InstructionsValues {
	return instructionsShape.parse({});
}

export function instructionsProblems(v: InstructionsValues): FieldProblem<InstructionsField>[] {
	const p = new ProblemList<InstructionsField>();
	p.add(
		'agree',
		!v.agree && 'Select “Yes, I agree.” to accept the General Disclaimer before you continue'
	);
	return p.items;
}
