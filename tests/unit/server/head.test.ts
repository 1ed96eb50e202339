import { createHash } from 'node:crypto';
import { startAfterPaint } from '$lib/server/head';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** SvelteKit's start script, as it writes it into a prerendered page. */
const start = `
				{
					__sveltekit_x = { base: "" };
					const element = document.currentScript.parentElement;
					Promise.all([
						import("/_app/immutable/entry/start.js"),
						import("/_app/immutable/entry/app.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 15] });
					});
				}
			`;

const page = (script: string) =>
	[
		'<head>',
		`\t\t<meta http-equiv="content-security-policy" content="script-src 'self' ${sha(script)}; style-src 'self'">`,
		'\t\t<link href="/_app/immutable/assets/0.css" rel="stylesheet">',
		'\t\t<link href="/_app/immutable/entry/start.js" rel="modulepreload">',
		'\t\t<link href="/_app/immutable/chunks/a.js" rel="modulepreload">',
		'\t\t<title>Log in</title>',
		'\t</head>',
		`<body><div><p>Log In</p><script>${script}</script></div></body>`
	].join('\n');

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

describe('startAfterPaint', () => {
	const html = startAfterPaint(page(start));

	it('leaves the stylesheet in the head and no module preload before the first paint', () => {
		expect(html).toContain('<link href="/_app/immutable/assets/0.css" rel="stylesheet">');
		expect(html).not.toContain('rel="modulepreload"');
		expect(html).toContain('<body><div><p>Log In</p><script>');
	});

	it('starts the app after the first frame, adding the same preloads first', () => {
		const script = scriptOf(html);
		expect(script).toContain('requestAnimationFrame(() => setTimeout(go))');
		expect(script).toContain("document.visibilityState === 'hidden' ? go()");
		expect(script).toContain('["/_app/immutable/entry/start.js","/_app/immutable/chunks/a.js"]');
		expect(script).toContain('startHeld(kit, app, element');
		// Still one valid script: the start runs once the preloads are in the head.
		expect(() => new Function(script)).not.toThrow();
	});

	it('puts the new script’s hash in the Content Security Policy in place of the old one', () => {
		expect(html).toContain(sha(scriptOf(html)));
		expect(html).not.toContain(sha(start));
	});

	/** Runs the page's start script against a stand-in document, window and SvelteKit. */
	function boot(
		script = scriptOf(html),
		tasks?: (() => void)[],
		failing = new Set<string>(),
		clock = { now: () => performance.now() }
	) {
		const appended: string[] = [];
		const imported: string[] = [];
		const frames: (() => void)[] = [];
		const started: string[] = [];
		const listeners = new Map<string, (event: unknown) => void>();
		let finishStart = () => {};
		const document = {
			visibilityState: 'visible',
			currentScript: { parentElement: 'body' },
			createElement: () => ({}) as { href?: string },
			head: { append: (link: { href: string }) => appended.push(link.href) }
		};
		const kit = {
			start: () => {
				started.push('started');
				return new Promise<void>((done) => (finishStart = done));
			}
		};
		new Function(
			'document',
			'requestAnimationFrame',
			'importModule',
			'addEventListener',
			'removeEventListener',
			'setTimeout',
			'MessageChannel',
			'performance',
			script.replaceAll('import(', 'importModule(')
		)(
			document,
			(frame: () => void) => frames.push(frame),
			async (url: string) => {
				imported.push(started.length ? `${url} after the start` : url);
				if (failing.has(url)) throw new TypeError(`Failed to fetch ${url}`);
				return url.endsWith('start.js') ? kit : { app: true };
			},
			(type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
			(type: string) => listeners.delete(type),
			tasks ? (task: () => void) => tasks.push(task) : setTimeout,
			// A message to itself is a task of its own, as a timer is.
			class {
				port1: { onmessage: (() => void) | null } = { onmessage: null };
				port2 = {
					postMessage: () => {
						const task = () => this.port1.onmessage?.();
						if (tasks) tasks.push(task);
						else setTimeout(task);
					}
				};
			},
			clock
		);
		return { appended, imported, frames, started, listeners, finish: () => finishStart() };
	}

	it('runs the start only after a frame, with the preloads in the head', async () => {
		const { appended, frames, started } = boot();
		await new Promise((r) => setTimeout(r));
		expect(started).toEqual([]);
		expect(appended).toEqual([]);
		frames[0]!();
		await vi.waitFor(() => expect(started).toEqual(['started']));
		expect(appended).toEqual(['/_app/immutable/entry/start.js', '/_app/immutable/chunks/a.js']);
	});

	it('adds many preloads a few per task, in their order, before the start', async () => {
		const hrefs = Array.from({ length: 20 }, (_, i) => `/_app/immutable/chunks/c${i}.js`);
		const many = startAfterPaint(
			page(start).replace(
				'\t\t<link href="/_app/immutable/chunks/a.js" rel="modulepreload">',
				hrefs.map((href) => `\t\t<link href="${href}" rel="modulepreload">`).join('\n')
			)
		);
		const tasks: (() => void)[] = [];
		const { appended, frames, started } = boot(scriptOf(many), tasks);
		const runTask = async () => {
			tasks.shift()!();
			for (let i = 0; i < 10; i++) await Promise.resolve(); // the task's microtasks
		};
		frames[0]!();
		await runTask(); // the task after the frame
		expect(appended).toEqual(['/_app/immutable/entry/start.js', ...hrefs.slice(0, 7)]);
		expect(tasks).toHaveLength(1); // the next batch waits for a task of its own
		await runTask();
		expect(appended).toHaveLength(16);
		expect(started).toEqual([]);
		await runTask();
		expect(appended).toEqual(['/_app/immutable/entry/start.js', ...hrefs]);
		await vi.waitFor(() => expect(started).toEqual(['started']));
	});

	it('holds a form sent before the app has started, and sends it again once it has', async () => {
		const { frames, started, listeners, finish } = boot();
		const sent: unknown[] = [];
		const next = { isConnected: true } as { isConnected: boolean; form?: unknown };
		const form = { isConnected: true, requestSubmit: (by?: unknown) => sent.push(by) };
		next.form = form;
		let prevented = false;
		listeners.get('submit')!({
			target: form,
			submitter: next,
			preventDefault: () => (prevented = true)
		});
		expect(prevented).toBe(true); // not posted to the static host
		frames[0]!();
		await vi.waitFor(() => expect(started).toEqual(['started']));
		await new Promise((r) => setTimeout(r));
		expect(sent).toEqual([]); // the app is still starting
		expect(listeners.has('submit')).toBe(true);
		finish();
		await vi.waitFor(() => expect(sent).toEqual([next]));
		expect(listeners.has('submit')).toBe(false); // from now on the app's own handlers answer
	});

	it('presses again, once the app has started, a button pressed before that sends no form', async () => {
		const { frames, started, listeners, finish } = boot();
		const pressed: string[] = [];
		const button = (name: string, type: string, form: unknown = null, disabled = false) => {
			const element = {
				type,
				form,
				disabled,
				isConnected: name !== 'removed',
				click: () => pressed.push(name)
			};
			return { closest: (selector: string) => (selector === 'button' ? element : null) };
		};
		const click = listeners.get('click')!;
		const form = {};
		const clock = button('Demo clock', 'button');
		click({ target: clock });
		click({ target: clock }); // the same button twice: pressed again once
		click({ target: button('Next', 'submit', form) }); // sends its form: the form is held
		click({ target: button('Reset', 'reset', form) }); // resets natively
		click({ target: button('Open', 'submit') }); // a button outside any form
		click({ target: button('removed', 'button') });
		click({ target: button('Disabled', 'button', null, true) });
		click({ target: { closest: () => null } }); // not a button
		click({ target: {} }); // a target that is not an element
		frames[0]!();
		await vi.waitFor(() => expect(started).toEqual(['started']));
		finish();
		await vi.waitFor(() => expect(pressed).toEqual(['Demo clock', 'Open']));
		expect(listeners.has('click')).toBe(false);
	});

	it('drops a held form that the started app has replaced', async () => {
		const { frames, started, listeners, finish } = boot();
		const sent: unknown[] = [];
		const form = { isConnected: false, requestSubmit: () => sent.push('sent') };
		listeners.get('submit')!({ target: form, submitter: null, preventDefault: () => {} });
		frames[0]!();
		await vi.waitFor(() => expect(started).toEqual(['started']));
		finish();
		await new Promise((r) => setTimeout(r, 10));
		expect(listeners.has('submit')).toBe(false);
		expect(sent).toEqual([]);
	});

	it('evaluates the modules in the order given, then starts the app, even if one fails', async () => {
		const reversed = startAfterPaint(page(start), [], (hrefs) => [...hrefs].reverse());
		const script = scriptOf(reversed);
		expect(reversed).toContain(sha(script));
		const { appended, imported, frames, started } = boot(
			script,
			undefined,
			new Set(['/_app/immutable/chunks/a.js'])
		);
		frames[0]!();
		await vi.waitFor(() => expect(started).toEqual(['started']));
		expect(appended).toEqual(['/_app/immutable/chunks/a.js', '/_app/immutable/entry/start.js']);
		expect(imported).toEqual([
			'/_app/immutable/chunks/a.js', // failed: the app's own import will say so
			'/_app/immutable/entry/start.js',
			'/_app/immutable/entry/start.js',
			'/_app/immutable/entry/app.js'
		]);
	});

	it('hands the main thread back between modules once a task has run a few milliseconds', async () => {
		const hrefs = Array.from({ length: 6 }, (_, i) => `/_app/immutable/chunks/m${i}.js`);
		const many = startAfterPaint(page(start), hrefs, (listed) => [...listed]);
		const tasks: (() => void)[] = [];
		let now = 0;
		const { imported, frames } = boot(scriptOf(many), tasks, new Set(), {
			now: () => (now += 1.5) // each module takes a while to evaluate
		});
		const runTask = async () => {
			tasks.shift()!();
			for (let i = 0; i < 20; i++) await Promise.resolve(); // the task's microtasks
		};
		frames[0]!();
		await runTask(); // the preloads (eight fit in one task), then the first modules
		expect(imported).toEqual(['/_app/immutable/entry/start.js', '/_app/immutable/chunks/a.js']);
		expect(tasks).toHaveLength(1); // the next modules wait for a task of their own
		let slices = 1;
		while (tasks.length) {
			await runTask();
			slices++;
		}
		expect(slices).toBeGreaterThan(2);
		expect(imported).toEqual([
			'/_app/immutable/entry/start.js',
			'/_app/immutable/chunks/a.js',
			...hrefs,
			'/_app/immutable/entry/start.js', // SvelteKit's own start, the modules ready
			'/_app/immutable/entry/app.js'
		]);
	});

	it('preloads the modules the page imports beyond its head’s (a wizard step’s code), once', () => {
		const script = 'Promise.all([import("/a.js")]).then(([kit, app]) => { kit.start(app); });';
		const html = startAfterPaint(
			`<head><link href="/_app/immutable/chunks/runtime.js" rel="modulepreload"></head><script>${script}</script>`,
			['/_app/immutable/chunks/step.js', '/_app/immutable/chunks/runtime.js']
		);
		expect(html).toContain(
			'["/_app/immutable/chunks/runtime.js","/_app/immutable/chunks/step.js"]'
		);
	});

	it('keeps a page without SvelteKit’s start as it is', () => {
		const plain =
			'<head><link href="/a.js" rel="modulepreload"></head><body><script>1</script></body>';
		expect(startAfterPaint(plain)).toBe(plain);
	});
});
