/**
 * Modules a prerendered page imports while it starts, beyond those SvelteKit lists in its head.
 *
 * A wizard step's code is a dynamic import of its route's `load` (see step-components), so the
 * page's head did not name it: the browser learned of the step's code only after the app's own
 * modules had arrived and run, then fetched it and its imports in a second round trip, and Vite's
 * preload helper added their twenty-odd `<link rel="modulepreload">` in the middle of the start
 * (Lighthouse traces of /register/organization, #16). Read from the client build's manifest, they
 * join the page's own preloads (see head.ts): one round trip, and nothing left for the helper.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Vite's build manifest: chunks by source path or chunk key. */
export type BuildManifest = Record<string, { file: string; imports?: string[] }>;

/** Where the client build writes its manifest; it exists when pages are prerendered. */
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

let manifest: BuildManifest | null | undefined;

/** The client build's manifest, or null before there is one (`vite dev`). */
export function clientManifest(): BuildManifest | null {
	manifest ??= existsSync(MANIFEST)
		? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as BuildManifest)
		: null;
	return manifest;
}

/**
 * The files (`_app/immutable/…`) a module needs to run: its own chunk, then the chunks it imports,
 * depth first, each once. Empty when the manifest does not know the module.
 */
export function moduleFiles(manifest: BuildManifest, source: string): string[] {
	const files: string[] = [];
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (seen.has(key) || !chunk) return;
		seen.add(key);
		files.push(chunk.file);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	visit(source);
	return files;
}

/**
 * `hrefs` (the page's module preloads, `…/_app/immutable/…`) in the order the browser evaluates
 * them as the app starts: each module after the modules it imports, depth first, from the first
 * href on (SvelteKit's start, then the app, the page's nodes, a wizard step's code), as the
 * evaluation of an ES module graph goes. Modules the manifest does not know keep their place.
 */
export function evaluationOrder(manifest: BuildManifest, hrefs: readonly string[]): string[] {
	// Built file names end in a content hash: the last segment names one chunk.
	const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
	const chunks = new Map(Object.values(manifest).map((chunk) => [name(chunk.file), chunk]));
	const order: string[] = [];
	const seen = new Set<string>();
	const visit = (href: string) => {
		if (seen.has(href)) return;
		seen.add(href);
		const chunk = chunks.get(name(href));
		if (chunk && href.endsWith(`/${chunk.file}`)) {
			const base = href.slice(0, -chunk.file.length);
			for (const imported of chunk.imports ?? []) {
				const dep = manifest[imported];
				if (dep) visit(base + dep.file);
			}
		}
		order.push(href);
	};
	for (const href of hrefs) visit(href);
	return order;
}
