import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Nothing in $lib reaches into a route folder. */
const LIB_NEVER_ROUTES = {
	regex: '(^|/)routes/',
	message: 'nothing in $lib imports from src/routes: move the shared code into $lib.'
};

/**
 * The layering rules for a folder: each `{ regex, message }` refuses a static import
 * (no-restricted-imports) and a dynamic `import()` (no-restricted-syntax) of a matching path.
 */
function layer(files, forbidden) {
	return {
		files,
		rules: {
			'no-restricted-imports': ['error', { patterns: forbidden }],
			'no-restricted-syntax': [
				'error',
				...forbidden.map(({ regex, message }) => ({
					selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`,
					message
				}))
			]
		}
	};
}

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
	// The layers (ARCHITECTURE.md): imports only point down. A change that breaks them fails lint;
	// tests/unit/tooling/eslint-layers.test.ts proves each rule fires. A later block replaces an
	// earlier one for the files both match, so each repeats LIB_NEVER_ROUTES.
	layer(['src/lib/**'], [LIB_NEVER_ROUTES]),
	layer(
		['src/lib/domain/**'],
		[
			LIB_NEVER_ROUTES,
			{
				regex: '^\\$lib/(?!domain/)',
				message: 'domain imports nothing of the app: only other domain modules.'
			},
			{
				regex: '^(\\$app/|svelte$|svelte/|idb$)',
				message: 'domain is plain TypeScript: no SvelteKit, Svelte or browser storage.'
			}
		]
	),
	layer(
		['src/lib/storage/**'],
		[
			LIB_NEVER_ROUTES,
			{
				regex: '^\\$lib/(?!domain/|storage/)',
				message: 'storage imports only domain (and other storage modules).'
			}
		]
	),
	layer(
		['src/lib/components/**'],
		[
			LIB_NEVER_ROUTES,
			{
				regex: '(^\\$lib/storage(/|$)|(^|/)storage/)',
				message: 'components take props and raise events: the page or feature module reads storage.'
			}
		]
	),
	layer(
		['src/routes/**'],
		[
			{
				regex: '^\\.\\./(?!styles/)',
				message:
					"a route imports only its own folder's files ('./'): move what two routes share into $lib."
			}
		]
	),
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
