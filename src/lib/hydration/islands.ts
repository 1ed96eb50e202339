/**
 * Islands: parts of a prerendered page hydrated each in a task of its own, after the page (see
 * Island.svelte). Svelte hydrates a page in one task; on a phone a whole page's is a long one
 * (Total Blocking Time). An island's host is rendered empty with the page, so the page's own
 * hydration passes it by; its markup is written into the host afterwards (the hook below) and the
 * island hydrates it later. Used while pages are prerendered, never in the browser; the rendering
 * itself is the hook's (`svelte/server` stays out of the browser's code).
 */
import type { Component } from 'svelte';

interface KeptIsland {
	Island: Component<Record<string, unknown>>;
	props: Record<string, unknown>;
	/** The contexts the island is rendered with: its host's. */
	context: Map<unknown, unknown>;
}

export type RenderIsland = (
	Island: Component<Record<string, unknown>>,
	props: Record<string, unknown>,
	context: Map<unknown, unknown>
) => string;

const kept = new Map<string, KeptIsland>();
let next = 0;

/** Keeps an island's component; the returned token marks its host in the page's HTML. */
export function keepIsland<Props extends Record<string, unknown>>(
	Island: Component<Props>,
	props: Props,
	context: Map<unknown, unknown>
): string {
	const token = String(++next);
	kept.set(token, { Island: Island as Component<Record<string, unknown>>, props, context });
	return token;
}

const HOST = /<div([^>]*?) data-island="(\d+)"([^>]*)><\/div>/g;

/**
 * The page with each kept island's markup, made by `render`, in its host (an island's own
 * islands too); a page without one is unchanged.
 */
export function withIslands(html: string, render: RenderIsland): string {
	let out = html;
	for (let depth = 0; depth < 8; depth++) {
		let found = false;
		out = out.replace(HOST, (host, before: string, token: string, after: string) => {
			const island = kept.get(token);
			if (!island) return host;
			found = true;
			kept.delete(token);
			return `<div${before}${after}>${render(island.Island, island.props, island.context)}</div>`;
		});
		if (!found) break;
	}
	return out;
}
