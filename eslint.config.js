import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.lighthouse/',
			'src/generated/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// The wizard's links carry the draft in the query; they are built by stepHref()/resumeHref()
		// (src/lib/registration/paths.ts), which start from resolve(). Only the files that link or
		// navigate with them are listed; the step indicator receives such hrefs as props.
		files: [
			'src/routes/register/**',
			'src/lib/registration/{DraftStatus.svelte,WizardForm.svelte,finish.ts,step-form.svelte.ts}',
			'src/lib/registration/steps/ReviewStep.svelte',
			'src/lib/components/StepIndicator.svelte'
		],
		rules: { 'svelte/no-navigation-without-resolve': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
