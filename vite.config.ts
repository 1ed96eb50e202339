import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { purgeUnusedCss } from './scripts/purge-css';

const GOV_BANNER_IMAGES =
	/\/@uswds\/uswds\/dist\/img\/(us_flag_small\.png|icon-dot-gov\.svg|icon-https\.svg)$/;

export default defineConfig({
	plugins: [sveltekit(), purgeUnusedCss()],
	css: {
		preprocessorOptions: {
			scss: {
				loadPaths: ['node_modules/@uswds/uswds/packages'],
				quietDeps: true,
				silenceDeprecations: ['import']
			}
		}
	},
	build: {
		// Small assets are inlined (Vite's default limit, 4 KB); the UNSPSC data is fetched at run
		// time, never inlined. The government banner's images (GovBanner) stay files: inlined as
		// data URLs they would sit in the layout's JavaScript, which every page loads first, and
		// weigh on the home page's JS budget.
		assetsInlineLimit: (file) => (GOV_BANNER_IMAGES.test(file) ? false : undefined),
		rolldownOptions: {
			treeshake: {
				// The form library's adapters index names every schema library; only zod 4's is used.
				// The others are free of side effects but for one property write at the top of the
				// Joi converter, which kept ~1.2 KB (gzip) of it in every page with a form.
				moduleSideEffects: [
					{
						test: /sveltekit-superforms[\\/]dist[\\/]adapters[\\/](?!zod4\.js|adapters\.js)/,
						sideEffects: false
					}
				]
			}
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					globals: true
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts'],
					globals: true,
					// A component test types and tabs through a whole widget in jsdom: on the busy 2-core
					// CI machine the tree keyboard test took over 5 s (the default); it is slow, not stuck.
					testTimeout: 30_000
				}
			}
		]
	}
});
