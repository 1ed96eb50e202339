/** Step 4 – Commodity/Service Code Selection. */
import { z } from '../zod';
import { ProblemList, type FieldMeta, type FieldProblem } from './fields';

export const codesShape = z.object({
	/** Selected UNSPSC codes (8 digits), any level. */
	codes: z._default(z.array(z.string().check(z.regex(/^\d{8}$/))), []),
	/** "Unknown": no solicitation notifications. Exclusive with codes. */
	unknown: z._default(z.boolean(), false)
});
export type CodesValues = z.infer<typeof codesShape>;
export type CodesField = keyof CodesValues;

export const CODES_FIELDS = {
	codes: { label: 'Commodity/Service Code Selection', required: true },
	unknown: { label: 'Unknown' }
} as const satisfies Record<CodesField, FieldMeta>;

/** The guide's intro text of Step 4. */
export const CODES_INTRO =
	'Select the commodity and service UNSPSC codes below which best apply to your organization\'s business. Selecting these codes will subscribe you to receive email notifications about solicitations posted on the CTSource website. Selecting higher level codes allow you to receive notifications of all sub-categories below. If you do not wish to receive solicitation notifications, please select the code "Unknown".';

export const CODES_SEARCH_HELP =
	'Enter a keyword or search phrase and click Search. Check>Select the category to save your changes.';

export function emptyCodes(): CodesValues {
	return codesShape.parse({});
}

export function codesProblems(v: CodesValues): FieldProblem<CodesField>[] {
	const p = new ProblemList<CodesField>();
	p.add(
		'codes',
		v.codes.length === 0 &&
			!v.unknown &&
			'Select at least one commodity or service code, or select “Unknown” if you do not want solicitation notifications'
	);
	return p.items;
}
