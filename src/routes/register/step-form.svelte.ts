/**
 * One wizard step's form: superForm in SPA mode over the step's zod schema, wired to the draft
 * (every change autosaved), with the error summary shown after Next and async checks (duplicate
 * taxpayer id, username taken) added as field errors.
 */
import { goto } from '$app/navigation';
import { get } from 'svelte/store';
import type { FieldProblem, RegistrationValues, StepSlug } from '$lib/domain/registration';
import {
	codesSchema,
	contactSchema,
	instructionsSchema,
	organizationSchema,
	stepProblems
} from '$lib/domain/registration';
import { superForm, type SuperForm } from 'sveltekit-superforms';
import { zod4Client } from 'sveltekit-superforms/adapters';
import { wizard } from './wizard.svelte';

const SCHEMAS = {
	instructions: instructionsSchema,
	organization: organizationSchema,
	contact: contactSchema,
	codes: codesSchema
} as const;

/** State shared by the open step's form parts (summary, navigation, save-later notice). */
class StepFormState {
	/** The summary lists problems only after the person pressed Next (or Submit). */
	showSummary = $state(false);
	/** Bumped on every Next so the summary takes focus again. */
	attempt = $state(0);
	/** A navigation button is being pressed: skip blur validation (see WizardForm). */
	navPressed = false;
	/** Set by "Save and Return Later". */
	savedLater = $state<{ at: string; ok: boolean; message?: string } | null>(null);

	#navTimer: ReturnType<typeof setTimeout> | undefined;

	reset() {
		this.showSummary = false;
		this.attempt = 0;
		this.savedLater = null;
	}

	pressNav() {
		this.navPressed = true;
		clearTimeout(this.#navTimer);
		this.#navTimer = setTimeout(() => (this.navPressed = false), 400);
	}

	async saveLater() {
		const result = await wizard.draft.flush();
		this.savedLater = result.ok
			? { at: wizard.draft.savedAt ?? new Date().toISOString(), ok: true }
			: { at: new Date().toISOString(), ok: false, message: result.error.message };
	}
}

export const stepForm = new StepFormState();

/** Problems as superforms errors: `{ field: [message] }`, arrays as `{ _errors: [...] }`. */
export function errorsOf(problems: FieldProblem[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const p of problems) {
		if (out[p.field]) continue;
		out[p.field] = p.field === 'codes' ? { _errors: [p.message] } : [p.message];
	}
	return out;
}

/** Re-judges one field of the open step (on blur): its message, or none. */
export function validateField<T extends Record<string, unknown>>(
	sf: SuperForm<T>,
	slug: StepSlug,
	values: T,
	field: string
) {
	const problem = stepProblems(slug, values as never).find((p) => p.field === field);
	sf.errors.update((errors) => {
		const next = { ...errors } as Record<string, unknown>;
		if (problem) next[field] = [problem.message];
		else delete next[field];
		return next as typeof errors;
	});
}

/**
 * The first message of a field from superforms' errors: a plain field holds string[], an array
 * field (the selected codes) holds { _errors: string[] }.
 */
export function firstError(errors: unknown, field: string): string | undefined {
	const entry = (errors as Record<string, unknown> | null | undefined)?.[field];
	if (Array.isArray(entry)) return entry[0] as string | undefined;
	const nested = (entry as { _errors?: string[] } | undefined)?._errors;
	return nested?.[0];
}

export interface StepFormOptions<K extends StepSlug> {
	/** Checks that need storage (duplicates); their problems become field errors. */
	check?: (values: RegistrationValues[K]) => Promise<FieldProblem[]>;
	/** Runs when the step is valid: usually go to the next step. */
	onValid: (values: RegistrationValues[K]) => Promise<void> | void;
}

export function createStepForm<K extends StepSlug>(
	slug: K,
	options: StepFormOptions<K>
): SuperForm<RegistrationValues[K]> {
	stepForm.reset();
	const schema = SCHEMAS[slug];
	// The client adapter validates without generating a JSON schema (much smaller); the form starts
	// from the draft's values, so superforms needs no schema defaults.
	const adapter = zod4Client(schema as never) as never;
	const initial = wizard.values[slug];
	const sf = superForm(initial as never, {
		id: `register-${slug}`,
		SPA: true,
		dataType: 'json',
		validators: adapter,
		// Fields are validated on blur by WizardForm (it knows which button took focus) and all at
		// once on Next.
		validationMethod: 'submit-only',
		resetForm: false,
		applyAction: false,
		invalidateAll: false,
		taintedMessage: null,
		scrollToError: 'off',
		autoFocusOnError: false,
		async onUpdate({ form }) {
			stepForm.attempt++;
			// The step's problems straight from its domain rules (the same ones the schema wraps),
			// replacing whatever errors the form held before: every field is judged on its value now.
			const values = form.data as RegistrationValues[K];
			let problems = stepProblems(slug, values);
			if (problems.length === 0 && options.check) problems = await options.check(values);
			form.errors = errorsOf(problems) as typeof form.errors;
			form.valid = problems.length === 0;
			if (!form.valid) {
				stepForm.showSummary = true;
				return;
			}
			stepForm.showSummary = false;
			await options.onValid(form.data as RegistrationValues[K]);
		}
	}) as unknown as SuperForm<RegistrationValues[K]>;
	return sf;
}

/**
 * Shows the step's problems at once, with its error summary: Submit found this step invalid and
 * sent the person back to it.
 */
export async function revealProblems<K extends StepSlug>(
	slug: K,
	sf: SuperForm<RegistrationValues[K]>,
	check?: (values: RegistrationValues[K]) => Promise<FieldProblem[]>
) {
	const values = get(sf.form) as RegistrationValues[K];
	let problems = stepProblems(slug, values);
	if (problems.length === 0 && check) problems = await check(values);
	sf.errors.set(errorsOf(problems) as never);
	stepForm.attempt++;
	stepForm.showSummary = true;
}

/** Runs once when a step opens: reveals its problems if Submit sent the person here. */
export function revealIfChecked<K extends StepSlug>(
	slug: K,
	sf: SuperForm<RegistrationValues[K]>,
	check?: (values: RegistrationValues[K]) => Promise<FieldProblem[]>
) {
	if (wizard.checkStep !== slug) return;
	wizard.checkStep = null;
	void revealProblems(slug, sf, check);
}

export { goto };
