import { afterPress } from './press-guard';
import { problemsOf, type SummaryEntry } from './spa-form';

/**
 * What a form tells the person about its problems: the summary appears only after a submit
 * attempt and takes focus again on each one (`attempt`); a field re-checked on blur updates it
 * without moving focus, and not while a pointer press is in progress (./press-guard.ts): a message
 * appearing then would move what is being pressed and swallow the click.
 */
export class FormFeedback {
	/** The summary lists problems only after the person submitted. */
	showSummary = $state(false);
	/** Bumped on every submit so the summary takes focus again. */
	attempt = $state(0);

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
		return problemsOf(errors, order).map((p) => ({ id: idOf(p.field), text: p.message }));
	}

	/**
	 * A field lost focus: runs `check` now, after the click in progress (see ./press-guard.ts), or
	 * not at all when focus went to a control marked `skipAttr` (Save checks everything).
	 */
	blurred(event: FocusEvent, skipAttr: string, check: (field: string) => void): void {
		const target = event.target;
		const name = target instanceof HTMLElement ? (target.getAttribute('name') ?? '') : '';
		if (!name) return;
		const next = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
		if (next?.hasAttribute(skipAttr)) return;
		afterPress(() => check(name));
	}
}
