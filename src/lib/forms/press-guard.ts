/**
 * Holds back what would move the page while a pointer press is in progress. A field is checked
 * when it loses focus, and focus leaves it at the start of a press (mousedown), before the click
 * that ends it: a message appearing then moves everything below it, and the click lands on
 * whatever is now under the finger (or on nothing, when mousedown and mouseup hit different
 * elements). So a check that `afterPress` receives during a press runs right after the click.
 *
 * A press lasts from pointerdown to the click that follows. On a touch screen the browser sends
 * pointerup first and only then mousedown (the blur) and click, so pointerup does not end it; a
 * press that ends in no click (the pointer moved away, a scroll) ends on pointercancel or shortly
 * after pointerup. The keyboard never presses: a Tab runs the check at once.
 */

/** How long after pointerup a press with no click counts as over. */
const NO_CLICK_MS = 600;

let pressing = false;
let held: Array<() => void> = [];
let fallback: ReturnType<typeof setTimeout> | undefined;
let installed = false;

function release(): void {
	pressing = false;
	clearTimeout(fallback);
	const run = held;
	held = [];
	// After the click's own handlers (a checkbox that was pressed is checked first).
	if (run.length > 0) setTimeout(() => run.forEach((check) => check()));
}

/** Listens on the window (capture phase, so nothing on the page can hide a press from it). */
export function installPressGuard(target: Window = window): void {
	if (installed) return;
	installed = true;
	const capture = { capture: true, passive: true };
	target.addEventListener(
		'pointerdown',
		() => {
			pressing = true;
			clearTimeout(fallback);
		},
		capture
	);
	target.addEventListener(
		'pointerup',
		() => {
			clearTimeout(fallback);
			fallback = setTimeout(release, NO_CLICK_MS);
		},
		capture
	);
	target.addEventListener('click', release, capture);
	target.addEventListener('pointercancel', release, capture);
}

/** Runs `check` now, or right after the click when a pointer press is in progress. */
export function afterPress(check: () => void): void {
	if (pressing) held.push(check);
	else check();
}

/** Whether a pointer press is in progress (for tests and for callers that skip instead). */
export function pressInProgress(): boolean {
	return pressing;
}

if (typeof window !== 'undefined') installPressGuard();
