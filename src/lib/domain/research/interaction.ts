/**
 * What a session's recorded interactions say: how a task ended, which form fields people came back
 * to, which clicks did nothing. Pure: the DOM wrapper that records the events describes each one
 * as plain data (a tag, a role, a field name) and these rules judge it.
 */

/** How a task ended, from best to worst, with giving up counted as skipping. */
export type TaskOutcome = 'direct' | 'indirect' | 'failed' | 'skipped';

export const TASK_OUTCOMES: readonly TaskOutcome[] = ['direct', 'indirect', 'failed', 'skipped'];

/** The outcomes as the results page names them; one label covers skipping and giving up. */
export const OUTCOME_LABELS: Record<TaskOutcome, string> = {
	direct: 'Direct success',
	indirect: 'Indirect success',
	failed: 'Failed',
	skipped: 'Skipped or gave up'
};

/** The screens in order with consecutive repeats merged: a reload or re-render is not a move. */
function collapseRepeats(visited: readonly string[]): string[] {
	return visited.filter((screen, i) => i === 0 || screen !== visited[i - 1]);
}

/**
 * Whether the visited screens follow the expected path forwards: each one is on the path at or
 * after the previous one's place (skipping steps is fine, a detour or a step back is not). Each
 * screen takes its earliest place at or after the previous one, which finds a forward reading
 * whenever one exists, also when a screen appears on the path twice.
 */
function followsPath(visited: readonly string[], expectedPath: readonly string[]): boolean {
	let place = 0;
	for (const screen of visited) {
		const found = expectedPath.indexOf(screen, place);
		if (found === -1) return false;
		place = found;
	}
	return true;
}

/**
 * How a task ended. Skipped (or gave up) whatever else happened: the participant said they stopped,
 * and reaching the goal by accident afterwards is not success. Otherwise failed when the goal was
 * not reached; direct when it was and every screen visited (consecutive repeats merged) lies on
 * the expected path in its order, with no detour and no going back; indirect when it was reached
 * some other way. Direct and indirect are told apart because a success after wandering is a
 * finding about the navigation even though the task was done.
 */
export function taskOutcome(input: {
	reached: boolean;
	gaveUp: boolean;
	skipped: boolean;
	visited: readonly string[];
	expectedPath: readonly string[];
}): TaskOutcome {
	if (input.skipped || input.gaveUp) return 'skipped';
	if (!input.reached) return 'failed';
	return followsPath(collapseRepeats(input.visited), input.expectedPath) ? 'direct' : 'indirect';
}

/** A form field gaining or losing focus; `filled`: whether it held a value at that moment. */
export interface FieldEvent {
	type: 'focus' | 'blur';
	field: string;
	filled: boolean;
}

/** How many times people came back to one field. */
export interface FieldReturn {
	field: string;
	count: number;
}

/**
 * The fields people came back to after filling them in: a return is focusing a field that was last
 * left filled (its latest blur had filled = true) after at least one other field was focused in
 * between. Coming back is a sign the field's label or format was unclear, or that a later field
 * showed the earlier answer was wrong. Not a return: refocusing the same field without going
 * elsewhere (a click back into it), or coming back to a field that was left empty (finishing it
 * later is ordinary form filling). Only fields with at least one return are listed, in the order
 * the events first mention them.
 */
export function fieldReturns(events: readonly FieldEvent[]): FieldReturn[] {
	const firstSeen: string[] = [];
	/** Whether the field's latest blur left it filled (cleared when it is focused again). */
	const leftFilled = new Map<string, boolean>();
	/** Whether another field was focused since this one was last focused or left. */
	const wentElsewhere = new Map<string, boolean>();
	const counts = new Map<string, number>();
	for (const event of events) {
		if (!firstSeen.includes(event.field)) firstSeen.push(event.field);
		if (event.type === 'blur') {
			leftFilled.set(event.field, event.filled);
			wentElsewhere.set(event.field, false);
			continue;
		}
		if (leftFilled.get(event.field) && wentElsewhere.get(event.field)) {
			counts.set(event.field, (counts.get(event.field) ?? 0) + 1);
		}
		leftFilled.set(event.field, false);
		for (const field of wentElsewhere.keys()) {
			wentElsewhere.set(field, field !== event.field);
		}
	}
	return firstSeen
		.filter((field) => counts.has(field))
		.map((field) => ({ field, count: counts.get(field) as number }));
}

/** The field of the last focus event (where the participant was when they stopped), or null. */
export function lastFieldTouched(events: readonly FieldEvent[]): string | null {
	for (let i = events.length - 1; i >= 0; i--) {
		const event = events[i] as FieldEvent;
		if (event.type === 'focus') return event.field;
	}
	return null;
}

/** Elements a click on does something to: links, buttons, form controls, labels, summaries. */
const INTERACTIVE_TAGS: ReadonlySet<string> = new Set([
	'a',
	'area',
	'button',
	'input',
	'select',
	'textarea',
	'option',
	'label',
	'summary'
]);

/** The ARIA widget roles a click operates (the roles of things people press, pick or type into). */
const INTERACTIVE_ROLES: ReadonlySet<string> = new Set([
	'button',
	'checkbox',
	'combobox',
	'gridcell',
	'link',
	'listbox',
	'menuitem',
	'menuitemcheckbox',
	'menuitemradio',
	'option',
	'radio',
	'scrollbar',
	'searchbox',
	'slider',
	'spinbutton',
	'switch',
	'tab',
	'textbox',
	'treeitem'
]);

/** What the DOM wrapper records about a clicked element. */
export interface ClickTarget {
	/** The element's tag name, any case ('DIV', 'span'). */
	tag: string;
	/** The role attribute, which may list fallbacks ('switch checkbox'). */
	role?: string | null;
	/** Whether an ancestor is interactive (a span inside a button, an image inside a link). */
	interactiveAncestor: boolean;
	/** Whether the element (or its fieldset) is disabled. */
	disabled?: boolean;
}

/**
 * Whether a click did nothing: a click on a disabled control (people pressing a button that looks
 * ready and is not), or on an element that is neither interactive itself (by tag or by any of its
 * roles) nor inside one that is. Many such clicks on the same spot mean something looks clickable
 * and is not.
 */
export function isMisclick(target: ClickTarget): boolean {
	if (target.disabled) return true;
	if (target.interactiveAncestor) return false;
	if (INTERACTIVE_TAGS.has(target.tag.toLowerCase())) return false;
	const roles = (target.role ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	return !roles.some((role) => INTERACTIVE_ROLES.has(role));
}
