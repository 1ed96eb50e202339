/**
 * A My Account form: the portal's form state ($lib/forms) whose submit saves the organization
 * through saveOrganization (which checks the permission and records the history), and whose
 * outcome is "Saved", "nothing changed" or "not saved". What the person typed stays in the form
 * whatever happens to the Save.
 */
import type { FieldProblem } from '$lib/domain/registration/fields';
import { FormState, type FormValues, type SubmitResult } from '$lib/forms/form.svelte';
import type { OrganizationRecord } from '$lib/storage/accounts';
import type { Result } from '$lib/domain/result';
import { NO_CHANGES_MESSAGE } from '../organization';

export interface ProfileFormOptions<V extends FormValues> {
	/** Unique among the forms of the page. */
	id: string;
	/** The values the form opens with (from the organization record). */
	initial: V;
	/** Every problem in the values, in page order (the domain's rules). */
	problems: (values: V) => readonly FieldProblem[];
	/** Checks that need storage (duplicates), run on Save once the rules pass. */
	check?: (values: V) => Promise<readonly FieldProblem[]>;
	/** Saves through saveOrganization. */
	save: (values: V) => Promise<Result<OrganizationRecord>>;
	/** The values to continue with after a save (the record as stored). */
	reset?: (saved: OrganizationRecord) => V;
}

/** The outcome of an organization save, for the form's SaveOutcome. */
export function saveResult<V>(
	result: Result<OrganizationRecord>,
	reset?: (saved: OrganizationRecord) => V
): SubmitResult<V> {
	if (result.ok) {
		return {
			outcome: { kind: 'saved', at: result.value.updatedAt },
			values: reset?.(result.value)
		};
	}
	const { message } = result.error;
	return { outcome: { kind: message === NO_CHANGES_MESSAGE ? 'unchanged' : 'failed', message } };
}

/** Creates a My Account form (call it while the page initializes). */
export function profileForm<V extends FormValues>(options: ProfileFormOptions<V>): FormState<V> {
	return new FormState<V>({
		id: options.id,
		initial: options.initial,
		problems: options.problems,
		check: async (values, problems) => {
			const check = options.check;
			return problems.length === 0 && check ? check(values) : problems;
		},
		submit: async (values) => saveResult(await options.save(values), options.reset)
	});
}
