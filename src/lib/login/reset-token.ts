/**
 * The token of a password reset link. The reset page reads it from the address once, keeps it in
 * this tab only (sessionStorage, so a reload still works) and takes it out of the address bar and
 * the history: the next person at the computer cannot find the link there.
 */
import {
	WEB_STORAGE_PREFIX,
	getWebStorage,
	readJson,
	removeKey,
	writeJson
} from '$lib/storage/web-storage';

const TOKEN_KEY = `${WEB_STORAGE_PREFIX}reset-token`;

/** The token from the address (kept for this tab), or the one this tab kept, or ''. */
export function takeResetToken(url: URL): string {
	const storage = getWebStorage('sessionStorage');
	const fromUrl = url.searchParams.get('token');
	// Without sessionStorage a reload of the cleaned address asks for a new link.
	if (fromUrl) writeJson(storage, TOKEN_KEY, fromUrl);
	const kept = readJson(storage, TOKEN_KEY);
	return fromUrl ?? (typeof kept === 'string' ? kept : '');
}

/** The link was used (or refused): nothing of it stays in the tab. */
export function forgetResetToken(): void {
	removeKey(getWebStorage('sessionStorage'), TOKEN_KEY);
}
