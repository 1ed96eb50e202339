/**
 * Connecticut time: solicitation due dates are Eastern times ("2:00 PM Eastern" by default), what
 * the agency types is an Eastern wall-clock time, and every time on screen says ET.
 */

const ZONE = 'America/New_York';

/** Minutes Eastern time is behind UTC at an instant (300 in winter, 240 in summer). */
function easternOffsetMinutes(instant: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: ZONE,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).formatToParts(new Date(instant));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return Math.round((Math.floor(instant / 60_000) * 60_000 - wall) / 60_000);
}

/**
 * The instant (ms) of an Eastern wall-clock time 'YYYY-MM-DDTHH:MM' (a datetime-local value), or
 * null when it is not one. Across a clock change the offset of the result's own moment is used.
 */
export function easternToInstant(local: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
	if (!m) return null;
	const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
	const asUtc = Date.UTC(y, mo - 1, d, h, mi);
	if (new Date(asUtc).getUTCDate() !== d || h > 23 || mi > 59) return null;
	const guess = asUtc + easternOffsetMinutes(asUtc) * 60_000;
	return asUtc + easternOffsetMinutes(guess) * 60_000;
}

/** The Eastern wall-clock time 'YYYY-MM-DDTHH:MM' of an instant (for a datetime-local field). */
export function instantToEastern(instant: number): string {
	const shifted = new Date(instant - easternOffsetMinutes(instant) * 60_000);
	return shifted.toISOString().slice(0, 16);
}
