/**
 * The prerendered page's head, reordered for the first paint. SvelteKit writes the stylesheet links
 * after the thirty-odd `modulepreload` links of a page; a browser on HTTP/1.1 opens six connections
 * to a host, so the one stylesheet the first paint waits for was requested last, behind the
 * JavaScript (on Lighthouse's slow mobile connection, a second of blank page). Moved in front of
 * them, it is requested first; the JavaScript is not needed to paint a prerendered page.
 */

/** An enabled stylesheet link (the disabled ones stand for styles SvelteKit inlined). */
const STYLESHEET = /[ \t]*<link href="[^"]+" rel="stylesheet">\r?\n?/g;
const FIRST_PRELOAD = /[ \t]*<link href="[^"]+" rel="modulepreload">/;

/** `html` with its enabled stylesheet links moved before the first module preload. */
export function stylesheetsFirst(html: string): string {
	const preload = FIRST_PRELOAD.exec(html);
	if (!preload) return html;
	const links = [...html.slice(preload.index).matchAll(STYLESHEET)].map((m) => m[0]);
	if (links.length === 0) return html;
	const rest = html.slice(preload.index).replace(STYLESHEET, '');
	const indent = /^[ \t]*/.exec(preload[0])![0];
	const moved = links.map((l) => `${indent}${l.trim()}\n`).join('');
	return html.slice(0, preload.index) + moved + rest;
}
