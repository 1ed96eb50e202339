import { existsSync } from 'node:fs';
import {
	COMPONENT_FILES,
	loadStepComponent,
	WIZARD_PAGES
} from '$lib/registration/step-components';
import { evaluationOrder, moduleFiles, type BuildManifest } from '$lib/server/preloads';

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

describe('evaluationOrder', () => {
	const built: BuildManifest = {
		...manifest,
		'.svelte-kit/generated/client-optimized/app.js': {
			file: '_app/immutable/entry/app.js',
			imports: ['_runtime.js']
		},
		'_start.js': { file: '_app/immutable/entry/start.js', imports: ['_runtime.js', '_kit.js'] },
		'_kit.js': { file: '_app/immutable/chunks/kit.js', imports: ['_runtime.js'] }
	};
	const at = (base: string, files: string[]) => files.map((f) => `${base}/_app/immutable/${f}`);

	it('puts each module after the modules it imports, depth first from the first, each once', () => {
		const hrefs = at('', [
			'entry/start.js',
			'chunks/kit.js',
			'chunks/runtime.js',
			'entry/app.js',
			'chunks/step.js',
			'chunks/fields.js',
			'chunks/zod.js'
		]);
		expect(evaluationOrder(built, hrefs)).toEqual(
			at('', [
				'chunks/runtime.js',
				'chunks/kit.js',
				'entry/start.js',
				'entry/app.js',
				// fields and zod import each other: the one reached first is evaluated last
				'chunks/zod.js',
				'chunks/fields.js',
				'chunks/step.js'
			])
		);
	});

	it('keeps the base path, and the place of a module the build does not know', () => {
		const hrefs = ['/ctsource/other.js', ...at('/ctsource', ['entry/start.js'])];
		expect(evaluationOrder(built, hrefs)).toEqual([
			'/ctsource/other.js',
			...at('/ctsource', ['chunks/runtime.js', 'chunks/kit.js', 'entry/start.js'])
		]);
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
});
