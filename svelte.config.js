import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Sub-path to build for, e.g. BASE_PATH=/ctsource. Empty means the site root. */
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
/** Output folder; `build` unless BUILD_DIR says otherwise (CI builds a sub-path copy beside it). */
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: out,
			assets: out,
			// Pages that read browser storage are not prerendered; any static host serves this
			// page for unknown paths (see README) so deep links still work.
			fallback: '200.html',
			precompress: true,
			strict: true
		}),
		paths: { base, relative: false },
		prerender: {
			// Error-summary and "Change" links point at ids that exist only in the browser.
			handleMissingId: 'warn',
			entries: ['*']
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's announcer and app.html's `display: contents` use inline style attributes.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
