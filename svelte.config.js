import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** Sub-path to build for, e.g. BASE_PATH=/ctsource. Empty means the site root. */
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
/** Output folder; `build` unless BUILD_DIR says otherwise (CI builds a sub-path copy beside it). */
const out = process.env.BUILD_DIR ?? 'build';

/**
 * The SPA fallback page is SvelteKit's bare shell, with no <title> until the app has loaded (a
 * page without a title fails WCAG 2.4.2 and shows a URL in the tab meanwhile). This wraps the
 * static adapter so the fallback gets the site's name as its title before it is compressed; each
 * page sets its own title once it renders.
 * @param {import('@sveltejs/kit').Adapter} inner
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withFallbackTitle(inner) {
	return {
		...inner,
		async adapt(builder) {
			const wrapped = Object.create(builder);
			wrapped.generateFallback = async (/** @type {string} */ dest) => {
				await builder.generateFallback(dest);
				const html = readFileSync(dest, 'utf8');
				if (!html.includes('<title>')) {
					writeFileSync(dest, html.replace('</head>', '\t<title>CTsource</title>\n\t</head>'));
				}
			};
			return inner.adapt(wrapped);
		}
	};
}

/**
 * The build's version (`version` from $app/environment): the commit it was built from, so study
 * results and exports name what was tested; a build with uncommitted changes says so and gets a
 * time too (the service worker's cache is named after it, and must change with the files).
 */
function buildVersion() {
	// Computed once per build: the config is loaded again by the prerendering process, which
	// inherits the environment, so every part of one build names the same version.
	if (process.env.CT_BUILD_VERSION) return process.env.CT_BUILD_VERSION;
	let name;
	try {
		const git = (/** @type {string} */ args) =>
			execSync(`git ${args}`, { stdio: ['ignore', 'pipe', 'ignore'] })
				.toString()
				.trim();
		const commit = git('rev-parse --short=12 HEAD');
		name = git('status --porcelain --untracked-files=no')
			? `${commit}-dirty-${Date.now()}`
			: commit;
	} catch {
		name = process.env.APP_VERSION ?? `unknown-${Date.now()}`;
	}
	process.env.CT_BUILD_VERSION = name;
	return name;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Stylesheets some components import for themselves (see src/styles/uswds.scss).
		alias: { $styles: 'src/styles' },
		// Registered by the root layout after the first paint (src/lib/offline/register-worker.ts).
		serviceWorker: { register: false },
		adapter: withFallbackTitle(
			adapter({
				pages: out,
				assets: out,
				// Any static host serves this page for paths that were not prerendered (see README),
				// so deep links still work.
				fallback: '200.html',
				precompress: true,
				strict: true
			})
		),
		paths: { base, relative: false },
		version: { name: buildVersion() },
		// Each component's CSS up to 4 KB goes inline (hashed into the CSP): a wizard page links the
		// styles of every step it may open (the code selector's too, on Step 2), and each such file
		// is a render-blocking request on a slow connection. The site's stylesheet stays a file.
		inlineStyleThreshold: 4096,
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
