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
import { z } from '$lib/domain/zod';
import { tick } from 'svelte';
import { fromStore } from 'svelte/store';
import { superForm, type FormOptions, type SuperForm } from 'sveltekit-superforms';
import { zod4Client } from 'sveltekit-superforms/adapters';
import type { $ZodType } from 'zod/v4/core';

/** What a form holds: superforms works on plain objects. */
export type FormValues = Record<string, unknown>;

/** What became of a submit that saves: "Saved", "nothing changed" or "not saved" (and why). */
export type SaveOutcome =
	| { kind: 'saved'; at: string }
	| { kind: 'unchanged'; message: string }
	| { kind: 'failed'; message: string };

/** One entry of the error summary: the field's id and its message. */
export interface SummaryEntry {
	id: string;
	text: string;
}

/**
 * The first message of a field in superforms' errors: a plain field holds string[], an array
 * field (the selected codes) holds { _errors: string[] }.
 */
export function firstError(errors: unknown, field: string): string | undefined {
	if (errors === null || typeof errors !== 'object') return undefined;
	const entry: unknown = Reflect.get(errors, field);
	if (Array.isArray(entry)) return typeof entry[0] === 'string' ? entry[0] : undefined;
	if (entry !== null && typeof entry === 'object' && '_errors' in entry) {
		const nested = entry._errors;
		return Array.isArray(nested) && typeof nested[0] === 'string' ? nested[0] : undefined;
	}
	return undefined;
}

/** The fields of `errors` that hold a message, in the object's order. */
function fieldsWithErrors(errors: unknown): string[] {
	if (errors === null || typeof errors !== 'object') return [];
	return Object.keys(errors).filter((field) => firstError(errors, field) !== undefined);
}

/** Superforms' errors object for a list of problems (one message per field, first wins). */
function errorsOf(problems: readonly FieldProblem[]): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	for (const p of problems) errors[p.field] ??= [p.message];
	return errors;
}

/**
 * The domain's rules as the schema superforms validates with: every problem becomes an issue on
 * its field. The values' shape is the page's business (it builds them), so the schema checks only
 * the rules.
 */
export function rulesSchema<V extends FormValues>(
	problems: (values: V) => readonly FieldProblem[]
): $ZodType<V> {
	return z.custom<V>().check(
		z.superRefine((values, ctx) => {
			for (const p of problems(values)) {
				ctx.addIssue({ code: 'custom', message: p.message, path: [p.field] });
			}
		})
	);
}

/** Adds problems (async checks) to a superForm's validation result as field errors. */
export function addFieldErrors(
	form: { valid: boolean; errors: object },
	problems: readonly FieldProblem[]
): void {
	for (const p of problems) {
		Reflect.set(form.errors, p.field, [p.message]);
		form.valid = false;
	}
}

/** Whether the person changed a field of a superForm (superforms' tainted fields). */
export function isTainted(tainted: unknown, field: string): boolean {
	return tainted !== null && typeof tainted === 'object' && !!Reflect.get(tainted, field);
}

/**
 * Re-checks one field of a superForm: the whole form is validated (rules may span fields) and
 * only this field's message is updated.
 */
export async function validateOneField<V extends FormValues>(
	sf: SuperForm<V>,
	field: string
): Promise<void> {
	const result = await sf.validateForm({ update: false });
	const message: unknown = Reflect.get(result.errors, field);
	sf.errors.update((errors) => {
		const next = { ...errors };
		Reflect.set(next, field, message);
		return next;
	});
}

/**
 * A superForm in SPA mode over `schema`, with what every portal form shares: validated on submit
 * and on blur by the page (not on every keystroke), nothing reset, no navigation or scrolling by
 * superforms (the error summary takes focus instead).
 */
export function spaForm<V extends FormValues>(
	id: string,
	initial: V,
	schema: $ZodType<V>,
	options: Omit<FormOptions<V>, 'SPA' | 'validators' | 'id'> = {}
): SuperForm<V> {
	return superForm<V>(initial, {
		id,
		SPA: true,
		dataType: 'json',
		validators: zod4Client(schema),
		validationMethod: 'submit-only',
		resetForm: false,
		applyAction: false,
		invalidateAll: false,
		taintedMessage: null,
		scrollToError: 'off',
		autoFocusOnError: false,
		...options
	});
}

/**
 * What a form tells the person about its problems: the summary appears only after a submit
 * attempt and takes focus again on each one (`attempt`); a field re-checked on blur updates it
 * without moving focus. Also the blur guard: a field is not re-checked while a button is being
 * pressed with a pointer, since a message appearing above would move the button between mousedown
 * and mouseup and swallow the click; the check runs right after that click instead.
 */
export class FormFeedback {
	/** The summary lists problems only after the person submitted. */
	showSummary = $state(false);
	/** Bumped on every submit so the summary takes focus again. */
	attempt = $state(0);

	#pointerDown = false;
	#pending: (() => void) | null = null;

	reset(): void {
		this.showSummary = false;
		this.attempt = 0;
	}

	/** A submit attempt: the summary shows (when there are problems) and takes focus. */
	attempted(hasProblems: boolean): void {
		this.attempt++;
		this.showSummary = hasProblems;
	}

	/**
	 * The summary's entries: each listed field's first message, in `order` when given; `idOf`
	 * gives the control's id when it is not the field's name.
	 */
	summary(
		errors: unknown,
		order?: readonly string[],
		idOf: (field: string) => string = (field) => field
	): SummaryEntry[] {
		if (!this.showSummary) return [];
		return (order ?? fieldsWithErrors(errors)).flatMap((field) => {
			const text = firstError(errors, field);
			return text ? [{ id: idOf(field), text }] : [];
		});
	}

	/** For `<svelte:window onpointerdown>`. */
	pointerDown = (): void => {
		this.#pointerDown = true;
	};

	/** For `<svelte:window onpointerup>`: a check held back runs after the click that follows. */
	pointerUp = (): void => {
		this.#pointerDown = false;
		setTimeout(() => {
			const pending = this.#pending;
			this.#pending = null;
			pending?.();
		});
	};

	/**
	 * A field lost focus: runs `check` now, after the click in progress, or not at all when focus
	 * went to a control marked `skipAttr` (Save / the wizard's buttons check everything).
	 */
	blurred(event: FocusEvent, skipAttr: string, check: (field: string) => void): void {
		const target = event.target;
		const name = target instanceof HTMLElement ? (target.getAttribute('name') ?? '') : '';
		if (!name) return;
		const next = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
		if (next?.hasAttribute(skipAttr)) return;
		if (this.#pointerDown && next?.closest('button, a')) {
			this.#pending = () => check(name);
			return;
		}
		check(name);
	}
}

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
}

/** What a form's submit came to. */
export type SubmitResult<V> =
	{ outcome: SaveOutcome; values?: V } | { problems: readonly FieldProblem[] };

/**
 * A whole form whose values live in `$state` (bind controls to `form.values.x`): superforms holds
 * a copy for validation and its errors store holds the messages.
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

	constructor(options: FormStateOptions<V>) {
		this.#options = options;
		this.values = options.initial;
		this.sf = spaForm(options.id, options.initial, rulesSchema(options.problems));
		this.#errors = fromStore(this.sf.errors);
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
		const errors = this.#errors.current;
		return fieldsWithErrors(errors).flatMap((field) => {
			const message = firstError(errors, field);
			return message ? [{ field, message }] : [];
		});
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

	/** For the form's `oninput` / `onchange`. */
	onEdit = (event: Event): void => {
		const target = event.target;
		if (target instanceof HTMLElement) this.edited(target.getAttribute('name') ?? '');
	};

	/** For the form's `onfocusout`: re-checks the field left, unless focus went to `[data-save]`. */
	onFocusOut = (event: FocusEvent): void => {
		this.feedback.blurred(event, 'data-save', (field) => void this.validateField(field));
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
		const shown = fieldsWithErrors(this.#errors.current).flatMap((field) => {
			const message = this.error(field);
			return message && !problems.some((p) => p.field === field) ? [{ field, message }] : [];
		});
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
			if (!result) return;
			if ('problems' in result) {
				this.#show(result.problems);
				this.feedback.attempted(result.problems.length > 0);
				return;
			}
			if (result.outcome.kind === 'saved') {
				this.#edited = {};
				if (result.values) this.values = result.values;
			}
			this.outcome = result.outcome;
		} finally {
			this.submitting = false;
		}
	}

	/** Sets new values (after a save, or a page action) without a check. */
	set(values: V): void {
		this.values = values;
	}

	/** Every problem of `values` through superforms' client validation, one per field. */
	async #validate(values: V): Promise<FieldProblem[]> {
		this.sf.form.set(values, { taint: false });
		const result = await this.sf.validateForm({ update: false });
		return fieldsWithErrors(result.errors).flatMap((field) => {
			const message = firstError(result.errors, field);
			return message ? [{ field, message }] : [];
		});
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
