/**
 * USWDS styles, only what is used: the site stylesheet compiles whole USWDS packages (every
 * variant of a button, the mega menu, every grid offset at every breakpoint), of which a page uses
 * about a tenth and the whole portal less than half. This Vite plugin removes, from the built
 * stylesheets, each rule whose selectors all name a class that no built script or page contains.
 *
 * What counts as used is any word in the client's JavaScript (every component's markup is there,
 * `class:` directives and class strings included) or in a built HTML file; a class put together in
 * a template (`usa-alert--${type}`) keeps every class starting with its fixed part. A selector with
 * a class inside `:not(...)`, `:is(...)`, `:where(...)` or `:has(...)` is kept as it is.
 */
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';
import type { Plugin } from 'vite';

/** The class names (and prefixes of composed ones) the sources may put on an element. */
export function usedClasses(sources: readonly string[]): (name: string) => boolean {
	const words = new Set<string>();
	const prefixes = new Set<string>();
	for (const text of sources) {
		// Words, and words with the colon of a responsive prefix ("tablet:grid-col-6").
		for (const word of text.match(/[\w-]+/g) ?? []) words.add(word);
		for (const word of text.match(/[\w-]+(?::[\w-]+)+/g) ?? []) words.add(word);
		for (const m of text.matchAll(/([A-Za-z][\w-]*-)\$\{/g)) prefixes.add(m[1]!);
	}
	const starts = [...prefixes];
	return (name) => words.has(name) || starts.some((p) => name.startsWith(p));
}

const CONDITIONAL = new Set([':not', ':is', ':where', ':has', ':matches']);

/** `css` without the rules whose every selector names an unused class. */
export function purgeCss(css: string, used: (name: string) => boolean): string {
	const root = postcss.parse(css);
	const keepers = selectorParser((selectors) => {
		selectors.each((selector) => {
			let unused = false;
			selector.walkClasses((node) => {
				for (let p = node.parent; p; p = p.parent) {
					if (p.type === 'pseudo' && CONDITIONAL.has(p.value)) return;
				}
				if (!used(node.value)) unused = true;
			});
			if (unused) selector.remove();
		});
	});
	root.walkRules((rule) => {
		if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name))
			return;
		const kept = keepers.processSync(rule.selector);
		if (kept.trim() === '') rule.remove();
		else rule.selector = kept;
	});
	// Media queries and supports blocks left empty go too.
	root.walkAtRules((at) => {
		if (at.nodes && at.nodes.length === 0) at.remove();
	});
	return root.toString();
}

/** The Vite plugin: purges the client build's stylesheets against its scripts. */
export function purgeUnusedCss(): Plugin {
	return {
		name: 'ctsource:purge-unused-css',
		apply: 'build',
		enforce: 'post',
		generateBundle(_options, bundle) {
			const files = Object.values(bundle);
			// Only the client build has the stylesheets people load (the server build's copies are
			// inlined only when small, and are component styles Svelte already scoped).
			if (!files.some((f) => f.type === 'asset' && f.fileName.endsWith('.css'))) return;
			if (!files.some((f) => f.type === 'chunk' && f.fileName.includes('entry/start'))) return;
			const used = usedClasses(
				files
					.filter((f) => !f.fileName.endsWith('.css'))
					.map((f) => (f.type === 'chunk' ? f.code : typeof f.source === 'string' ? f.source : ''))
			);
			for (const file of files) {
				if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
				const css =
					typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
				file.source = purgeCss(css, used);
			}
		}
	};
}
