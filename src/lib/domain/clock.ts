/**
 * "3:45 PM": a time of day as the person's own clock shows it (en-US), written without `Intl`.
 * The first `Intl.DateTimeFormat` a page creates loads the browser's locale data: about 40 ms of
 * a 2-core machine's main thread, in the middle of a wizard step's hydration (Lighthouse traces,
 * issue #16), for a time that needs no locale data.
 */
export function clockTime(date: Date): string {
	const hours = date.getHours();
	const minutes = String(date.getMinutes()).padStart(2, '0');
	return `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}
