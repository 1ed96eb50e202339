/**
 * A FormState loaded on demand, for pages whose size budget cannot take the form library on the
 * first visit (the demo tools): the form is on the page at once, bound to `values` here; the
 * library loads when the person first comes to the form (focus or pointer: `load`), and a submit
 * made before that waits for it. superforms creates its form while a component initializes, so
 * FormHost (a component that shows nothing) creates the FormState once loaded: render it with
 * `{#if lazy.Host}<lazy.Host options={lazy.options} values={lazy.values} ready={lazy.ready} />{/if}` inside the form.
 *
 * Only types come from form.svelte here: importing it would bring superforms into the page.
 */
import type { Component } from 'svelte';
import type { FormState, FormStateOptions, FormValues } from './form.svelte';

/** What FormHost is given. */
export interface FormHostProps<V extends FormValues> {
	options: FormStateOptions<V>;
	/** The values the form shows (the person may have typed already). */
	values: V;
	ready: (form: FormState<V>) => void;
}

export class OnDemandForm<V extends FormValues> {
	values = $state<V>() as V;
	/** The form, once the library loaded. */
	form = $state.raw<FormState<V> | null>(null);
	Host = $state.raw<Component<FormHostProps<V>> | null>(null);
	/** The library could not be loaded (offline...): what to tell the person. */
	loadError = $state<string | null>(null);

	readonly #options: FormStateOptions<V>;
	readonly #ready: Promise<FormState<V>>;
	#resolve: (form: FormState<V>) => void = () => {};
	#loading = false;
	#waiting = false;

	constructor(options: FormStateOptions<V>) {
		this.#options = options;
		this.values = options.initial;
		this.#ready = new Promise((resolve) => (this.#resolve = resolve));
	}

	/** What the Host is given. */
	get options(): FormStateOptions<V> {
		return this.#options;
	}

	/** Loads the form library (once); for the form's `onfocusin` and `onpointerdown`. */
	load = (): void => {
		if (this.#loading) return;
		this.#loading = true;
		this.loadError = null;
		import('./FormHost.svelte').then(
			(module) => {
				this.Host = module.default as unknown as Component<FormHostProps<V>>;
			},
			() => {
				this.#loading = false;
				this.loadError = 'This form could not be loaded. Check your connection and try again.';
			}
		);
	};

	/** The Host created the form. */
	ready = (form: FormState<V>): void => {
		this.form = form;
		this.#resolve(form);
	};

	get submitting(): boolean {
		return this.form?.submitting ?? false;
	}

	/** For the form's `onsubmit`: checks and submits, once the library is in. */
	submit = async (event?: SubmitEvent): Promise<void> => {
		event?.preventDefault();
		if (this.#waiting) return;
		this.load();
		this.#waiting = true;
		const form = await this.#ready;
		this.#waiting = false;
		await form.submit();
	};
}
