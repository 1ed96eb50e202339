/**
 * Finds out when a new deployment's service worker is installed and waiting (src/service-worker.ts
 * never skips waiting by itself), and switches to it when the person asks.
 *
 * Written against the small parts of the Service Worker API it uses, so component tests can hand
 * in a stand-in for `navigator.serviceWorker`.
 */

export interface WorkerLike {
	readonly state: string;
	postMessage(message: unknown): void;
	addEventListener(type: 'statechange', listener: () => void): void;
}

export interface RegistrationLike {
	readonly waiting: WorkerLike | null;
	readonly installing: WorkerLike | null;
	addEventListener(type: 'updatefound', listener: () => void): void;
}

export interface WorkerContainerLike {
	readonly ready: Promise<RegistrationLike>;
	readonly controller: unknown;
	addEventListener(
		type: 'controllerchange',
		listener: () => void,
		options?: { once?: boolean }
	): void;
}

/** The message src/service-worker.ts answers with `skipWaiting()`. */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * Calls `onWaiting` with the new worker when an update is installed and waiting: at once if one
 * already waits, once installed if one was installing when the page started, or when the browser
 * finds one later (it checks on every navigation). The first install (no controller yet) is not
 * an update. Returns a function that stops listening.
 */
export function watchForUpdate(
	container: WorkerContainerLike,
	onWaiting: (worker: WorkerLike) => void
): () => void {
	let stopped = false;
	const report = (worker: WorkerLike | null) => {
		if (!stopped && worker && container.controller) onWaiting(worker);
	};
	const whenInstalled = (worker: WorkerLike | null) =>
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed') report(worker);
		});
	container.ready.then(
		(registration) => {
			if (stopped) return;
			if (registration.waiting) report(registration.waiting);
			// Found before the page started (its `updatefound` has passed): still installing.
			whenInstalled(registration.installing);
			registration.addEventListener('updatefound', () => whenInstalled(registration.installing));
		},
		() => {
			// No service worker (blocked, or registration failed): nothing to update.
		}
	);
	return () => {
		stopped = true;
	};
}

/**
 * Activates the waiting `worker` and reloads the page once it controls the page. If it is no
 * longer waiting (another tab already switched), reloads at once.
 */
export function applyUpdate(
	container: WorkerContainerLike,
	worker: WorkerLike,
	reload: () => void
): void {
	if (worker.state !== 'installed') {
		reload();
		return;
	}
	container.addEventListener('controllerchange', () => reload(), { once: true });
	worker.postMessage(SKIP_WAITING);
}
