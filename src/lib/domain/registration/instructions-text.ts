/**
 * Step 1's words, apart from its rules: Supplier Registration's first paint shows them without
 * loading the form library or the schemas (see `$lib/registration/StepOnePreview.svelte`).
 */

/** The guide's welcome text of Step 1. */
export const WELCOME_TEXT =
	"Welcome to the State of Connecticut's Supplier Registration Process. This registration will quickly allow you to create a username and password in order to view and respond to business opportunities issued by the State of Connecticut. Suppliers are a person or an organization looking to provide something needed to the State of Connecticut, including products and/or services. Examples of Suppliers include: Vendors, contractors, architects, engineers, consultants, service providers, manufacturers, distributors, and any others who are interested in doing business with the State of Connecticut.";

export const QUICK_REGISTRATION_ITEMS = [
	'Organization Information and Main Contact Information including Email Address',
	"Organization's Taxpayer ID Number (TIN/FEIN/SSN)",
	'Business Type (Corporation, LLC, Sole Proprietorship, etc.)',
	'Commodity/Service Code Selection (UNSPSC)'
] as const;

/** The consent box's label, as the guide writes it. */
export const AGREE_LABEL = 'Yes, I agree.';

/** The step indicator's names, as the guide's tabs read (the wizard's steps, then the review). */
export const STEP_TITLES = [
	'Instructions',
	'Organization Information',
	'Contact Information',
	'Commodity/Service Codes'
] as const;
export const REVIEW_TITLE = 'Check your answers';
