/**
 * What a solicitation's Requirements tab holds: the Solicitation Standard Terms and Conditions
 * (sample text, marked as such: the State's real document is not reproduced) and the statutory
 * certifications the guide lists, in its words.
 */

export const STATUTORY_NOTICE =
	'Effective July 1, 2021, if Supplier enters into a Contract as a result of Supplier’s response to a Solicitation, Supplier is hereby put on notice that Supplier will be required to make representations or certifications, as applicable, in the Contract consistent with the following Connecticut General Statutes:';

/** The guide's list, in its order and words. */
export const STATUTORY_CERTIFICATIONS: readonly string[] = [
	'Section 4-252, Certification requirements for large state contracts;',
	'Section 4-252a, Certification re whether making certain investments in Iran;',
	'Section 4a-81, Contracts for goods and services over fifty thousand dollars;',
	'Section 4a-60, Nondiscrimination and affirmative action provisions in awarding agency, municipal public works and quasi-public agency project contracts;',
	'Section 4a-60a, Provisions re nondiscrimination on the basis of sexual orientation required in awarding agency, municipal public works and quasi-public agency project contracts; and',
	'Section 9-612, Other contributions by individuals. Principals of investment services firms, state contractors, principals of state contractors, prospective state contractors or principals of prospective state contractors.'
];

export const SAMPLE_TERMS_LABEL =
	'Sample text for this prototype: not the State of Connecticut’s Solicitation Standard Terms and Conditions.';

/** Sample standard terms: the headings a supplier expects, in plain sentences. */
export const SAMPLE_STANDARD_TERMS: readonly { heading: string; text: string }[] = [
	{
		heading: 'Submission',
		text: 'Responses must be submitted in CTsource before the due date and time (Eastern). Late responses are not accepted. A response may be revised or withdrawn until the due date.'
	},
	{
		heading: 'Addenda',
		text: 'The State may publish addenda to this solicitation. A response must acknowledge every addendum before it can be submitted.'
	},
	{
		heading: 'Sealed responses',
		text: 'Responses stay sealed until the due date and time; no one at the State can see them before then.'
	},
	{
		heading: 'Award',
		text: 'Before a contract is awarded, the selected supplier must complete the State of Connecticut’s requirements in its CTsource profile (Contract Award Readiness).'
	}
];
