/**
 * Shared by the fault cases: the table row each case records, typing that counts keystrokes, and
 * a look at everything the browser stores for this site (what the next visitor could read).
 */
import { test, type BrowserContext, type Page } from '@playwright/test';

export const FAULT_ANNOTATION = 'fault';

export interface FaultRow {
	/** The fault, e.g. "IndexedDB unavailable, then reload". */
	fault: string;
	/** Keystrokes the person typed before and during the fault (0 for privacy cases). */
	typed: number;
	/** Keystrokes still in the form (or in storage) afterwards. */
	kept: number;
	/** What the page told the person (the visible message). */
	told: string;
}

/** Adds the case's row to the table the reporter prints. */
export function recordFault(row: FaultRow): void {
	test.info().annotations.push({ type: FAULT_ANNOTATION, description: JSON.stringify(row) });
}

/** The session key a tab keeps in sessionStorage (src/lib/portal/session.svelte.ts). */
export const SESSION_KEY = 'ctsource:session';

/** What `page` holds in sessionStorage now (the browser keeps it for a duplicated or reopened tab). */
export async function sessionSnapshot(page: Page): Promise<string> {
	return page.evaluate(() => JSON.stringify({ ...sessionStorage }));
}

/** Opens a tab of the same browser profile that starts with `snapshot` as its sessionStorage. */
export async function tabWithSession(context: BrowserContext, snapshot: string): Promise<Page> {
	const tab = await context.newPage();
	await tab.addInitScript((json: string) => {
		if (sessionStorage.length > 0) return;
		for (const [key, value] of Object.entries(JSON.parse(json) as Record<string, string>)) {
			sessionStorage.setItem(key, value);
		}
	}, snapshot);
	return tab;
}

/**
 * Opens a second tab of the same browser profile that starts with a copy of `from`'s
 * sessionStorage, as the browser's "Duplicate tab" does.
 */
export async function duplicateTab(context: BrowserContext, from: Page): Promise<Page> {
	return tabWithSession(context, await sessionSnapshot(from));
}

/**
 * Everything this origin keeps in the browser, as text: every IndexedDB database with every
 * record, localStorage and sessionStorage of `page`. What a later visitor could read.
 */
export async function storageDump(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const out: unknown[] = [{ ...localStorage }, { ...sessionStorage }];
		for (const info of await indexedDB.databases()) {
			if (!info.name) continue;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open(info.name!);
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			for (const store of Array.from(db.objectStoreNames)) {
				const all = await new Promise<unknown[]>((resolve, reject) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				out.push({ store, all });
			}
			db.close();
		}
		return JSON.stringify(out, (_key, value: unknown) =>
			value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? '[binary]' : value
		);
	});
}
