import { existsSync } from 'node:fs';
import {
	COMPONENT_FILES,
	loadStepComponent,
	WIZARD_PAGES
} from '$lib/registration/step-components';
import { startAfterPaint } from '$lib/server/head';
import { moduleFiles, type BuildManifest } from '$lib/server/preloads';

const manifest: BuildManifest = {
	'src/lib/registration/steps/OrganizationStep.svelte': {
		file: '_app/immutable/chunks/step.js',
		imports: ['_fields.js', '_runtime.js']
	},
	'_fields.js': { file: '_app/immutable/chunks/fields.js', imports: ['_runtime.js', '_zod.js'] },
	'_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
	'_zod.js': { file: '_app/immutable/chunks/zod.js', imports: ['_fields.js'] }
};

describe('moduleFiles', () => {
	it('lists a module’s chunk, then every chunk it imports, each once', () => {
		expect(moduleFiles(manifest, 'src/lib/registration/steps/OrganizationStep.svelte')).toEqual([
			'_app/immutable/chunks/step.js',
			'_app/immutable/chunks/fields.js',
			'_app/immutable/chunks/runtime.js',
			'_app/immutable/chunks/zod.js'
		]);
	});

	it('lists nothing for a module the build does not know', () => {
		expect(moduleFiles(manifest, 'src/lib/registration/steps/Missing.svelte')).toEqual([]);
	});
});

describe('a wizard step’s code', () => {
	it('names, for every page, the file its route imports', async () => {
		for (const slug of WIZARD_PAGES) {
			const file = COMPONENT_FILES[slug];
			expect(existsSync(file), file).toBe(true);
			// The route loads that very file.
			const imported = (await import(/* @vite-ignore */ `/${file}`)) as { default: unknown };
			expect(await loadStepComponent(slug), slug).toBe(imported.default);
		}
	});

	it('is preloaded with the page’s own modules, once', () => {
		const script = 'Promise.all([import("/a.js")]).then(([kit, app]) => { kit.start(app); });';
		const html = startAfterPaint(
			`<head><link href="/_app/immutable/chunks/runtime.js" rel="modulepreload"></head><script>${script}</script>`,
			['/_app/immutable/chunks/step.js', '/_app/immutable/chunks/runtime.js']
		);
		expect(html).toContain(
			'["/_app/immutable/chunks/runtime.js","/_app/immutable/chunks/step.js"]'
		);
	});
});
