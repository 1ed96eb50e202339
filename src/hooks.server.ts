import type { Handle } from '@sveltejs/kit';
import { startAfterPaint } from '$lib/server/head';

// Runs while pages are prerendered (there is no server at run time).
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => startAfterPaint(html) });
