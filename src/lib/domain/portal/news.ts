/** The dashboard's Message Board: news about the CTsource WebProcure software (sample items). */

export interface NewsItem {
	/** ISO date (YYYY-MM-DD). */
	date: string;
	title: string;
	text: string;
}

/** Sample news of this prototype, newest first. */
export const NEWS: readonly NewsItem[] = [
	{
		date: '2026-11-02',
		title: 'Register with more buyers in Opportunity Management',
		text: 'Other public buyers use WebProcure too. Open the menu under your name and choose Opportunity Management to apply to do business with them.'
	},
	{
		date: '2026-10-19',
		title: 'Tell buyers where you work: Service Regions',
		text: 'Choose the states and territories your organization serves, so buyers know where you can deliver.'
	},
	{
		date: '2026-09-28',
		title: 'Scheduled maintenance',
		text: 'WebProcure will be unavailable on Sunday from 6:00 a.m. to 10:00 a.m. Eastern Time while the software is updated.'
	}
];

/**
 * "November 22, 2026" for an ISO date or date-time. A date alone is a calendar day (read in UTC so
 * it never shifts a day); a date-time is shown in the browser's time zone.
 */
export function formatDate(iso: string): string {
	const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
	const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
	if (Number.isNaN(date.getTime())) return '';
	return date.toLocaleDateString('en-US', {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		...(dateOnly && { timeZone: 'UTC' })
	});
}
