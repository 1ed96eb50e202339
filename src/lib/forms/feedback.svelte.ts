import { fieldsWithErrors, firstError, type SummaryEntry } from './spa-form';

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
