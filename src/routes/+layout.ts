// Every page is prerendered unless its HTML depends on browser storage (those opt out and are
// served by the SPA fallback page, build/200.html).
export const prerender = true;
export const trailingSlash = 'never';
