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
		expect(script).toContain('kit.start(app, element');
		// Still one valid script: the start runs once the preloads are in the head.
		expect(() => new Function(script)).not.toThrow();
	});

	it('puts the new script’s hash in the Content Security Policy in place of the old one', () => {
		expect(html).toContain(sha(scriptOf(html)));
		expect(html).not.toContain(sha(start));
	});

	it('runs the start only after a frame, with the preloads in the head', async () => {
		const script = scriptOf(html);
		const appended: string[] = [];
		const frames: (() => void)[] = [];
		const started: string[] = [];
		const document = {
			visibilityState: 'visible',
			currentScript: { parentElement: 'body' },
			createElement: () => ({}) as { href?: string },
			head: { append: (link: { href: string }) => appended.push(link.href) }
		};
		const run = new Function(
			'document',
			'requestAnimationFrame',
			'importModule',
			script.replaceAll('import(', 'importModule(')
		);
		run(
			document,
			(frame: () => void) => frames.push(frame),
			async (url: string) =>
				url.endsWith('start.js') ? { start: () => started.push('started') } : { app: true }
		);
		await new Promise((r) => setTimeout(r));
		expect(started).toEqual([]);
		expect(appended).toEqual([]);
		frames[0]!();
		await vi.waitFor(() => expect(started).toEqual(['started']));
		expect(appended).toEqual(['/_app/immutable/entry/start.js', '/_app/immutable/chunks/a.js']);
	});

	it('keeps a page without SvelteKit’s start as it is', () => {
		const plain =
			'<head><link href="/a.js" rel="modulepreload"></head><body><script>1</script></body>';
		expect(startAfterPaint(plain)).toBe(plain);
	});
});
