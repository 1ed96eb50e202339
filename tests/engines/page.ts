/**
 * Person-level actions over a driver Tab, the same in every engine: find an element by its role
 * and accessible name (or its label, or its text), wait until it is there, click it, type into it,
 * press keys, and run axe on the page. Every wait polls what the page shows, up to a generous
 * limit (CI is a busy 2-core machine); nothing sleeps for a fixed time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Handle, KeyName, Tab } from './driver';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Text to match: exact (after collapsing white space) or a pattern. */
export type Text = string | RegExp;

/** How a person finds an element: by role and name, by text, or (for structure) by CSS. */
export interface Spec {
	role?: string;
	name?: Text;
	/** Elements whose own text (white space collapsed) matches. */
	text?: Text;
	css?: string;
	/** Search inside the first match of this spec. */
	within?: Spec;
	/** nth match (0-based). */
	nth?: number;
}

export const role = (r: string, name?: Text, within?: Spec): Spec => ({ role: r, name, within });
export const text = (t: Text, within?: Spec): Spec => ({ text: t, within });
export const css = (selector: string, within?: Spec): Spec => ({ css: selector, within });

/** Serializes a spec for the page (patterns as source and flags). */
function wire(spec: Spec): unknown {
	const t = (v: Text | undefined) =>
		v === undefined
			? undefined
			: typeof v === 'string'
				? { s: v }
				: { re: v.source, flags: v.flags };
	return {
		role: spec.role,
		name: t(spec.name),
		text: t(spec.text),
		css: spec.css,
		nth: spec.nth,
		within: spec.within ? wire(spec.within) : undefined
	};
}

export function describe(spec: Spec): string {
	const parts = [
		spec.role && `role=${spec.role}`,
		spec.name !== undefined && `name=${String(spec.name)}`,
		spec.text !== undefined && `text=${String(spec.text)}`,
		spec.css && `css=${spec.css}`
	].filter(Boolean);
	return `${parts.join(' ')}${spec.within ? ` in (${describe(spec.within)})` : ''}`;
}

/**
 * The finder, in the page: implicit roles and accessible names as a screen reader computes them
 * for the elements these flows use (aria-labelledby, aria-label, labels, then content without
 * aria-hidden parts). Visible elements only, outside `inert` and `hidden` subtrees.
 */
const FINDER = `
const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
const shown = (el) => {
	if (el.closest('[inert],[hidden]')) return false;
	if (!el.getClientRects().length) return false;
	const style = getComputedStyle(el);
	return style.visibility !== 'hidden';
};
const textOf = (node) => {
	if (node.nodeType === 3) return node.textContent;
	if (node.nodeType !== 1) return '';
	if (node.getAttribute('aria-hidden') === 'true') return '';
	const display = getComputedStyle(node).display;
	if (display === 'none') return '';
	const inner = [...node.childNodes].map(textOf).join('');
	// Block and flex children are separate words, as a screen reader reads them.
	return display === 'inline' ? inner : ' ' + inner + ' ';
};
const roleOf = (el) => {
	const explicit = el.getAttribute('role');
	if (explicit) return explicit.split(' ')[0];
	const tag = el.tagName;
	if (tag === 'A') return el.hasAttribute('href') ? 'link' : '';
	if (tag === 'BUTTON') return 'button';
	if (tag === 'TEXTAREA') return 'textbox';
	if (tag === 'SELECT') return el.multiple ? 'listbox' : 'combobox';
	if (/^H[1-6]$/.test(tag)) return 'heading';
	if (tag === 'NAV') return 'navigation';
	if (tag === 'MAIN') return 'main';
	if (tag === 'DIALOG') return 'dialog';
	if (tag === 'TABLE') return 'table';
	if (tag === 'TR') return 'row';
	if (tag === 'SECTION') return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : '';
	if (tag === 'INPUT') {
		const type = (el.getAttribute('type') || 'text').toLowerCase();
		if (type === 'checkbox') return 'checkbox';
		if (type === 'radio') return 'radio';
		if (type === 'search') return 'searchbox';
		if (['button', 'submit', 'reset'].includes(type)) return 'button';
		if (['text', 'email', 'tel', 'url'].includes(type)) return el.hasAttribute('list') ? 'combobox' : 'textbox';
		return '';
	}
	return '';
};
const nameOf = (el) => {
	const by = el.getAttribute('aria-labelledby');
	if (by) return norm(by.split(/\\s+/).map((id) => { const t = document.getElementById(id); return t ? textOf(t) : ''; }).join(' '));
	const label = el.getAttribute('aria-label');
	if (label) return norm(label);
	if (el.labels && el.labels.length) return norm([...el.labels].map(textOf).join(' '));
	if (['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) return norm(el.getAttribute('title') || el.getAttribute('placeholder') || '');
	return norm(textOf(el));
};
const like = (value, want) => (want.re !== undefined ? new RegExp(want.re, want.flags).test(value) : value === want.s);
const findAll = (spec) => {
	let roots = [document];
	if (spec.within) { const r = findAll(spec.within)[0]; roots = r ? [r] : []; }
	const out = [];
	for (const root of roots) {
		for (const el of root.querySelectorAll(spec.css || '*')) {
			if (spec.role && roleOf(el) !== spec.role) continue;
			if (spec.name && !like(nameOf(el), spec.name)) continue;
			if (spec.text) {
				const own = norm(textOf(el));
				if (!like(own, spec.text)) continue;
				// The innermost element with that text, not each of its ancestors.
				if ([...el.children].some((c) => like(norm(textOf(c)), spec.text))) continue;
			}
			if (shown(el)) out.push(el);
		}
	}
	return spec.nth ? out.slice(spec.nth) : out;
};
`;

const find = (spec: Spec) =>
	`(() => { ${FINDER}; return findAll(${JSON.stringify(wire(spec))})[0] || null; })()`;
const count = (spec: Spec) =>
	`(() => { ${FINDER}; return findAll(${JSON.stringify(wire(spec))}).length; })()`;

/** Serious and critical axe violations found on one page. */
export interface AxeFinding {
	url: string;
	violations: { id: string; impact: string | null; help: string; targets: unknown[] }[];
}

export class Page {
	/** Default wait for what a person would see (busy 2-core CI: generous). */
	static timeout = 30_000;
	/** The page a flow acted on last (to report what it showed when a flow fails). */
	static lastUsed: Page | null = null;
	readonly axeFindings: AxeFinding[] = [];
	readonly #checked = new Set<string>();

	constructor(
		readonly tab: Tab,
		readonly base: string
	) {}

	get engine() {
		return this.tab.engine;
	}

	async goto(path: string) {
		await this.tab.goto(new URL(path, this.base).href);
	}

	async reload() {
		await this.tab.reload();
	}

	async url(): Promise<string> {
		return this.tab.url();
	}

	/** Polls `check` until it returns a truthy value; fails with `what` after `timeout`. */
	async until<T>(
		what: string,
		check: () => Promise<T>,
		timeout = Page.timeout
	): Promise<NonNullable<T>> {
		const end = Date.now() + timeout;
		let last: unknown;
		for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
			try {
				const value = await check();
				if (value) return value as NonNullable<T>;
			} catch (e) {
				last = e; // navigating: the page's scripts are gone for a moment
			}
			if (Date.now() > end) {
				throw new Error(
					`${this.engine}: timed out after ${timeout} ms waiting for ${what}` +
						(last ? ` (last error: ${String(last)})` : '')
				);
			}
			await new Promise((r) => setTimeout(r, delay));
		}
	}

	/** Runs an expression in the page. */
	run<T>(body: string): Promise<T> {
		return this.tab.run<T>(body);
	}

	/** Waits until a page expression is truthy. */
	waitFor(what: string, body: string, timeout?: number) {
		return this.until(what, () => this.tab.run<unknown>(body), timeout);
	}

	/** Waits for the element and returns it. */
	find(spec: Spec, timeout?: number): Promise<Handle> {
		Page.lastUsed = this;
		return this.until(describe(spec), () => this.tab.element(find(spec)), timeout);
	}

	count(spec: Spec): Promise<number> {
		return this.tab.run<number>(count(spec));
	}

	async see(spec: Spec, timeout?: number) {
		await this.find(spec, timeout);
	}

	async notSee(spec: Spec, timeout?: number) {
		await this.until(`no ${describe(spec)}`, async () => (await this.count(spec)) === 0, timeout);
	}

	/** The element's value (inputs) or text, white space collapsed. */
	async textOf(spec: Spec, timeout?: number): Promise<string> {
		await this.find(spec, timeout);
		return this.tab.run<string>(
			`(() => { ${FINDER}; const el = findAll(${JSON.stringify(wire(spec))})[0]; return el ? ('value' in el && el.tagName !== 'BUTTON' ? el.value : norm(textOf(el))) : ''; })()`
		);
	}

	async expectValue(spec: Spec, value: string, timeout?: number) {
		let last = '';
		await this.until(
			`${describe(spec)} to have value ${JSON.stringify(value)}`,
			async () => (last = await this.textOf(spec)) === value,
			timeout
		).catch((e: Error) => {
			throw new Error(`${e.message}; it has ${JSON.stringify(last)} at ${this.tab.engine}`);
		});
	}

	async click(spec: Spec, timeout?: number) {
		const el = await this.find(spec, timeout);
		await this.#scroll(spec);
		await this.tab.click(el);
	}

	/** Focuses the element as a person tabbing to it would. */
	async focus(spec: Spec) {
		await this.find(spec);
		await this.until(`focus on ${describe(spec)}`, () =>
			this.tab.run<boolean>(
				`(() => { ${FINDER}; const el = findAll(${JSON.stringify(wire(spec))})[0]; if (!el) return false; el.scrollIntoView({ block: 'center' }); el.focus(); return document.activeElement === el; })()`
			)
		);
	}

	async press(spec: Spec, key: KeyName) {
		await this.focus(spec);
		await this.tab.press(key);
	}

	/** Presses a key wherever focus is. */
	async key(key: KeyName) {
		await this.tab.press(key);
	}

	/** Replaces a field's text by typing, like a person (select all, delete, type). */
	async fill(spec: Spec, value: string) {
		await this.focus(spec);
		await this.tab.press('SelectAll');
		await this.tab.press('Backspace');
		if (value) await this.tab.type(value);
		await this.expectValue(spec, value);
	}

	/** Sets a checkbox or radio with Space (USWDS moves the real input off-screen). */
	async check(spec: Spec, checked = true) {
		const state = () =>
			this.tab.run<boolean | null>(
				`(() => { ${FINDER}; const el = findAll(${JSON.stringify(wire(spec))})[0]; return el ? (el.disabled ? null : el.checked ?? el.getAttribute('aria-checked') === 'true') : null; })()`
			);
		await this.until(`${describe(spec)} enabled`, async () => (await state()) !== null);
		if ((await state()) !== checked) await this.press(spec, 'Space');
		await this.until(
			`${describe(spec)} ${checked ? 'checked' : 'unchecked'}`,
			async () => (await state()) === checked
		);
	}

	/** Chooses an option of a select by value (as choosing it from the list does). */
	async select(spec: Spec, value: string): Promise<boolean> {
		await this.focus(spec);
		return this.tab.run<boolean>(
			`(() => { ${FINDER}; const el = findAll(${JSON.stringify(wire(spec))})[0];
			if (![...el.options].some((o) => o.value === ${JSON.stringify(value)})) return false;
			el.value = ${JSON.stringify(value)};
			el.dispatchEvent(new Event('input', { bubbles: true }));
			el.dispatchEvent(new Event('change', { bubbles: true }));
			return true; })()`
		);
	}

	/** Scrolls an element to its end (4 px short if already there, so a scroll event fires again). */
	async scrollToEnd(spec: Spec) {
		await this.find(spec);
		await this.tab.run(
			`(() => { ${FINDER}; const el = findAll(${JSON.stringify(wire(spec))})[0]; const end = el.scrollHeight - el.clientHeight; el.scrollTo({ top: el.scrollTop >= end - 1 ? end - 4 : end }); return true; })()`
		);
	}

	async chooseFile(spec: Spec, path: string) {
		const el = await this.find(spec);
		await this.tab.chooseFile(el, path);
	}

	async #scroll(spec: Spec) {
		await this.tab.run(
			`(() => { ${FINDER}; const el = findAll(${JSON.stringify(wire(spec))})[0]; if (el) el.scrollIntoView({ block: 'center' }); return true; })()`
		);
	}

	/**
	 * Runs axe-core on the page once per address (without its query) and keeps the serious and
	 * critical violations; `assertAccessible` fails the flow on any.
	 */
	async axe() {
		const url = await this.url();
		const key = url.replace(/[?#].*$/, '');
		if (this.#checked.has(key)) return;
		this.#checked.add(key);
		const hasAxe = await this.run<boolean>(`'axe' in window`);
		if (!hasAxe) await this.tab.run(`(() => { ${AXE_SOURCE}; return true; })()`);
		const violations = await this.run<AxeFinding['violations']>(`window.axe.run(document, {
			resultTypes: ['violations'],
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
		}).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target) })))`);
		if (violations.length) this.axeFindings.push({ url, violations });
	}

	assertAccessible() {
		if (!this.axeFindings.length) return;
		throw new Error(
			`${this.engine}: serious or critical accessibility violations:\n` +
				this.axeFindings
					.map(
						(f) =>
							`${f.url}\n` +
							f.violations
								.map((v) => `  [${v.impact}] ${v.id}: ${v.help} at ${JSON.stringify(v.targets)}`)
								.join('\n')
					)
					.join('\n')
		);
	}
}
