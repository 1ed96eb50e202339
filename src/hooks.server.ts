import type { Handle, RequestEvent } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { render } from 'svelte/server';
import { COMPONENT_FILES, isWizardPage } from '$lib/registration/step-components';
import { withIslands, type RenderIsland } from '$lib/hydration/islands';
import { startAfterPaint } from '$lib/server/head';
import { clientManifest, evaluationOrder, moduleFiles } from '$lib/server/preloads';

/**
 * The code a page imports as it starts beyond its route's own: a wizard step's component. Only
 * while prerendering: the dev server's modules are not the last build's.
 */
function startsWith(event: RequestEvent): string[] {
	const manifest = building ? clientManifest() : null;
	const step = event.params.step;
	if (!manifest || event.route.id !== '/register/[step]' || !step || !isWizardPage(step)) return [];
	return moduleFiles(manifest, COMPONENT_FILES[step]).map((file) => `${base}/${file}`);
}

/**
 * The modules a page evaluates as it starts, in their evaluation order, so that the start script
 * evaluates them a few per task before it starts the app (see head.ts). Only while prerendering.
 */
function evaluateFirst(hrefs: readonly string[]): string[] {
	const manifest = building ? clientManifest() : null;
	return manifest ? evaluationOrder(manifest, hrefs) : [];
}

/** An island's markup, with its hydration markers, for its host (see islands.ts). */
const islandMarkup: RenderIsland = (Island, props, context) =>
	render(Island, { props, context }).body;

// Runs while pages are prerendered (there is no server at run time).
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			startAfterPaint(withIslands(html, islandMarkup), startsWith(event), evaluateFirst)
	});
