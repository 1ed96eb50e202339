/**
 * The prerendered page, rearranged so its first screen paints from the HTML before any of the
 * portal's JavaScript is fetched or run (#16).
 *
 * SvelteKit writes thirty-odd `<link rel="modulepreload">` into a page's head and starts the app
 * from an inline script as soon as the modules arrive. On a 2-core machine the browser then
 * compiled and ran them, and hydrated the page, before it painted anything: Lighthouse traces of
 * `/login`, `/bids` and a wizard step showed the first paint a second or two after the HTML and
 * stylesheet had arrived, and every script counted toward the page's first and largest paint.
 *
 * Here the page's head keeps only its stylesheet, and the inline script waits for the first frame
 * (the next task after `requestAnimationFrame`; at once in a background tab, where no frame comes)
 * before it adds the same module preloads, a few per task so the modules still download in
 * parallel with no long task, and starts the app. The script's hash in the page's Content
 * Security Policy is replaced by the new script's.
 *
 * The modules are then evaluated one after another, in the order the app's start would evaluate
 * them, handing the main thread back every few milliseconds; the app starts with every module it
 * needs ready. Started at once, the browser evaluated the page's whole module graph in one task
 * (40 ms on the 2-core machine for a wizard step: 160 ms on Lighthouse's simulated phone). The
 * cost: the app starts some 50 ms later (a wizard step's fields, inert until then, with it).
 *
 * A form sent before the app has started (Next on Step 1, Log In, a board search) is held, not
 * posted to the static host, which would only reload the page and drop what was typed and
 * pressed; once the app has started, the form is sent again, to the app this time. A button
 * pressed meanwhile that sends no form (one that opens a panel) is pressed again once the app
 * has started. What was typed stays in the fields meanwhile, and hydration takes it over.
 */
import { createHash } from 'node:crypto';

const MODULE_PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\r?\n?/g;
const SCRIPT = /<script>([\s\S]*?)<\/script>/g;
/** SvelteKit's start: `Promise.all([import(start), import(app)]).then(([kit, app]) => …)`. */
const START = 'Promise.all([';
const STARTED = ']).then(([kit, app]) =>';
const KIT_START = 'kit.start(';

function sha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('base64');
}

/**
 * Until the app has started, a submitted form is kept (with the button that sent it) instead of
 * being posted, and a pressed button that sends no form (a disclosure such as the demo clock's,
 * "Here’s how you know") is noted: it has no handler yet, and the press would be lost.
 * `startHeld` starts the app, stops holding, then sends each kept form again and presses each
 * noted button once more, now that the app answers (a button the app has since removed or
 * disabled is left alone). The app's own start runs in one task after its modules, so no press
 * is both answered by the app and noted.
 */
const HOLD =
	'const held = new Map(); const pressed = new Set();' +
	' const hold = (event) => { event.preventDefault(); held.set(event.target, event.submitter); };' +
	" const press = (event) => { const button = event.target.closest && event.target.closest('button');" +
	" if (button && (button.type === 'button' || !button.form)) pressed.add(button); };" +
	" addEventListener('submit', hold, true); addEventListener('click', press, true);" +
	' const startHeld = (kit, ...args) => Promise.resolve(kit.start(...args)).finally(() => {' +
	" removeEventListener('submit', hold, true); removeEventListener('click', press, true);" +
	' setTimeout(() => { for (const [form, by] of held) if (form.isConnected)' +
	' form.requestSubmit(by && by.isConnected && by.form === form ? by : undefined);' +
	' for (const button of pressed) if (button.isConnected && !button.disabled) button.click(); }); });';

/**
 * Module preloads added per task. Each added preload starts a fetch, about a millisecond of a
 * throttled phone's main thread: a page's thirty-odd at once made a 40-140 ms task (Lighthouse's
 * 4x CPU slowdown, /bids), counted in Total Blocking Time. A few per task keep every task short;
 * the downloads still start within a few milliseconds of each other.
 */
const PRELOAD_BATCH = 8;

/**
 * A task runs this long (ms, on the machine itself) evaluating modules before it hands the main
 * thread back: Lighthouse's simulated phone is four times slower, and a task of 50 ms there is
 * blocking time.
 */
const EVALUATION_SLICE = 4;

/**
 * The next task, by a message to itself: a chain of `setTimeout`s is held to 4 ms apiece after
 * the fifth, which would add tens of milliseconds to the start of a page with fifty modules.
 */
const NEXT_TASK =
	'const nextTask = () => new Promise((go) => { const channel = new MessageChannel();' +
	' channel.port1.onmessage = () => go(); channel.port2.postMessage(0); });';

/**
 * The inline start, run after the first frame: the module preloads are added; with `evaluate`,
 * the modules (listed in their evaluation order) are evaluated, a few per task; then the app is
 * started.
 */
function startAfterFirstPaint(
	script: string,
	preloads: readonly string[],
	evaluate: boolean
): string {
	const wait =
		"new Promise((go) => (document.visibilityState === 'hidden' ? go() : requestAnimationFrame(() => setTimeout(go))))";
	const preload =
		`${NEXT_TASK} const hrefs = ${JSON.stringify(preloads)};` +
		` for (let i = 0; i < hrefs.length; i += ${PRELOAD_BATCH}) {` +
		' if (i) await nextTask();' +
		` for (const href of hrefs.slice(i, i + ${PRELOAD_BATCH})) {` +
		" const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href;" +
		' document.head.append(link); } }' +
		(evaluate
			? ' let slice = performance.now(); for (const href of hrefs) {' +
				` if (performance.now() - slice > ${EVALUATION_SLICE}) { await nextTask(); slice = performance.now(); }` +
				' try { await import(href); } catch {} }'
			: '');
	return script
		.replace(KIT_START, 'startHeld(kit, ')
		.replace(START, `${HOLD} ${wait}.then(async () => { ${preload} return ${START}`)
		.replace(STARTED, `]); }).then(([kit, app]) =>`);
}

/**
 * `html` whose app starts after the first paint; a page without SvelteKit's start is unchanged.
 * `more` are modules the page imports as it starts that its head does not name (see preloads.ts):
 * they are preloaded with the others. `evaluationOrder` puts the preloads in the order the modules
 * are evaluated (see preloads.ts); with it, the script evaluates them before it starts the app.
 */
export function startAfterPaint(
	html: string,
	more: readonly string[] = [],
	evaluationOrder?: (hrefs: readonly string[]) => string[]
): string {
	const boot = [...html.matchAll(SCRIPT)].find(
		(m) => m[1]!.includes(START) && m[1]!.includes(STARTED) && m[1]!.includes(KIT_START)
	);
	if (!boot) return html;
	const listed = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
	const preloads = [...new Set([...listed, ...more])];
	const script = evaluationOrder
		? startAfterFirstPaint(boot[1]!, evaluationOrder(preloads), true)
		: startAfterFirstPaint(boot[1]!, preloads, false);
	const before = `'sha256-${sha256(boot[1]!)}'`;
	const after = `'sha256-${sha256(script)}'`;
	return html
		.replace(MODULE_PRELOAD, '')
		.replace(boot[0], () => `<script>${script}</script>`)
		.replace(before, () => after);
}
