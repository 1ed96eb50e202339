import type { FormState, FormValues } from '$lib/forms/form.svelte';

/**
 * The user forms' blur rule: after a first Save, a field is checked again when the person leaves
 * it (and fields already in error are re-checked, so a fixed Confirm Password clears with the
 * Password). Not when focus goes to Save or a tab (`data-nav`): a message appearing then would
 * move the button and swallow the click. Fields are known by their control's id.
 */
export function userFormBlur<V extends FormValues>(form: FormState<V>, event: FocusEvent): void {
	const id = event.target instanceof HTMLElement ? event.target.id : '';
	const next = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
	if (!form.attempt || !id || next?.dataset.nav !== undefined) return;
	void form.validateField(id, true);
}
