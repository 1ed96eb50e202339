/**
 * Registers the service worker (kit.serviceWorker.register is off in svelte.config.js) once the
 * page has been painted and the browser is idle. SvelteKit's own registration runs at `load`, and
 * the worker's install then fetches every file of the portal for offline use: on a 2-core machine
 * that work held the first frame of the page back by one to two seconds (Lighthouse traces of `/`
 * and `/register`). A visitor loses nothing by the wait: the worker is for the next visit.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

/** How long after the first paint (or, without one, after load) the worker is registered. */
export const REGISTER_DELAY_MS = 1500;

export function registerWorkerAfterFirstPaint(): void {
	if (!('serviceWorker' in navigator)) return;
	let done = false;
	const register = () => {
		if (done) return;
		done = true;
		navigator.serviceWorker
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			.catch(() => {
				// Blocked (private mode, policy): the portal works online without it.
			});
	};
	const later = () => {
		setTimeout(() => {
			if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
			else register();
		}, REGISTER_DELAY_MS);
	};
	const painted = performance.getEntriesByName('first-contentful-paint').length > 0;
	if (painted || !('PerformanceObserver' in window)) {
		later();
		return;
	}
	const observer = new PerformanceObserver(() => {
		observer.disconnect();
		later();
	});
	try {
		observer.observe({ type: 'paint', buffered: true });
	} catch {
		later();
		return;
	}
	// A page never painted (opened in the background) registers once loaded, a little later.
	setTimeout(() => {
		observer.disconnect();
		later();
	}, 10_000);
}
