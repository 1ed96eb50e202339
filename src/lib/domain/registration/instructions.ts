/** Step 1 – Instructions and the General Disclaimer. */
import { z } from '../zod';
import { ProblemList, type FieldMeta, type FieldProblem } from './fields';

/** The consent box starts unchecked: nothing is chosen for the person. */
export const instructionsShape = z.object({ agree: z._default(z.boolean(), false) });
export type InstructionsValues = z.infer<typeof instructionsShape>;
export type InstructionsField = keyof InstructionsValues;

export const INSTRUCTIONS_FIELDS = {
	agree: { label: 'Yes, I agree.', required: true }
} as const satisfies Record<InstructionsField, FieldMeta>;

/** The guide's welcome text of Step 1. */
export const WELCOME_TEXT =
	"Welcome to the State of Connecticut's Supplier Registration Process. This registration will quickly allow you to create a username and password in order to view and respond to business opportunities issued by the State of Connecticut. Suppliers are a person or an organization looking to provide something needed to the State of Connecticut, including products and/or services. Examples of Suppliers include: Vendors, contractors, architects, engineers, consultants, service providers, manufacturers, distributors, and any others who are interested in doing business with the State of Connecticut.";

export const QUICK_REGISTRATION_ITEMS = [
	'Organization Information and Main Contact Information including Email Address',
	"Organization's Taxpayer ID Number (TIN/FEIN/SSN)",
	'Business Type (Corporation, LLC, Sole Proprietorship, etc.)',
	'Commodity/Service Code Selection (UNSPSC)'
] as const;

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
