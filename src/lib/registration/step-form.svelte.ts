/**
 * One wizard step's form: superForm in SPA mode over the step's zod schema, wired to the draft
 * (every change autosaved), with the error summary shown after Next and async checks (duplicate
 * taxpayer id, username taken) added as field errors.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { FieldProblem } from '$lib/domain/registration/fields';
import { STEP_SLUGS } from '$lib/domain/registration/step-list';
import type { RegistrationValues, StepSlug } from '$lib/domain/registration/steps';
import type { z } from '$lib/domain/zod';
import { FormFeedback } from '$lib/forms/feedback.svelte';
import { addFieldErrors, firstError, rulesSchema, spaForm } from '$lib/forms/spa-form';
import { onMount } from 'svelte';
import type { SuperForm } from 'sveltekit-superforms';
import { openedFromReview, stepHref } from './paths';
import { wizard, type WizardPage } from './wizard.svelte';

/**
 * State shared by the open step's form parts (summary, navigation, save-later notice): the
 * portal's form feedback (summary after Next, focused on each attempt) plus the wizard's own.
 */
class StepFormState extends FormFeedback {
	/** A navigation button is being pressed: skip blur validation (see WizardForm). */
	navPressed = false;
	/** Set by "Save and Return Later"; `emailedTo` when the link went to the main contact. */
	savedLater = $state<{ at: string; ok: boolean; message?: string; emailedTo?: string } | null>(
		null
	);

	#navTimer: ReturnType<typeof setTimeout> | undefined;

	override reset() {
		super.reset();
		this.savedLater = null;
	}

	pressNav() {
		this.navPressed = true;
		clearTimeout(this.#navTimer);
		this.#navTimer = setTimeout(() => (this.navPressed = false), 400);
	}

	async saveLater() {
		// An untouched new registration is saved too, so its link opens something.
		if (wizard.draft.revision === 0 && !wizard.draft.dirty)
			wizard.draft.update(wizard.draft.values);
		const result = await wizard.draft.flush();
		if (!result.ok) {
			this.savedLater = { at: new Date().toISOString(), ok: false, message: result.error.message };
			return;
		}
		// The main contact's address as Submit would read it. Every step's rules load for that only
		// when the draft holds an address, as the e-mail's code does below.
		const typed = wizard.draft.values.contact?.email;
		const to =
			typeof typed === 'string' && typed.trim() !== ''
				? (await import('./all-values')).registrationValues().contact.email.trim()
				: '';
		// The e-mail's code (outbox, address rules) loads only when a link is e-mailed.
		const emailed =
			to !== '' &&
			(await import('./resume-email').then((m) => m.emailResumeLink(to, wizard.draft.id)));
		this.savedLater = {
			at: wizard.draft.savedAt ?? new Date().toISOString(),
			ok: true,
			...(emailed && { emailedTo: to })
		};
	}
}

export const stepForm = new StepFormState();

export { firstError };

export interface StepFormOptions<K extends StepSlug> {
	/**
	 * The step's shape and rules, from its own domain module (not schemas.ts, which holds every
	 * step's): the saved values are read with the shape, and the form validates both.
	 */
	shape: z.ZodMiniObject;
	problems: (values: RegistrationValues[K]) => FieldProblem[];
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
	// The form starts from the draft's values, so superforms needs no schema defaults. Fields are
	// validated on blur by WizardForm (it knows which button took focus) and all at once on Next.
	const values = wizard.stepValues(slug, options.shape);
	const schema = rulesSchema(options.problems, options.shape);
	const sf = spaForm(`register-${slug}`, values, schema, {
		async onUpdate({ form }) {
			const values = form.data;
			if (form.valid && options.check) {
				addFieldErrors(form, await options.check(values));
			}
			stepForm.attempted(!form.valid);
			if (!form.valid) return;
			if (openedFromReview(page.url) && wizard.draft.stepReached >= STEP_SLUGS.length) {
				// A Change from Check your answers: back there, not through the later steps again.
				wizard.update(slug, values);
				await goto(stepHref('review', wizard.draft.id));
			} else if (options.onValid) {
				await options.onValid(values);
			} else if (options.next) {
				const reached =
					options.next === 'review' ? STEP_SLUGS.length : STEP_SLUGS.indexOf(options.next);
				wizard.update(slug, values, reached);
				await goto(stepHref(options.next, wizard.draft.id));
			}
		}
	});

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
		const problems = await check(result.data);
		sf.errors.update((errors) => {
			const next = { ...errors };
			for (const p of problems) Reflect.set(next, p.field, [p.message]);
			return next;
		});
	}
	stepForm.attempted(true);
}
