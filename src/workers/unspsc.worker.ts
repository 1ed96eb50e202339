/**
 * The UNSPSC search worker (a module worker started by `src/lib/unspsc/client.svelte.ts`).
 *
 * Protocol (every message is a plain object):
 * - in  `{ type: 'init', url }`: fetch the data asset at `url` (the browser caches it), hand its
 *   text to the page (`{ type: 'data', text }`: one download serves both; copying a string is
 *   cheap), then build the search index and post `{ type: 'ready', count }`.
 *   Any failure posts `{ type: 'error', message }`; a later `init` tries again.
 * - in  `{ type: 'search', id, query, limit }`: answered by `{ type: 'results', id, response }`.
 *   Requests queued behind a newer one are dropped unanswered: only the newest request is
 *   searched, once the index is ready. The client also ignores answers for older ids.
 */
import {
	buildSearchIndex,
	search,
	type SearchIndex,
	type SearchResponse
} from '../lib/domain/unspsc/search';
import type { UnspscDataset } from '../lib/domain/unspsc/types';

export type UnspscWorkerRequest =
	{ type: 'init'; url: string } | { type: 'search'; id: number; query: string; limit: number };

export type UnspscWorkerAnswer =
	| { type: 'data'; text: string }
	| { type: 'ready'; count: number }
	| { type: 'error'; message: string }
	| { type: 'results'; id: number; response: SearchResponse };

/** The parts of DedicatedWorkerGlobalScope used here (the webworker lib clashes with DOM's). */
interface WorkerScope {
	postMessage(message: UnspscWorkerAnswer): void;
	addEventListener(
		type: 'message',
		listener: (event: MessageEvent<UnspscWorkerRequest>) => void
	): void;
}

const scope = self as unknown as WorkerScope;

let index: SearchIndex | null = null;
let loading: Promise<void> | null = null;
/** The newest search request not answered yet. */
let pending: Extract<UnspscWorkerRequest, { type: 'search' }> | null = null;
let scheduled = false;

async function init(url: string): Promise<void> {
	try {
		const res = await fetch(url);
		if (!res.ok)
			throw new Error(`The commodity code list could not be loaded (HTTP ${res.status}).`);
		const text = await res.text();
		const data = JSON.parse(text) as UnspscDataset;
		if (data.format !== 1 || !Array.isArray(data.rows)) {
			throw new Error('The commodity code list has an unexpected format.');
		}
		scope.postMessage({ type: 'data', text });
		index = buildSearchIndex(data.rows);
		scope.postMessage({ type: 'ready', count: index.codes.length });
		schedule();
	} catch (e) {
		loading = null;
		const message = e instanceof Error ? e.message : String(e);
		scope.postMessage({ type: 'error', message });
	}
}

/**
 * Searches the newest pending request in a later task, so that requests already queued behind
 * it (fast typing) replace it first instead of each being searched in turn.
 */
function schedule(): void {
	if (scheduled || pending === null || index === null) return;
	scheduled = true;
	setTimeout(run, 0);
}

function run(): void {
	scheduled = false;
	const request = pending;
	pending = null;
	if (request === null || index === null) return;
	const response = search(index, request.query, { limit: request.limit });
	scope.postMessage({ type: 'results', id: request.id, response });
}

scope.addEventListener('message', (event) => {
	const message = event.data;
	if (message.type === 'init') {
		if (index === null && loading === null) loading = init(message.url);
		else if (index !== null) scope.postMessage({ type: 'ready', count: index.codes.length });
	} else if (message.type === 'search') {
		pending = message;
		schedule();
	}
});
