/**
 * The portal's one form pattern, on sveltekit-superforms in SPA mode with the `zod4Client`
 * adapter (it validates without generating a JSON schema, which keeps pages small):
 *
 * - `spaForm` creates the superForm with the options every form shares;
 * - `rulesSchema` turns a domain rules function (`(values) => FieldProblem[]`) into the schema the
 *   adapter validates, so each problem lands on its field;
 * - `FormFeedback` holds what the person is told: the error summary (only after a submit
 *   attempt, focused again on each attempt) and the blur re-check guard;
 * - `FormState` is a whole form for pages that keep their values in `$state` (My Account, Edit
 *   Users, Log In...): values, per-field errors, blur re-check, async checks added as field errors
 *   and one submit outcome (`SaveOutcome`) rendered by `$lib/portal/SaveOutcome.svelte`.
 *
 * The registration wizard's step form (createStepForm) builds on `spaForm` and `FormFeedback`.
 */
import type { FieldProblem } from '$lib/domain/registration/fields';
import { onDestroy, tick } from 'svelte';
import { fromStore } from 'svelte/store';
import type { SuperForm } from 'sveltekit-superforms';
import { FormFeedback } from './feedback.svelte';
import {
	errorsOf,
	fieldsWithErrors,
	firstError,
	problemsOf,
	rulesSchema,
	spaForm,
	type FormValues,
	type SaveOutcome,
	type SummaryEntry
} from './spa-form';
import { RESTORED_MESSAGE, takeUnsaved, trackUnsaved } from './unsaved';

export * from './spa-form';
export { FormFeedback } from './feedback.svelte';

export interface FormStateOptions<V extends FormValues> {
	/** Unique among the forms on the page (superforms keys its state by it). */
	id: string;
	/** The values the form opens with. */
	initial: V;
	/** Every problem in the values, in page order (the domain's rules). */
	problems: (values: V) => readonly FieldProblem[];
	/**
	 * Checks that need storage (duplicates, taken names), run on each submit after the rules:
	 * given the rules' problems, returns every problem to show.
	 */
	check?: (values: V, problems: readonly FieldProblem[]) => Promise<readonly FieldProblem[]>;
	/**
	 * What submit does with valid values. An outcome is shown by SaveOutcome; `problems` become
	 * field errors (a wrong password...); nothing (void) when the page moves on by itself.
	 */
	submit: (values: V) => Promise<SubmitResult<V> | void> | SubmitResult<V> | void;
	/** The control's id of a field, for the summary's links. @default the field's name */
	idOf?: (field: string) => string;
	/** Fields in page order, for the summary. @default the order of the rules' problems */
	order?: readonly string[];
	/**
	 * The re-check of a field the person leaves (`onFocusOut`). By default once they changed it;
	 * `afterAttempt`: only after a first submit, changed or not; `alone`: the other fields'
	 * messages stay as they are.
	 */
	blur?: { afterAttempt?: boolean; alone?: boolean };
	/** After a first submit, a field's message follows each change at once (`onEdit`, `changed`). */
	live?: boolean;
}

/** What a form's submit came to. */
export type SubmitResult<V> =
	{ outcome: SaveOutcome; values?: V } | { problems: readonly FieldProblem[] };

/**
 * A whole form whose values live in `$state` (bind controls to `form.values.x`): superforms holds
 * a copy for validation and its errors store holds the messages.
 *
 * Made while a component initializes (superforms needs it), the form is tracked for unsaved changes (`dirty`: the
 * values differ from the ones it opened with, was last `set` to or last saved) until the
 * component goes; see ./unsaved.ts. Values kept when the session ended come back here.
 */
export class FormState<V extends FormValues> {
	values = $state<V>() as V;
	readonly feedback = new FormFeedback();
	submitting = $state(false);
	outcome = $state<SaveOutcome | null>(null);

	readonly sf: SuperForm<V>;
	readonly #errors: { current: unknown };
	#options: FormStateOptions<V>;
	/** Fields the person changed (not state: only read when a field loses focus). */
	#edited: Record<string, true> = {};
	/** The values last loaded or saved, as JSON (what `dirty` compares with). */
	#baseline: string;
	/** Values kept when the session ended, not yet shown (a form `set` after it loads). */
	#kept: V | null;

	constructor(options: FormStateOptions<V>) {
		this.#options = options;
		this.#baseline = JSON.stringify(options.initial);
		this.#kept = takeUnsaved<V>(options.id);
		this.values = this.#kept ?? options.initial;
		if (this.#kept) this.outcome = { kind: 'restored', message: RESTORED_MESSAGE };
		this.sf = spaForm(options.id, options.initial, rulesSchema(options.problems));
		this.#errors = fromStore(this.sf.errors);
		this.#track();
	}

	/** The values differ from the ones last loaded or saved. */
	get dirty(): boolean {
		return JSON.stringify($state.snapshot(this.values)) !== this.#baseline;
	}

	/** Tracked while the component that made the form lives (superforms needs one too). */
	#track(): void {
		onDestroy(
			trackUnsaved({
				id: this.#options.id,
				// While a submit runs, a navigation is the submit's own (a page that moves on once saved).
				dirty: () => !this.submitting && this.dirty,
				snapshot: () => $state.snapshot(this.values)
			})
		);
	}

	/** The error summary's entries (after a submit attempt), in page order. */
	get summary(): SummaryEntry[] {
		return this.feedback.summary(this.#errors.current, this.#options.order, this.#options.idOf);
	}

	get attempt(): number {
		return this.feedback.attempt;
	}

	/** The message shown next to a field, if any. */
	error(field: string): string | undefined {
		return firstError(this.#errors.current, field);
	}

	/** The messages shown, in page order. */
	get problems(): FieldProblem[] {
		return problemsOf(this.#errors.current);
	}

	set problems(problems: readonly FieldProblem[]) {
		this.#show(problems);
	}

	/** Each field's message shown (field → message), for field groups that take them all. */
	get messages(): Record<string, string> {
		return Object.fromEntries(this.problems.map((p) => [p.field, p.message]));
	}

	/** Whether any field shows a message. */
	get hasErrors(): boolean {
		return fieldsWithErrors(this.#errors.current).length > 0;
	}

	/** The person typed in or changed a field (input and change events of the form). */
	edited(field: string): void {
		if (field) this.#edited[field] = true;
	}

	/**
	 * A field changed, by the person or by a page action (Select all...): marked edited and, in a
	 * `live` form after a first submit, checked again at once.
	 */
	changed(field: string): void {
		if (!field) return;
		this.edited(field);
		if (this.#options.live && this.attempt > 0) void this.validateField(field, true);
	}

	/** For the form's `oninput` / `onchange`. */
	onEdit = (event: Event): void => {
		const target = event.target;
		if (target instanceof HTMLElement) this.changed(target.getAttribute('name') ?? '');
	};

	/** For the form's `onfocusout`: re-checks the field left, unless focus went to `[data-save]`. */
	onFocusOut = (event: FocusEvent): void => {
		const blur = this.#options.blur ?? {};
		this.feedback.blurred(event, 'data-save', (field) => {
			if (blur.afterAttempt && this.attempt === 0) return;
			void this.validateField(field, !!blur.afterAttempt, !!blur.alone);
		});
	};

	/**
	 * Re-checks one field when it loses focus, once it was changed (or `force`): its message
	 * appears, changes or goes; the others shown keep theirs (updated, or gone when fixed; with
	 * `alone`, left as they are).
	 */
	async validateField(field: string, force = false, alone = false): Promise<void> {
		if (!force && !this.#edited[field]) return;
		const all = await this.#validate($state.snapshot(this.values) as V);
		const shown = this.problems;
		const mine = all.filter((p) => p.field === field);
		if (alone) {
			const others = shown.filter((p) => p.field !== field);
			// Keep page order: the field's message goes where the rules put it.
			const order = [...all, ...shown]
				.map((p) => p.field)
				.filter((f, i, list) => list.indexOf(f) === i);
			const next = [...others, ...mine];
			this.#show(order.flatMap((f) => next.filter((p) => p.field === f)));
			return;
		}
		const shownFields = shown.map((p) => p.field);
		this.#show(all.filter((p) => p.field === field || shownFields.includes(p.field)));
	}

	/** Adds problems (async checks, a refused sign-in...) as field errors, listed in the summary. */
	addProblems(problems: readonly FieldProblem[], reveal = true): void {
		const shown = problemsOf(this.#errors.current).filter(
			(p) => !problems.some((q) => q.field === p.field)
		);
		this.#show([...shown, ...problems]);
		if (reveal) this.feedback.attempted(this.hasErrors);
	}

	/** Clears every message (and the summary). */
	clearErrors(): void {
		this.#show([]);
		this.feedback.showSummary = false;
	}

	/** Submit: checks everything; when all is well, hands the values to `submit`. */
	async submit(): Promise<void> {
		if (this.submitting) return;
		this.outcome = null;
		const values = $state.snapshot(this.values) as V;
		let problems: readonly FieldProblem[] = await this.#validate(values);
		if (this.#options.check) {
			this.submitting = true;
			problems = await this.#options.check(values, problems);
			this.submitting = false;
		}
		this.#show(problems);
		this.feedback.attempted(problems.length > 0);
		if (problems.length > 0) return;

		this.submitting = true;
		try {
			const result = await this.#options.submit(values);
			if (!result) {
				this.#baseline = JSON.stringify(values); // saved; the page moved on by itself
				return;
			}
			if ('problems' in result) {
				this.#show(result.problems);
				this.feedback.attempted(result.problems.length > 0);
				return;
			}
			if (result.outcome.kind === 'saved') {
				this.#edited = {};
				if (result.values) this.values = result.values;
			}
			if (result.outcome.kind !== 'failed') {
				this.#baseline = JSON.stringify(result.values ?? values);
			}
			this.outcome = result.outcome;
		} finally {
			this.submitting = false;
		}
	}

	/**
	 * Sets the values the form opens with (once loaded) without a check: what `dirty` compares
	 * with. Values kept when the session ended are shown instead, once.
	 */
	set(values: V): void {
		this.#baseline = JSON.stringify(values);
		this.values = this.#kept ?? values;
		this.#kept = null;
	}

	/** Every problem of `values` through superforms' client validation, one per field. */
	async #validate(values: V): Promise<FieldProblem[]> {
		this.sf.form.set(values, { taint: false });
		const result = await this.sf.validateForm({ update: false });
		return problemsOf(result.errors);
	}

	#show(problems: readonly FieldProblem[]): void {
		// force: the messages exactly as given, in this order (not merged into the previous ones).
		this.sf.errors.set(errorsOf(problems), { force: true });
	}
}

/** Focus a field by id after the DOM updated (a page action revealed it). */
export async function focusField(id: string): Promise<void> {
	await tick();
	document.getElementById(id)?.focus();
}
