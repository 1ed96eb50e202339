/**
 * Registers the service worker (kit.serviceWorker.register is off in svelte.config.js) a few
 * seconds after the page started, when the browser is idle. SvelteKit's own registration runs at
 * `load`, and the worker's install then fetches every file of the portal for offline use: on a
 * 2-core machine that work held the first frame of the page back by one to two seconds
 * (Lighthouse traces of `/` and `/register`). A visitor loses nothing by the wait: the worker is
 * for the next visit, and for working offline once it is installed.
 *
 * A page the worker already controls does not register it again: the browser checks for a new
 * worker on every navigation by itself. Registering again was redundant work, and it raced with a
 * newer worker registered meanwhile (the update browser test stands in for a new deployment with a
 * second script URL; on the busy CI machine the late re-registration of the first URL replaced it).
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

/** How long after the layout mounts the worker is registered (then at the next idle moment). */
export const REGISTER_DELAY_MS = 3000;

export function registerWorkerLater(): void {
	if (!('serviceWorker' in navigator)) return;
	const register = () =>
		navigator.serviceWorker
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			.catch(() => {}); // blocked (private mode, policy): the portal works online without it
	if (navigator.serviceWorker.controller) return;
	setTimeout(() => (self.requestIdleCallback ?? setTimeout)(register), REGISTER_DELAY_MS);
}
