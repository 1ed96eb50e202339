/**
 * The layering rules in eslint.config.js (see ARCHITECTURE.md): each fires on a deliberate
 * violation and stays quiet on the allowed import, so a change that breaks the layers fails lint.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('../../..', import.meta.url));
// The import rules need no type information: parsing without the project's TypeScript service
// keeps this test fast and lets it lint paths that do not exist.
const eslint = new ESLint({
	cwd,
	overrideConfig: {
		files: ['**/*.svelte'],
		languageOptions: { parserOptions: { projectService: false } }
	}
});

async function layerProblems(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? [])
		.filter(
			(m) => m.fatal || m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax'
		)
		.map((m) => m.message);
}

describe('the import rules between layers', { timeout: 60_000 }, () => {
	it.each([
		['src/lib/demo/x.ts', "import { a } from '../../routes/register/submit';\nexport { a };\n"],
		['src/lib/demo/x.ts', "export const load = () => import('../../routes/register/submit');\n"]
	])('nothing in $lib imports a route (%s)', async (file, code) => {
		expect(await layerProblems(file, code)).toEqual([
			expect.stringContaining('nothing in $lib imports from src/routes')
		]);
	});

	it('domain imports nothing of the app, nor Svelte, SvelteKit or idb', async () => {
		const file = 'src/lib/domain/boards/x.ts';
		for (const source of [
			'$lib/storage/db',
			'$lib/portal/session.svelte',
			'$lib/components/Alert.svelte'
		]) {
			expect(await layerProblems(file, `import x from '${source}';\nexport { x };\n`)).toEqual([
				expect.stringContaining('domain imports nothing of the app')
			]);
		}
		for (const source of ['$app/environment', 'svelte', 'svelte/store', 'idb']) {
			expect(await layerProblems(file, `import x from '${source}';\nexport { x };\n`)).toEqual([
				expect.stringContaining('domain is plain TypeScript')
			]);
		}
		expect(
			await layerProblems(file, "import { z } from '$lib/domain/zod';\nexport { z };\n")
		).toEqual([]);
	});

	it('storage imports only domain and storage', async () => {
		const file = 'src/lib/storage/x.ts';
		expect(
			await layerProblems(file, "import { s } from '$lib/portal/session.svelte';\nexport { s };\n")
		).toEqual([expect.stringContaining('storage imports only domain')]);
		expect(
			await layerProblems(
				file,
				"import { z } from '$lib/domain/zod';\nimport { db } from '$lib/storage/db';\nexport { z, db };\n"
			)
		).toEqual([]);
	});

	it('components never import storage', async () => {
		const file = 'src/lib/components/Anything.svelte';
		const code = `<script lang="ts">\n\timport { db } from '$lib/storage/db';\n\tvoid db;\n</script>\n`;
		expect(await layerProblems(file, code)).toEqual([
			expect.stringContaining('components take props and raise events')
		]);
	});

	it("a route imports only its own folder's files", async () => {
		const file = 'src/routes/portal/account/anything/+page.svelte';
		const bad = `<script lang="ts">\n\timport X from '../ProfileForm.svelte';\n\tvoid X;\n</script>\n`;
		expect(await layerProblems(file, bad)).toEqual([
			expect.stringContaining("a route imports only its own folder's files")
		]);
		const good = `<script lang="ts">\n\timport X from './Local.svelte';\n\timport Y from '$lib/components/Alert.svelte';\n\tvoid X;\n\tvoid Y;\n</script>\n`;
		expect(await layerProblems(file, good)).toEqual([]);
	});
});
