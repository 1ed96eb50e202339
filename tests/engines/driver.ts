/**
 * A small driver over two engines Playwright cannot drive on this machine (see README, "Browser
 * engines"): Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) and WebKitGTK's MiniBrowser
 * over WebDriver classic (selenium-webdriver with WebKitWebDriver). Both are reduced to the same
 * few primitives (run a script in the page, click, type, press a key, choose a file, navigate);
 * `page.ts` builds the person-level actions and waits on top of them, once for both.
 *
 * Scripts run in the page as strings, not serialized functions: tsx (esbuild) would wrap
 * functions in helpers the page does not have. WebDriver's script execution is not bound by the
 * page's Content Security Policy, so axe-core and the finders run on the real pages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';

export type EngineName = 'firefox' | 'webkit';

/** Keys a person presses in these flows. */
export type KeyName =
	| 'Enter'
	| 'Space'
	| 'Backspace'
	| 'End'
	| 'Tab'
	| 'Escape'
	| 'ArrowRight'
	| 'ArrowLeft'
	| 'ArrowDown'
	| 'ArrowUp'
	| 'SelectAll';

/** An element found in the page (opaque: only the tab that found it uses it). */
export type Handle = { readonly engine: EngineName; readonly ref: unknown };

/** One browser tab, reduced to the primitives the flows need. */
export interface Tab {
	readonly engine: EngineName;
	/** Runs `body` (an expression, may be a promise) in the page and returns its JSON value. */
	run<T>(body: string): Promise<T>;
	/** Runs `body` and returns the element it evaluates to, or null. */
	element(body: string): Promise<Handle | null>;
	click(handle: Handle): Promise<void>;
	/** Types text into the focused element, key by key. */
	type(text: string): Promise<void>;
	press(key: KeyName): Promise<void>;
	/** Chooses a file in a file input (the path must exist on this machine). */
	chooseFile(handle: Handle, path: string): Promise<void>;
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	url(): Promise<string>;
	close(): Promise<void>;
}

/** A fresh browser profile: its own storage, cookies and service workers. */
export interface Session {
	readonly tab: Tab;
	/** Another tab of the same session (same storage, BroadcastChannel between them). */
	newTab(): Promise<Tab>;
	/** Where this session's downloads land, when the engine saves them to disk. */
	readonly downloads: string | null;
	close(): Promise<void>;
}

export interface Engine {
	readonly name: EngineName;
	newSession(): Promise<Session>;
	close(): Promise<void>;
}

/** How long a single script may run in the page (axe on a long page, a PBKDF2 login). */
const SCRIPT_TIMEOUT_MS = 120_000;

// ---- Firefox (WebDriver BiDi, puppeteer-core) ---------------------------------------------------

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** The tab in front: keys reach only the tab a person is looking at. */
let front: PuppeteerPage | null = null;

class FirefoxTab implements Tab {
	readonly engine = 'firefox';
	constructor(readonly page: PuppeteerPage) {
		front = page;
		page.setDefaultTimeout(SCRIPT_TIMEOUT_MS);
		page.setDefaultNavigationTimeout(SCRIPT_TIMEOUT_MS);
	}
	run<T>(body: string): Promise<T> {
		return this.page.evaluate(`(async () => (${body}))()`) as Promise<T>;
	}
	async element(body: string): Promise<Handle | null> {
		const handle = await this.page.evaluateHandle(`(async () => (${body}))()`);
		const element = handle.asElement();
		if (!element) {
			await handle.dispose();
			return null;
		}
		return { engine: 'firefox', ref: element };
	}
	async click(handle: Handle) {
		await this.#toFront();
		await (handle.ref as ElementHandle<Element>).click();
	}
	async #toFront() {
		if (front === this.page) return;
		await this.page.bringToFront();
		front = this.page;
	}
	async type(text: string) {
		await this.#toFront();
		await this.page.keyboard.type(text);
	}
	async press(key: KeyName) {
		await this.#toFront();
		if (key === 'SelectAll') {
			await this.page.keyboard.down('Control');
			await this.page.keyboard.press('a');
			await this.page.keyboard.up('Control');
			return;
		}
		await this.page.keyboard.press(key === 'Space' ? ' ' : key);
	}
	async chooseFile(handle: Handle, path: string) {
		await (handle.ref as ElementHandle<HTMLInputElement>).uploadFile(path);
	}
	async goto(url: string) {
		await this.page.goto(url, { waitUntil: 'load' });
	}
	async reload() {
		await this.page.reload({ waitUntil: 'load' });
	}
	async url() {
		return this.page.url();
	}
	async close() {
		await this.page.close();
	}
}

export async function firefox(): Promise<Engine> {
	const { default: puppeteer } = await import('puppeteer-core');
	const downloads = mkdtempSync(join(tmpdir(), 'engines-firefox-'));
	const browser: Browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX_PATH,
		headless: true,
		protocolTimeout: SCRIPT_TIMEOUT_MS * 2,
		extraPrefsFirefox: {
			// Downloads go to one folder without a dialog (the attachment flow reads them back).
			'browser.download.dir': downloads,
			'browser.download.folderList': 2,
			'browser.download.useDownloadDir': true,
			'browser.download.always_ask_before_handling_new_types': false,
			// Service workers in headless automation (the offline flow).
			'dom.serviceWorkers.enabled': true,
			'dom.serviceWorkers.testing.enabled': true
		}
	});
	return {
		name: 'firefox',
		async newSession() {
			const context: BrowserContext = await browser.createBrowserContext();
			const tab = new FirefoxTab(await context.newPage());
			return {
				tab,
				downloads,
				newTab: async () => new FirefoxTab(await context.newPage()),
				close: () => context.close()
			};
		},
		async close() {
			await browser.close();
			rmSync(downloads, { recursive: true, force: true });
		}
	};
}

// ---- WebKit (WebKitGTK MiniBrowser, WebDriver classic, selenium-webdriver) -------------------

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
	process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const WEBDRIVER_KEYS: Record<Exclude<KeyName, 'SelectAll'>, string> = {
	Enter: Key.ENTER,
	Space: Key.SPACE,
	Backspace: Key.BACK_SPACE,
	End: Key.END,
	Tab: Key.TAB,
	Escape: Key.ESCAPE,
	ArrowRight: Key.ARROW_RIGHT,
	ArrowLeft: Key.ARROW_LEFT,
	ArrowDown: Key.ARROW_DOWN,
	ArrowUp: Key.ARROW_UP
};

/** Wraps a page expression for executeAsyncScript: resolves to { v } or { e }. */
function asyncScript(body: string): string {
	return `const done = arguments[arguments.length - 1];
(async () => (${body}))().then((v) => done({ v }), (e) => done({ e: String((e && e.stack) || e) }));`;
}

class WebKitTab implements Tab {
	readonly engine = 'webkit';
	constructor(
		readonly driver: WebDriver,
		readonly handle: string
	) {}
	async #focus() {
		const current = await this.driver.getWindowHandle().catch(() => null); // closed
		if (current !== this.handle) await this.driver.switchTo().window(this.handle);
	}
	async run<T>(body: string): Promise<T> {
		await this.#focus();
		const out = (await this.driver.executeAsyncScript(asyncScript(body))) as {
			v?: T;
			e?: string;
		};
		if (out && 'e' in out && out.e) throw new Error(`In the page: ${out.e}`);
		return out?.v as T;
	}
	async element(body: string): Promise<Handle | null> {
		const found = await this.run<WebElement | null>(body);
		return found ? { engine: 'webkit', ref: found } : null;
	}
	async click(handle: Handle) {
		await this.#focus();
		await (handle.ref as WebElement).click();
	}
	async type(text: string) {
		await this.#focus();
		await this.driver.actions().sendKeys(text).perform();
	}
	async press(key: KeyName) {
		await this.#focus();
		const actions = this.driver.actions();
		if (key === 'SelectAll') {
			await actions.keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).perform();
			return;
		}
		await actions.sendKeys(WEBDRIVER_KEYS[key]).perform();
	}
	async chooseFile(handle: Handle, path: string) {
		await this.#focus();
		await (handle.ref as WebElement).sendKeys(path);
	}
	async goto(url: string) {
		await this.#focus();
		await this.driver.get(url);
	}
	async reload() {
		await this.#focus();
		await this.driver.navigate().refresh();
	}
	async url() {
		await this.#focus();
		return this.driver.getCurrentUrl();
	}
	async close() {
		await this.#focus();
		await this.driver.close();
	}
}

/** Starts WebKitWebDriver (under xvfb-run when there is no display) on `port`. */
function startWebKitDriver(port: number): ChildProcess {
	const args = [`--port=${port}`];
	const child = process.env.DISPLAY
		? spawn(WEBKIT_DRIVER, args, { stdio: 'ignore', detached: true })
		: spawn('xvfb-run', ['-a', WEBKIT_DRIVER, ...args], { stdio: 'ignore', detached: true });
	return child;
}

async function waitForDriver(url: string, timeoutMs: number) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		try {
			const response = await fetch(`${url}/status`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > until) throw new Error(`WebKitWebDriver did not start at ${url}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

export async function webkit(port: number): Promise<Engine> {
	const child = startWebKitDriver(port);
	const server = `http://127.0.0.1:${port}`;
	await waitForDriver(server, 30_000);
	return {
		name: 'webkit',
		async newSession() {
			const driver = await new Builder()
				.usingServer(server)
				.withCapabilities({
					browserName: 'MiniBrowser',
					'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] }
				})
				.build();
			await driver.manage().setTimeouts({ script: SCRIPT_TIMEOUT_MS, pageLoad: SCRIPT_TIMEOUT_MS });
			const tab = new WebKitTab(driver, await driver.getWindowHandle());
			return {
				tab,
				downloads: null,
				async newTab() {
					await driver.switchTo().newWindow('tab');
					return new WebKitTab(driver, await driver.getWindowHandle());
				},
				close: () => driver.quit()
			};
		},
		async close() {
			// The driver (and xvfb-run with it): the process group this runner started.
			if (child.pid) {
				try {
					process.kill(-child.pid, 'SIGTERM');
				} catch {
					// already gone
				}
			}
		}
	};
}

/** Why an engine cannot run here, or null. */
export function missing(engine: EngineName): string | null {
	if (engine === 'firefox') {
		return existsSync(FIREFOX_PATH)
			? null
			: `Firefox not found at ${FIREFOX_PATH}: sudo apt-get install firefox-esr (or set FIREFOX_PATH).`;
	}
	if (!existsSync(WEBKIT_DRIVER) || !existsSync(MINIBROWSER)) {
		return `WebKitWebDriver or MiniBrowser not found: sudo apt-get install webkit2gtk-driver xvfb.`;
	}
	if (!process.env.DISPLAY && !existsSync('/usr/bin/xvfb-run')) {
		return 'No display and no xvfb-run: sudo apt-get install xvfb.';
	}
	return null;
}
