/**
 * The WebProcure Usage Terms and Conditions shown on a user's first login and again from the user
 * menu's "Usage Terms". The guide gives no text, so these are plain-language sample terms written
 * for this prototype and marked as such wherever they are shown.
 */

export const TERMS_TITLE = 'WebProcure Usage Terms and Conditions';

/** The guide's introduction to the terms page. */
export const TERMS_INTRO =
	'The State of Connecticut has partnered with Perfect Commerce, LLC to provide the WebProcure solution of CTsource. Upon your initial login, you will be presented with the WebProcure Terms and Conditions. Use the vertical scroll bar to view the terms and conditions in their entirety. Once reviewed, click Accept to continue into the application.';

/** The guide's words on declining. */
export const TERMS_DECLINE_NOTE =
	'If you choose to Decline these usage terms and conditions, you will not be able to successfully login to the application or participate in State of Connecticut business opportunities.';

/** Shown with the terms wherever they appear. */
export const TERMS_SAMPLE_NOTE = 'Sample text of this prototype — not the actual WebProcure terms.';

export interface TermsSection {
	title: string;
	paragraphs: readonly string[];
}

export const TERMS_SECTIONS: readonly TermsSection[] = [
	{
		title: 'Who these terms are for',
		paragraphs: [
			'These terms apply to every person who logs in to WebProcure on behalf of a supplier organization. By selecting Accept, you agree to them for yourself and confirm that you may act for your organization.'
		]
	},
	{
		title: 'Your account',
		paragraphs: [
			'Your username and password are for you alone. Do not share them, and do not let another person log in as you. Your organization adds a user account for each person who needs one.',
			'Tell your organization’s main contact at once if you think someone else knows your password, and change it.'
		]
	},
	{
		title: 'Accurate information',
		paragraphs: [
			'Keep your organization’s profile, contacts and commodity codes current. Buyers rely on this information to send you notices of business opportunities and to contact you about contracts.'
		]
	},
	{
		title: 'Using the service',
		paragraphs: [
			'Use WebProcure only to do business with the buyers that use it. Do not try to reach data of another organization, test the security of the service, or slow it down for others.'
		]
	},
	{
		title: 'Solicitations and responses',
		paragraphs: [
			'Each solicitation states its own rules, dates and requirements, and those rules decide how a response is judged. A response counts only when it is submitted in full before the closing date and time the solicitation gives.'
		]
	},
	{
		title: 'Documents you upload',
		paragraphs: [
			'You are responsible for the documents you upload. Upload only documents your organization may share, and do not upload anything that contains harmful software.'
		]
	},
	{
		title: 'Privacy',
		paragraphs: [
			'The information you enter is used to run the service and to let buyers evaluate and contact your organization. Public records laws may require a buyer to disclose some of it.'
		]
	},
	{
		title: 'Availability',
		paragraphs: [
			'The service may be unavailable at times for maintenance or because of technical problems. Submit responses early: a late response is not accepted because the service was slow or unavailable.'
		]
	},
	{
		title: 'Ending access',
		paragraphs: [
			'Your organization’s main contact may suspend or remove your user account. Access may also be suspended if these terms are not followed.'
		]
	},
	{
		title: 'Changes to these terms',
		paragraphs: [
			'These terms may change. When they do, you will be asked to read and accept them again the next time you log in.'
		]
	}
];

/** When the user accepted the terms, in the person's locale, e.g. "May 4, 2026 at 3:45 PM". */
export function formatAcceptedAt(iso: string, locale?: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
		new Date(iso)
	);
}
