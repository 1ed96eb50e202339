/**
 * The demo clock: a presenter can "pretend it is" another time (to jump past a solicitation's
 * due date in a demo). The offset from the real clock is kept in localStorage, so every tab of
 * the browser (the agency's and the supplier's) agrees on the time; due dates, sealing and the
 * boards' statuses all read `demoNow()`.
 */
import {
	getWebStorage,
	readJson,
	removeKey,
	WEB_STORAGE_PREFIX,
	writeJson
} from '$lib/storage/web-storage';

export const CLOCK_KEY = `${WEB_STORAGE_PREFIX}clock`;

/** Milliseconds the demo clock is ahead of (or behind) the real one; 0 when not moved. */
export function clockOffset(): number {
	const value = readJson(getWebStorage(), CLOCK_KEY);
	return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Now, by the demo clock (ms since the epoch). */
export function demoNow(): number {
	return Date.now() + clockOffset();
}

/** Moves the demo clock so that it is `instant` now; false when it could not be kept. */
export function pretendItIs(instant: number): boolean {
	return writeJson(getWebStorage(), CLOCK_KEY, instant - Date.now());
}

/** Back to the real time. */
export function resetClock(): void {
	removeKey(getWebStorage(), CLOCK_KEY);
}
