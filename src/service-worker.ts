/**
 * The service worker: makes the whole prototype work offline after the first visit.
 *
 * - install: precaches, into a cache named after this deployment's `version`, the app shell
 *   (`build`: every file Vite emitted, including the hashed UNSPSC data asset the search worker
 *   fetches), the static files, every prerendered page and the SPA fallback page (`200.html`,
 *   which `prerendered` leaves out but every storage-dependent route such as
 *   `/bids/view?id=…` needs offline).
 * - activate: deletes the caches of older deployments and takes control of open pages. It does not
 *   skip waiting by itself: a new deployment waits until the page's "new version" notice
 *   (UpdateNotice.svelte) posts `SKIP_WAITING`.
 * - fetch: page navigations go to the network first and fall back to the cached page (or to the
 *   fallback page for routes that were not prerendered); the precached files (hashed, so they
 *   never change within a version) come from the cache first.
 *
 * Every URL comes from `$service-worker`, so they all carry the base path (BASE_PATH=/ctsource).
 * The `webworker` lib clashes with the DOM lib the rest of the app is checked with, so the few
 * service-worker types used here are declared below.
 */
import { base, build, files, prerendered, version } from '$service-worker';

interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	readonly request: Request;
	respondWith(response: Response | Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
	readonly data: unknown;
}
interface WorkerScope {
	skipWaiting(): Promise<void>;
	readonly clients: { claim(): Promise<void> };
	readonly location: Location;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const sw = self as unknown as WorkerScope;

const CACHE_PREFIX = 'ctsource-';
const CACHE = `${CACHE_PREFIX}${version}`;
/** The page a static host serves for paths with no prerendered page. */
const FALLBACK = `${base}/200.html`;

/** Everything precached: the same list for every install of this version. */
const PRECACHE = [...new Set([...build, ...files, ...prerendered, FALLBACK])];
/** Files that cannot change within a deployment (hashed, or static): served from the cache first. */
const IMMUTABLE = new Set([...build, ...files]);

/**
 * Fetches `url` and stores a clean copy (a redirected response, e.g. `/ctsource` → `/ctsource/`,
 * must not be used to answer a navigation). Throws on any error so a broken deployment never
 * installs half a cache.
 */
async function precache(cache: Cache, url: string): Promise<void> {
	const response = await fetch(url, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`Precaching ${url} failed: HTTP ${response.status}`);
	const copy = response.redirected
		? new Response(await response.blob(), {
				status: response.status,
				statusText: response.statusText,
				headers: response.headers
			})
		: response;
	await cache.put(url, copy);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) => Promise.all(PRECACHE.map((url) => precache(cache, url))))
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: unknown } | null;
	if (data?.type === 'SKIP_WAITING') event.waitUntil(sw.skipWaiting());
});

/** The cached page for a navigation to `url`: its prerendered page, else the fallback page. */
async function cachedPage(url: URL): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	const path = url.pathname;
	const candidates = [path, path.endsWith('/') ? path.slice(0, -1) : `${path}/`, FALLBACK];
	for (const candidate of candidates) {
		if (!candidate) continue;
		const hit = await cache.match(candidate, { ignoreSearch: true });
		if (hit) return hit;
	}
	return undefined;
}

async function navigate(request: Request, url: URL): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const cached = await cachedPage(url);
		if (cached) return cached;
		throw error;
	}
}

async function cacheFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(url.pathname);
	return hit ?? fetch(request);
}

/** Other same-origin GETs: the network, and the cache (if it has the file) when offline. */
async function networkFirst(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const hit = await (await caches.open(CACHE)).match(request, { ignoreSearch: true });
		if (hit) return hit;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.mode === 'navigate') event.respondWith(navigate(request, url));
	else if (IMMUTABLE.has(url.pathname)) event.respondWith(cacheFirst(request, url));
	else event.respondWith(networkFirst(request));
});
