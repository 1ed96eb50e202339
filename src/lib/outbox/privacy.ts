/**
 * Who may read an outbox e-mail. On a shared computer the outbox must not hand the next visitor
 * someone's reset link or registration details: a message's subject, body and links are shown
 * only in the browser tab that caused it, or in a tab where the presenter turned on "Show every
 * e-mail" in the demo tools. Everyone else sees that an e-mail went to an address, and when.
 */
import {
	WEB_STORAGE_PREFIX,
	getWebStorage,
	readJson,
	removeKey,
	tabId,
	writeJson
} from '$lib/storage/web-storage';
import { draftKeyOf } from '$lib/storage/draft-keys';

const SHOW_ALL_KEY = `${WEB_STORAGE_PREFIX}outbox-show-all`;

/** The presenter turned on "Show every e-mail" in this tab (demo tools). */
export function showsEveryEmail(): boolean {
	return readJson(getWebStorage('sessionStorage'), SHOW_ALL_KEY) === true;
}

/** Turns "Show every e-mail" on or off for this tab only (it ends with the tab). */
export function setShowEveryEmail(on: boolean): void {
	const storage = getWebStorage('sessionStorage');
	if (on) writeJson(storage, SHOW_ALL_KEY, true);
	else removeKey(storage, SHOW_ALL_KEY);
}

/** Whether this tab may read the e-mail's content. */
export function canRead(email: { senderTab?: string }): boolean {
	if (showsEveryEmail()) return true;
	const me = tabId();
	return me !== null && email.senderTab === me;
}

export interface BodyPart {
	text: string;
	/** Set on the portal's own URLs only: anything else in a body stays text. */
	href?: string;
}

/**
 * Splits an e-mail body into text and links (never rendered as HTML). Only URLs of the portal
 * itself (`portalRoot`, e.g. "https://host/ctsource/") become links: a First Name or a company
 * name that is a URL stays text.
 */
export function emailParts(body: string, portalRoot: string): BodyPart[] {
	return body
		.split(/(https?:\/\/\S+)/)
		.filter((text) => text !== '')
		.map((text) => (isPortalUrl(text, portalRoot) ? { text, href: text } : { text }));
}

function isPortalUrl(text: string, portalRoot: string): boolean {
	if (!/^https?:\/\//.test(text)) return false;
	try {
		const url = new URL(text);
		const root = new URL(portalRoot);
		const path = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`;
		return url.origin === root.origin && `${url.pathname}/`.startsWith(path);
	} catch {
		return false;
	}
}

/**
 * Stands in a stored e-mail body for draft `id`'s key (see `$lib/registration/resume-email`):
 * the outbox store never holds the key itself.
 */
export function draftKeyPlaceholder(id: string): string {
	return `{draft-key:${id}}`;
}

/** What a reader sees where this tab does not hold the key. */
export const KEY_NOT_IN_THIS_TAB = '(key-kept-only-in-the-tab-that-saved-it)';

/** The body with each draft-key placeholder filled in from this tab's keys. */
export function fillDraftKeys(body: string): string {
	return body.replace(/\{draft-key:([^}\s]+)\}/g, (_, id: string) => {
		return draftKeyOf(id) ?? KEY_NOT_IN_THIS_TAB;
	});
}
