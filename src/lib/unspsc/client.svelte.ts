/**
 * The UNSPSC client: loads the commodity code data where codes are chosen, and searches it off
 * the main thread. One shared instance, `unspsc`.
 *
 * - `load()` starts the search worker (src/workers/unspsc.worker.ts) with the URL of the data
 *   asset. The worker downloads it once (Vite emits it as a hashed file under
 *   `_app/immutable/`, so the browser caches it), hands the text back, and builds the search
 *   index. The page builds its own tree (to browse, and for coverage) from the text in short
 *   tasks: parse, then a `SegmentedTree` one part per task (see segmented-tree.ts), then render.
 *   One `new UnspscTree` of all the data took 50–110 ms in Chromium on the 2-core test machine;
 *   receiving a tree built in the worker was no better (structured-clone deserialization of
 *   13,000 nodes: 40–80 ms in one task).
 * - `search(query)` posts to the worker; only the newest request counts: an older request's
 *   promise resolves `null` as soon as a newer one is made, and late answers are ignored.
 *
 * The JSON is only ever referenced by URL (`?url`): importing it would put 700 KB into a chunk.
 * Tests (jsdom has no Worker) inject an in-process backend with `setUnspscBackendForTests`.
 */
import { browser } from '$app/environment';
import type { SearchResponse } from '$lib/domain/unspsc/search';
import type { UnspscDataset } from '$lib/domain/unspsc/types';
import { buildSegmentedTree, nextTask, type CodeTree } from './segmented-tree';
import type { UnspscWorkerAnswer, UnspscWorkerRequest } from '../../workers/unspsc.worker';
import dataUrl from '../../generated/unspsc.json?url';

export type UnspscStatus = 'idle' | 'loading' | 'ready' | 'error';

export type { CodeTree } from './segmented-tree';

/** What the selector needs: the tree (an `UnspscTree` will do) and a search function. */
export interface UnspscBackend {
	tree: CodeTree;
	search(query: string, limit: number): SearchResponse | Promise<SearchResponse>;
}

/** Main-thread time of the last load, in ms (each step is a task of its own). */
export interface UnspscTimings {
	/** JSON.parse of the asset text. */
	parseMs: number;
	/** Building the tree: all its tasks together. */
	treeMs: number;
	/** Each of those tasks: the split, each part, the whole. */
	treeTaskMs: number[];
	/** Svelte's update when the selector turns ready (the tree's first rows), ms. */
	renderMs: number;
	/** From `load()` until ready. */
	totalMs: number;
}

const DEFAULT_LIMIT = 50;
const LOAD_FAILED = 'The commodity code list could not be loaded.';

export class UnspscClient {
	/** 'idle' until `load()`, then 'loading', then 'ready' (tree and search) or 'error'. */
	status = $state<UnspscStatus>('idle');
	/** What went wrong when `status` is 'error'. */
	error = $state<string | null>(null);
	/** The code tree, once loaded. Not deeply reactive: it never changes once built. */
	tree = $state.raw<CodeTree | null>(null);
	/** Main-thread timings of the last load in a browser (null in tests). */
	timings: UnspscTimings | null = null;

	#worker: Worker | null = null;
	#backend: UnspscBackend | null = null;
	#testBackend: UnspscBackend | (() => Promise<UnspscBackend>) | null = null;
	#nextId = 1;
	// Bookkeeping, not UI state: nothing renders from it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#pending = new Map<number, (response: SearchResponse | null) => void>();
	#indexReady = false;
	#startedAt = 0;

	/** Starts loading (once; again after an error). Safe to call on every mount. */
	load(): void {
		if (this.status === 'loading' || this.status === 'ready') return;
		this.status = 'loading';
		this.error = null;
		if (this.#testBackend) {
			void this.#loadTestBackend(this.#testBackend);
			return;
		}
		if (!browser || typeof Worker === 'undefined') {
			this.#fail('This browser cannot search the commodity codes (Web Workers are not available).');
			return;
		}
		this.#startedAt = performance.now();
		this.#indexReady = false;
		this.#worker?.terminate();
		let worker: Worker;
		try {
			// Vite finds and bundles the worker from this exact `new Worker(new URL(...))` form.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			worker = new Worker(new URL('../../workers/unspsc.worker.ts', import.meta.url), {
				type: 'module'
			});
		} catch {
			this.#fail(LOAD_FAILED);
			return;
		}
		this.#worker = worker;
		worker.addEventListener('message', (event: MessageEvent<UnspscWorkerAnswer>) => {
			if (this.#worker !== worker) return;
			void this.#onMessage(event.data, worker);
		});
		worker.addEventListener('error', () => {
			if (this.#worker === worker) this.#fail(LOAD_FAILED);
		});
		this.#post({ type: 'init', url: dataUrl });
	}

	/**
	 * Searches the codes: the best `limit` matches, best first. Resolves `null` when a newer
	 * search replaced this one before it was answered. Rejects if the data cannot be loaded.
	 */
	search(query: string, limit = DEFAULT_LIMIT): Promise<SearchResponse | null> {
		for (const resolve of this.#pending.values()) resolve(null);
		this.#pending.clear();
		const id = this.#nextId++;
		const backend = this.#backend;
		if (backend) {
			const answer = Promise.resolve(backend.search(query, limit));
			return answer.then((response) => (id === this.#nextId - 1 ? response : null));
		}
		if (this.status === 'error') return Promise.reject(new Error(this.error ?? LOAD_FAILED));
		if (this.status === 'idle') this.load();
		return new Promise((resolve) => {
			this.#pending.set(id, resolve);
			this.#post({ type: 'search', id, query, limit });
		});
	}

	async #onMessage(message: UnspscWorkerAnswer, worker: Worker): Promise<void> {
		switch (message.type) {
			case 'data': {
				const timings: UnspscTimings = {
					parseMs: 0,
					treeMs: 0,
					treeTaskMs: [],
					renderMs: 0,
					totalMs: 0
				};
				let tree: CodeTree;
				try {
					await nextTask();
					const t = performance.now();
					const data = JSON.parse(message.text) as UnspscDataset;
					timings.parseMs = performance.now() - t;
					tree = await buildSegmentedTree(data.rows, (ms) => {
						timings.treeMs += ms;
						timings.treeTaskMs.push(Math.round(ms * 10) / 10);
					});
					// Render the tree in a task of its own.
					await nextTask();
				} catch {
					if (this.#worker === worker) this.#fail(LOAD_FAILED);
					return;
				}
				if (this.#worker !== worker) return; // a newer load() took over
				this.timings = timings;
				this.tree = tree;
				this.#maybeReady();
				break;
			}
			case 'ready':
				this.#indexReady = true;
				this.#maybeReady();
				break;
			case 'results': {
				const resolve = this.#pending.get(message.id);
				this.#pending.delete(message.id);
				resolve?.(message.response);
				break;
			}
			case 'error':
				this.#fail(message.message);
				break;
		}
	}

	#maybeReady(): void {
		if (this.status !== 'loading' || !this.tree || !this.#indexReady) return;
		const t = performance.now();
		this.status = 'ready';
		const timings = this.timings;
		if (timings) {
			timings.totalMs = t - this.#startedAt;
			// Svelte updates the page in a microtask queued by the change above: this one runs after.
			queueMicrotask(() => (timings.renderMs = performance.now() - t));
		}
	}

	#fail(message: string): void {
		this.status = 'error';
		this.error = message;
		this.#worker?.terminate();
		this.#worker = null;
		for (const resolve of this.#pending.values()) resolve(null);
		this.#pending.clear();
	}

	#post(message: UnspscWorkerRequest): void {
		this.#worker?.postMessage(message);
	}

	async #loadTestBackend(source: UnspscBackend | (() => Promise<UnspscBackend>)): Promise<void> {
		try {
			const backend = typeof source === 'function' ? await source() : source;
			if (this.#testBackend !== source) return;
			this.#backend = backend;
			this.tree = backend.tree;
			this.status = 'ready';
		} catch (e) {
			if (this.#testBackend === source) this.#fail(e instanceof Error ? e.message : LOAD_FAILED);
		}
	}

	/** See `setUnspscBackendForTests`. */
	resetForTests(backend: UnspscBackend | (() => Promise<UnspscBackend>) | null): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#pending.clear();
		this.#testBackend = backend;
		this.#backend = null;
		this.tree = null;
		this.error = null;
		this.timings = null;
		this.status = 'idle';
		if (backend && typeof backend !== 'function') {
			this.#backend = backend;
			this.tree = backend.tree;
			this.status = 'ready';
		}
	}
}

/** The shared client. */
export const unspsc = new UnspscClient();

/**
 * Tests only (jsdom has no Worker): replaces the worker with an in-process backend, e.g.
 * `{ tree: new UnspscTree(rows), search: (q, limit) => search(buildSearchIndex(rows), q, { limit }) }`.
 * An object is ready at once; a function is called by `load()` (to test the loading state, or a
 * rejection for the error state). `null` restores the worker.
 */
export function setUnspscBackendForTests(
	backend: UnspscBackend | (() => Promise<UnspscBackend>) | null
): void {
	unspsc.resetForTests(backend);
}
