/** Collecting the problems of an Additional Required Attributes section. */
import type { FieldProblem } from '../../registration/fields';

export type Problems<K extends string> = FieldProblem<K>[];

/** Adds a problem for `field` when there is a message. */
export function add<K extends string>(list: Problems<K>, field: K, message: string | null | false) {
	if (message) list.push({ field, message });
}
