/**
 * The superForm every form of the portal starts from (SPA mode, `zod4Client`), the schema made from
 * a domain rules function, and the helpers that read superforms' error and tainted stores.
 * `form.svelte.ts` re-exports all of it.
 */
import type { FieldProblem } from '$lib/domain/registration/fields';
import { z } from '$lib/domain/zod';
import { superForm, type FormOptions, type SuperForm } from 'sveltekit-superforms';
import { zod4Client } from 'sveltekit-superforms/adapters';
import type { $ZodType } from 'zod/v4/core';

/** What a form holds: superforms works on plain objects. */
export type FormValues = Record<string, unknown>;

/** What became of a submit that saves: "Saved", "nothing changed" or "not saved" (and why). */
export type SaveOutcome =
	| { kind: 'saved'; at: string }
	| { kind: 'unchanged'; message: string }
	/** Values kept when the session ended came back (not saved yet). */
	| { kind: 'restored'; message: string }
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
export function fieldsWithErrors(errors: unknown): string[] {
	if (errors === null || typeof errors !== 'object') return [];
	return Object.keys(errors).filter((field) => firstError(errors, field) !== undefined);
}

/** Each field's first message in superforms' errors, in `fields` order (else the object's). */
export function problemsOf(
	errors: unknown,
	fields: readonly string[] = fieldsWithErrors(errors)
): FieldProblem[] {
	return fields.flatMap((field) => {
		const message = firstError(errors, field);
		return message ? [{ field, message }] : [];
	});
}

/** Superforms' errors object for a list of problems (one message per field, first wins). */
export function errorsOf(problems: readonly FieldProblem[]): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	for (const p of problems) errors[p.field] ??= [p.message];
	return errors;
}

/**
 * The domain's rules as the schema superforms validates with: every problem becomes an issue on
 * its field. The values' shape is the page's business (it builds them), so the schema checks only
 * the rules, or the `shape` first when one is given (the wizard's steps: as the domain's step
 * schemas, built here so a step's page needs only its own step's module).
 */
export function rulesSchema<V extends FormValues>(
	problems: (values: V) => readonly FieldProblem[],
	shape?: z.ZodMiniObject
): $ZodType<V> {
	const base = (shape as z.ZodMiniType<V> | undefined) ?? z.custom<V>();
	return base.check(
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
