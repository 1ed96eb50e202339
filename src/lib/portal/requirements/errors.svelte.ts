/**
 * Which sections of a page list problems right now, so the page title can start with
 * "Error: " (GOV.UK pattern) while any section's error summary shows.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('requirement-section-errors');

export class SectionErrors {
	#counts = $state<Record<string, number>>({});
	readonly any = $derived(Object.values(this.#counts).some((n) => n > 0));

	set(section: string, count: number): void {
		if ((this.#counts[section] ?? 0) !== count) this.#counts[section] = count;
	}
}

/** Creates the page's tracker (call in the page component). */
export function provideSectionErrors(): SectionErrors {
	return setContext(KEY, new SectionErrors());
}

/** The page's tracker, if the page has one. */
export function sectionErrors(): SectionErrors | undefined {
	return getContext<SectionErrors | undefined>(KEY);
}
