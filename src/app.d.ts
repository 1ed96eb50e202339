// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/**
			 * The registration draft a wizard page opened without `?draft=` in its first address
			 * (WizardPage names it with a shallow replaceState): Back to that entry reopens it.
			 */
			draft?: string;
		}
		// interface Platform {}
	}
}

export {};
