/** How the boards show dates and codes. */
import { SAMPLE_CODES } from '$lib/domain/boards/sample';

/**
 * Made on first use, not when a board's page loads: creating it (locale and time zone data) took
 * about 45 ms of the main thread while /bids hydrated (issue #16), before any time is shown.
 */
let eastern: Intl.DateTimeFormat | undefined;

/** "Dec 15, 2026, 2:00 PM ET": solicitation times are Connecticut (Eastern) times. */
export function easternTime(iso: string): string {
	eastern ??= new Intl.DateTimeFormat('en-US', {
		timeZone: 'America/New_York',
		dateStyle: 'medium',
		timeStyle: 'short'
	});
	return `${eastern.format(new Date(iso))} ET`;
}

/** "Dec 15, 2026" from 'YYYY-MM-DD'. */
export function dayText(isoDay: string): string {
	const [y = 1970, m = 1, d = 1] = isoDay.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', {
		dateStyle: 'medium',
		timeZone: 'UTC'
	});
}

/** "43211503 Notebook computers" when the title is known (the solicitation's own, or a sample's). */
export function codeText(code: string, titles?: Record<string, string>): string {
	const title = titles?.[code] ?? SAMPLE_CODES.find((c) => c.code === code)?.title;
	return title ? `${code} ${title}` : code;
}

export const STATUS_TEXT = {
	draft: 'Draft',
	open: 'Open',
	closed: 'Closed',
	awarded: 'Awarded'
} as const;
