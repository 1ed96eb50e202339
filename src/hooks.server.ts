import type { Handle, RequestEvent } from '@sveltejs/kit';
import { base } from '$app/paths';
import { COMPONENT_FILES, isWizardPage } from '$lib/registration/step-components';
import { startAfterPaint } from '$lib/server/head';
import { clientManifest, moduleFiles } from '$lib/server/preloads';

/** The code a page imports as it starts beyond its route's own: a wizard step's component. */
function startsWith(event: RequestEvent): string[] {
	const manifest = clientManifest();
	const step = event.params.step;
	if (!manifest || event.route.id !== '/register/[step]' || !step || !isWizardPage(step)) return [];
	return moduleFiles(manifest, COMPONENT_FILES[step]).map((file) => `${base}/${file}`);
}

// Runs while pages are prerendered (there is no server at run time).
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => startAfterPaint(html, startsWith(event)) });
