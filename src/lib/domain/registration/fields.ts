/** What every form field declares once: read by the form, the review page and the tests. */
export interface FieldMeta {
	/** Label exactly as the guide words it. */
	label: string;
	/** Shows the red `*` and is checked on Next. */
	required?: boolean;
	/** Most characters accepted (the guide's limits); shows "N characters left". */
	max?: number;
	/** Help text under the label. */
	hint?: string;
}

/** A problem found in a step's values: which field, and what the person should do. */
export interface FieldProblem<K extends string = string> {
	field: K;
	message: string;
}

/** Collects problems in field order. */
export class ProblemList<K extends string> {
	readonly items: FieldProblem<K>[] = [];
	add(field: K, message: string | null | undefined | false): void {
		if (message) this.items.push({ field, message });
	}
	has(field: K): boolean {
		return this.items.some((p) => p.field === field);
	}
}

/** Common message for a too-long value. */
export function tooLong(label: string, max: number): string {
	return `${label} must be ${max} characters or fewer`;
}

/**
 * Problems sorted as their fields appear on the page (the error summary's order). Here rather
 * than in organization.ts, so Step 3's rules do not bring Step 2's along.
 */
export function sortByFieldOrder<K extends string>(
	items: FieldProblem<K>[],
	order: readonly K[]
): FieldProblem<K>[] {
	return [...items].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}
