// Every page is prerendered (svelte.config.js crawls from '*'): the HTML is the page's frame, and
// whatever comes from browser storage (drafts, the session, records) is read and rendered in the
// browser. Paths that were not prerendered are served by the SPA fallback page, build/200.html.
export const prerender = true;
export const trailingSlash = 'never';
