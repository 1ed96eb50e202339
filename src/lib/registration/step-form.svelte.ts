/**
 * One wizard step's form: superForm in SPA mode over the step's zod schema, wired to the draft
 * (every change autosaved), with the error summary shown after Next and async checks (duplicate
 * taxpayer id, username taken) added as field errors.
 */
import { goto } from '$app/navigation';
import type { FieldProblem, RegistrationValues, StepSlug } from '$lib/domain/registration';
import { STEP_SLUGS } from '$lib/domain/registration';
import { onMount } from 'svelte';
import { setError, superForm, type SuperForm } from 'sveltekit-superforms';
import { zod4Client } from 'sveltekit-superforms/adapters';
import type { z } from '$lib/domain/zod';
import { stepHref } from './paths';
import { wizard, type WizardPage } from './wizard.svelte';

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
	/** The step's schema (each step imports only its own: the rules of the others stay out). */
	schema: z.ZodMiniType;
	/** Checks that need storage (duplicates); their problems become field errors. */
	check?: (values: RegistrationValues[K]) => Promise<FieldProblem[]>;
	/** Where a valid Next goes (the step reached is recorded). */
	next?: WizardPage;
	/** Runs instead of going to `next` when the step is valid (Step 4 without review submits). */
	onValid?: (values: RegistrationValues[K]) => Promise<void> | void;
}

/**
 * Creates the open step's form (call it while the step component initializes): autosaves every
 * change to the draft, shows the summary when Next finds problems, goes on when it finds none,
 * and reveals the problems at once when Submit sent the person back here.
 */
export function createStepForm<K extends StepSlug>(
	slug: K,
	options: StepFormOptions<K>
): SuperForm<RegistrationValues[K]> {
	stepForm.reset();
	// The client adapter validates without generating a JSON schema (much smaller); the form starts
	// from the draft's values, so superforms needs no schema defaults.
	const adapter = zod4Client(options.schema as never) as never;
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
			const values = form.data as RegistrationValues[K];
			if (form.valid && options.check) {
				for (const problem of await options.check(values)) {
					setError(form, problem.field as never, problem.message);
				}
			}
			if (!form.valid) {
				stepForm.showSummary = true;
				return;
			}
			stepForm.showSummary = false;
			if (options.onValid) {
				await options.onValid(values);
			} else if (options.next) {
				const reached =
					options.next === 'review' ? STEP_SLUGS.length : STEP_SLUGS.indexOf(options.next);
				wizard.update(slug, values, reached);
				await goto(stepHref(options.next, wizard.draft.id));
			}
		}
	}) as unknown as SuperForm<RegistrationValues[K]>;

	// Autosave: every change goes to the draft (debounced there; passwords kept in memory only).
	$effect(() => sf.form.subscribe((values) => wizard.update(slug, { ...values })));
	onMount(() => {
		if (wizard.checkStep !== slug) return;
		wizard.checkStep = null;
		void revealProblems(sf, options.check);
	});
	return sf;
}

/**
 * Shows the step's problems at once, with its error summary: Submit found this step invalid and
 * sent the person back to it.
 */
async function revealProblems<K extends StepSlug>(
	sf: SuperForm<RegistrationValues[K]>,
	check?: (values: RegistrationValues[K]) => Promise<FieldProblem[]>
) {
	const result = await sf.validateForm({ update: true });
	if (result.valid && check) {
		const problems = await check(result.data as RegistrationValues[K]);
		sf.errors.update((errors) => {
			const next = { ...errors } as Record<string, string[] | undefined>;
			for (const p of problems) next[p.field] = [p.message];
			return next as typeof errors;
		});
	}
	stepForm.attempt++;
	stepForm.showSummary = true;
}
