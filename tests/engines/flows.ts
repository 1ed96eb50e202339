/**
 * The main flows of issue #19, written once for every engine: what a supplier does and what they
 * see. Page knowledge (headings, labels, field kinds) comes from tests/support/pages.ts, shared with
 * the Chromium suite; personas come from the domain fixtures.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { personaValues } from '../../src/lib/domain/registration/fixtures';
import type { RegistrationValues } from '../../src/lib/domain/registration';
import {
	AGREE_LABEL,
	CONFLICT_HEADING,
	DONE_MESSAGE,
	LEGAL_NAME_LABEL,
	LOADING_REGISTRATION,
	LOGGED_OUT,
	MASKED_FIELDS,
	RADIO_FIELDS,
	STEP_FIELDS,
	UNSPSC,
	USAGE_TERMS_HEADING,
	WIZARD_HEADINGS
} from '../support/pages';
import type { Engine, Session } from './driver';
import { Page, css, role, text, type Spec } from './page';

export interface FlowContext {
	engine: Engine;
	base: string;
	/** Stops and starts the static server (the offline flow). */
	server: { stop(): Promise<void>; start(): Promise<void> };
	/** A line in the report (what was checked, or where an engine differs). */
	note(line: string): void;
}

export interface Flow {
	name: string;
	run(ctx: FlowContext): Promise<void>;
}

const heading = (name: string | RegExp, within?: Spec) => role('heading', name, within);
const button = (name: string | RegExp, within?: Spec) => role('button', name, within);
const legalName = role('textbox', LEGAL_NAME_LABEL);
const nextButton = button('Next');
const SAVED_OR_KEPT = /^All changes (saved|kept in this tab) at/;

/** Runs `fn` with a fresh session (its own storage), closing it and checking axe afterwards. */
async function withSession(
	ctx: FlowContext,
	fn: (page: Page, session: Session) => Promise<void>
): Promise<void> {
	const session = await ctx.engine.newSession();
	const page = new Page(session.tab, ctx.base);
	try {
		await fn(page, session);
		page.assertAccessible();
	} catch (e) {
		// What the person saw when it failed, for the report.
		const seen = await Page.lastUsed
			?.run<string>(
				`location.href + ' | ' + (document.querySelector('main') || document.body).innerText`
			)
			.catch((err: unknown) => `(page not readable: ${String(err).slice(0, 300)})`);
		if (seen) ctx.note(`page at failure: ${seen.slice(0, 1500).replace(/\n+/g, ' | ')}`);
		throw e;
	} finally {
		await session.close();
	}
}

// ---- the wizard ------------------------------------------------------------------------------

async function setField(page: Page, name: string, value: unknown) {
	if (typeof value === 'boolean') return page.check(css(`#${name}`), value);
	if (RADIO_FIELDS.includes(name)) return page.check(css(`[id="${name}-${String(value)}"]`));
	const field = css(`[id="${name}"]`);
	if ((await page.count(field)) === 0) {
		if (value === '') return; // a field not shown (e.g. Other Region) stays empty
		throw new Error(`No field #${name} on the page for ${JSON.stringify(value)}`);
	}
	const tag = await page.run<string>(`document.getElementById(${JSON.stringify(name)}).tagName`);
	if (tag === 'SELECT') {
		await page.select(field, String(value));
		return;
	}
	if (MASKED_FIELDS.includes(name) || value !== '' || (await page.textOf(field)) !== '') {
		await page.fill(field, String(value));
	}
}

async function fillStep(
	page: Page,
	step: 'organization' | 'contact',
	values: RegistrationValues['organization'] | RegistrationValues['contact']
) {
	for (const field of STEP_FIELDS[step]) {
		await setField(page, field, (values as Record<string, unknown>)[field]);
	}
}

/**
 * Waits for a step the wizard moved to: its heading shown and focused (the wizard moves focus
 * there after a step change; typing before that would land on the heading).
 */
async function onStep(page: Page, name: string | RegExp) {
	await page.see(heading(name));
	await page.waitFor(
		`the step heading focused`,
		`document.activeElement && document.activeElement.id === 'step-heading'`
	);
}

async function agree(page: Page) {
	await page.see(heading(WIZARD_HEADINGS.instructions));
	await page.check(role('checkbox', AGREE_LABEL));
	await page.press(nextButton, 'Enter');
	await onStep(page, WIZARD_HEADINGS.organization);
}

// ---- flows -----------------------------------------------------------------------------------

/**
 * The whole registration: Step 1, Step 2 with a reload (what was typed stays), Step 3, Save and
 * Return Later, the resume link in another tab, Step 4 (a misspelled search, the tree by keyboard,
 * a selection that survives a reload), Check your answers, Submit, then Log In reaches the usage
 * terms, which are accepted; the dashboard; Logout.
 */
export const registration: Flow = {
	name: 'registration, UNSPSC selector, log in and out',
	run: (ctx) =>
		withSession(ctx, async (page, session) => {
			const persona = personaValues('parent-fein');
			await page.goto('register');
			await agree(page);
			await page.axe();

			await page.fill(legalName, 'Reload Keeps This');
			await page.see(text(SAVED_OR_KEPT));
			await page.reload();
			await page.expectValue(legalName, 'Reload Keeps This');
			ctx.note('Step 2: what was typed survives a reload');
			await fillStep(page, 'organization', persona.organization);
			await page.press(nextButton, 'Enter');
			await onStep(page, WIZARD_HEADINGS.contact);
			await fillStep(page, 'contact', persona.contact);
			await page.see(text(`“${persona.contact.username}” is available.`));
			await page.axe();

			// Save and Return Later: the resume link opens the draft in another tab (its key is
			// only in the link), at the step reached; passwords are typed again there.
			await page.press(button('Save and Return Later'), 'Enter');
			await page.see(heading('Your registration is saved'));
			const link = await page.run<string>(`document.getElementById('resume-link').href`);
			const other = new Page(await session.newTab(), ctx.base);
			await other.goto(link);
			await onStep(other, WIZARD_HEADINGS.contact);
			await other.until('the key to leave the address', async () =>
				/\/register\/contact\?draft=[^#]+$/.test(await other.url())
			);
			await other.expectValue(role('textbox', 'UserName'), persona.contact.username);
			ctx.note('resume link: the draft reopens at Contact Information in another tab');
			// The person goes on in the new tab and closes the first: a tab left behind another is
			// not rendered (WebKit then fires no scroll events there, which the usage terms need).
			page.assertAccessible();
			await page.tab.close();
			await other.fill(css('#password'), persona.contact.password);
			await other.fill(css('#confirmPassword'), persona.contact.confirmPassword);
			await other.press(nextButton, 'Enter');
			await onStep(other, WIZARD_HEADINGS.codes);

			// The UNSPSC selector: a typo still finds the code.
			const available = role('region', UNSPSC.available);
			const selected = role('region', UNSPSC.selected);
			await other.fill(css('#codes'), UNSPSC.typo);
			await other.check(role('checkbox', UNSPSC.router, available));
			await other.see(text(UNSPSC.router, selected));
			// The tree by keyboard: Space selects a segment, ArrowRight shows its families covered.
			await other.fill(css('#codes'), '');
			const segment = role('treeitem', UNSPSC.segment, available);
			await other.press(segment, 'Space');
			await other.waitFor(
				'the segment checked',
				`document.activeElement && document.activeElement.getAttribute('aria-checked') === 'true'`
			);
			await other.key('ArrowRight');
			await other.see(text(UNSPSC.segmentLabel, selected));
			await other.waitFor(
				'its families shown as covered',
				`[...document.querySelectorAll('[role=treeitem]')].some((t) => t.textContent.includes('(77100000)') && t.getAttribute('aria-disabled') === 'true')`
			);
			await other.axe();
			await other.reload();
			await other.see(text(UNSPSC.router, selected));
			await other.see(text(UNSPSC.segmentLabel, selected));
			ctx.note('UNSPSC: typo search, tree by keyboard, selection survives a reload');

			await other.press(nextButton, 'Enter');
			await other.see(heading(WIZARD_HEADINGS.review));
			await other.axe();
			await other.press(button('Submit'), 'Enter');
			// Passwords are never stored: after the reload on Step 4, Submit asks for them again.
			await other.see(role('link', 'Enter a Password', role('region', 'There is a problem')));
			await other.fill(css('#password'), persona.contact.password);
			await other.fill(css('#confirmPassword'), persona.contact.confirmPassword);
			await other.press(nextButton, 'Enter');
			await onStep(other, WIZARD_HEADINGS.codes);
			await other.press(nextButton, 'Enter');
			await other.see(heading(WIZARD_HEADINGS.review));
			await other.press(button('Submit'), 'Enter');
			await other.see(text(DONE_MESSAGE), 60_000);
			await other.axe();
			ctx.note('registration submitted');

			// Log In (a 600,000-iteration PBKDF2 hash: slow in every engine on a busy machine).
			await other.click(role('link', 'Take me to WebProcure Now'));
			await other.see(heading('Log in to WebProcure'));
			await other.axe();
			await other.fill(role('textbox', 'Username / Email Address'), persona.contact.username);
			await other.fill(css('#login-password'), persona.contact.password);
			await other.click(button('Log In'));
			await other.see(heading(USAGE_TERMS_HEADING), 90_000);
			await other.axe();
			await acceptTerms(other);
			await other.axe();
			ctx.note('log in, usage terms accepted, dashboard');
			const fullName = `${persona.contact.firstName} ${persona.contact.lastName}`;
			await other.click(button(fullName));
			await other.click(button('Logout'));
			await other.see(text(LOGGED_OUT));
			await other.axe();
			ctx.note('logout');
			other.assertAccessible();
		})
};

/**
 * "Start a new registration" followed the moment it appears, in ten fresh sessions: every one
 * reaches Step 1 and a working Step 2, never "Loading your registration…" for ever (issue #19:
 * WebKitGTK's IndexedDB could hang at that moment; the portal now carries on after a few seconds).
 */
export const earlyClick: Flow = {
	name: 'early click, ten fresh sessions',
	async run(ctx) {
		let memory = 0;
		for (let i = 0; i < 10; i++) {
			await withSession(ctx, async (page) => {
				await page.goto('register/resume');
				// Installed as soon as the page has loaded; clicks the link the moment it exists.
				await page.run(`new Promise((resolve) => {
					const link = () => [...document.querySelectorAll('a')].find((a) => a.textContent.trim() === 'Start a new registration');
					const go = () => { const a = link(); if (!a) return false; a.click(); resolve(true); return true; };
					if (!go()) new MutationObserver((_, o) => { if (go()) o.disconnect(); }).observe(document, { childList: true, subtree: true });
				})`);
				await page.see(heading(WIZARD_HEADINGS.instructions));
				await agree(page);
				if (i === 0) await page.axe();
				await page.fill(legalName, `Early Click ${i + 1}`);
				const status = await page.textOf(text(SAVED_OR_KEPT));
				if (status.includes('kept in this tab')) memory++;
				await page.notSee(text(LOADING_REGISTRATION));
			});
		}
		ctx.note(
			`10 of 10 sessions reached Step 2 and saved (${memory} of them in memory at first, IndexedDB not answering)`
		);
	}
};

/** Two tabs on one draft: the older tab is told, not overwritten, and can load the newer one. */
export const twoTabs: Flow = {
	name: 'two tabs on one draft',
	run: (ctx) =>
		withSession(ctx, async (page, session) => {
			await page.goto('register');
			await agree(page);
			await page.press(button('Save and Return Later'), 'Enter');
			await page.see(heading('Your registration is saved'));
			const link = await page.run<string>(`document.getElementById('resume-link').href`);
			const other = new Page(await session.newTab(), ctx.base);
			await other.goto(link);
			await onStep(other, WIZARD_HEADINGS.organization);
			await other.fill(legalName, 'Written In Tab Two');
			await other.see(text(/^All changes saved at/));
			await page.see(heading(CONFLICT_HEADING));
			await page.axe();
			await page.press(button('Load the newer version'), 'Enter');
			await page.expectValue(legalName, 'Written In Tab Two');
			ctx.note('the older tab is told and loads the newer version');
		})
};

/** A small, real PDF (with the binary comment line real PDFs carry), as in the Chromium suite. */
const PDF = Buffer.concat([
	Buffer.from('%PDF-1.4\n%'),
	Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
	Buffer.from(
		'\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n' +
			'2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n' +
			'3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>> endobj\n' +
			'trailer <</Root 1 0 R>>\n%%EOF\n'
	)
]);

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Creates a sample supplier in the demo tools, logs in and accepts the terms. */
async function signInAsSample(page: Page) {
	await page.goto('demo');
	await page.see(heading('Sample supplier accounts'));
	await page.axe();
	const username = await page.textOf(role('textbox', 'UserName'));
	await page.click(button('Create sample supplier account'));
	const created = await page.textOf(text(/Password: \S+/), 60_000);
	const password = /Password: (\S+)/.exec(created)?.[1] ?? '';
	await page.goto('login');
	await page.fill(role('textbox', 'Username / Email Address'), username);
	await page.fill(css('#login-password'), password);
	await page.click(button('Log In'));
	await page.see(heading(USAGE_TERMS_HEADING), 90_000);
	await acceptTerms(page);
}

/**
 * Scrolls the usage terms to their end and accepts them. A scroll made while the page was still
 * starting can go unnoticed (seen in WebKit): a person scrolls again, and so does this.
 */
async function acceptTerms(page: Page) {
	await page.until('Accept enabled once the terms are read', async () => {
		await page.scrollToEnd(role('region', 'Terms and Conditions'));
		return page.run<boolean>(
			`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Accept' && !b.disabled)`
		);
	});
	await page.click(button('Accept'));
	await page.see(button('Solicitations'), 60_000);
}

/** An attachment uploaded, then downloaded byte for byte. */
export const attachments: Flow = {
	name: 'attachment upload and download',
	run: (ctx) =>
		withSession(ctx, async (page, session) => {
			const dir = mkdtempSync(join(tmpdir(), 'engines-upload-'));
			try {
				await uploadAndDownload(ctx, page, session, dir);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		})
};

async function uploadAndDownload(ctx: FlowContext, page: Page, session: Session, dir: string) {
	const file = join(dir, 'certificate-of-insurance.pdf');
	writeFileSync(file, PDF);
	await signInAsSample(page);
	await page.goto('portal/account/ct/attachments');
	await page.see(heading('Document Category'));
	await page.click(button(/^Insurance documents \d+ files?$/));
	await page.click(button(/^Upload New/));
	await page.check(role('radio', 'Certificate of Insurance (Acord Form)'));
	await page.chooseFile(css('input[type=file]'), file);
	await page.see(text(/Uploaded to Insurance documents/));
	await page.see(role('row', /^certificate-of-insurance\.pdf/));
	await page.axe();
	ctx.note('uploaded through the file input');

	// What the Download button hands over: the Blob given to the download link, read back in
	// the page (every engine), and the file the engine saved, where it saves without a dialog.
	await page.run(`(() => {
				window.__downloads = [];
				const original = URL.createObjectURL;
				URL.createObjectURL = (blob) => { window.__downloads.push(blob); return original.call(URL, blob); };
				return true; })()`);
	await page.click(button('certificate-of-insurance.pdf'));
	await page.click(button(/^Download/));
	const base64 = await page.until('the download to be offered', () =>
		page.run<string | null>(`(async () => {
					const blob = window.__downloads && window.__downloads[0];
					if (!blob) return null;
					const bytes = new Uint8Array(await blob.arrayBuffer());
					let s = ''; for (const b of bytes) s += String.fromCharCode(b);
					return btoa(s); })()`)
	);
	const offered = Buffer.from(base64, 'base64');
	if (sha256(offered) !== sha256(PDF)) {
		throw new Error(`${ctx.engine.name}: the download offered differs from the upload`);
	}
	if (session.downloads) {
		const saved = join(session.downloads, 'certificate-of-insurance.pdf');
		await page.until(
			'the file saved by the browser',
			async () => existsSync(saved) && readFileSync(saved).length === PDF.length
		);
		if (!readFileSync(saved).equals(PDF)) throw new Error('the saved file differs');
		ctx.note('downloaded byte for byte (the file the browser saved)');
	} else {
		ctx.note(
			'downloaded byte for byte (the Blob the download link carries; MiniBrowser under WebDriver saves no file)'
		);
	}
}

/** After a first visit, pages open with the network gone (the service worker's cache). */
export const offline: Flow = {
	name: 'offline after a first visit',
	run: (ctx) =>
		withSession(ctx, async (page) => {
			await page.goto('');
			await page.see(role('heading', /CTsource|Supplier/));
			await page.axe();
			const supported = await page.run<boolean>(`'serviceWorker' in navigator`);
			if (!supported) {
				ctx.note('no service worker API in this engine under automation: offline not available');
				throw new Error(`${ctx.engine.name}: navigator.serviceWorker is missing`);
			}
			await page.waitFor(
				'the service worker to be ready',
				`navigator.serviceWorker.ready.then(() => true)`,
				90_000
			);
			// The worker claims the page it was installed from; if not, the next load is controlled.
			if (!(await page.run<boolean>(`navigator.serviceWorker.controller !== null`))) {
				await page.reload();
			}
			await page.waitFor(
				'the service worker to control the page',
				`navigator.serviceWorker.controller !== null`
			);
			await ctx.server.stop();
			try {
				await page.goto('login');
				await page.see(heading('Log in to WebProcure'));
				await page.goto('bids/view?id=sol-001');
				await page.see(role('link', 'Back to the Bid Board'));
				ctx.note('with the server stopped: /login and a solicitation page open from the cache');
			} finally {
				await ctx.server.start();
			}
		})
};

export const FLOWS: Flow[] = [registration, earlyClick, twoTabs, attachments, offline];
