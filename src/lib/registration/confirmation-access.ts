/**
 * Who sees a registration confirmation (legal name, username, e-mail): only the browser tab that
 * submitted the registration (or where the demo tools opened it). A stranger at the same computer
 * who finds or guesses `/register/confirmation?org=…` sees "not found".
 */
import { WEB_STORAGE_PREFIX, getWebStorage, readJson, writeJson } from '$lib/storage/web-storage';

const KEY = `${WEB_STORAGE_PREFIX}confirmations`;

function shown(): string[] {
	const list = readJson(getWebStorage('sessionStorage'), KEY);
	return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
}

/** This tab may show the confirmation of `organizationId` (it just submitted it). */
export function rememberConfirmation(organizationId: string): void {
	const list = shown();
	if (!list.includes(organizationId)) {
		writeJson(getWebStorage('sessionStorage'), KEY, [...list, organizationId]);
	}
}

export function mayShowConfirmation(organizationId: string): boolean {
	return shown().includes(organizationId);
}
