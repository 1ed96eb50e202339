/**
 * The draft keys this tab holds (see draft-seal.ts): kept in sessionStorage, so a reload of the
 * tab keeps them and no other tab, and no later visitor, has them.
 */
import { isDraftKey } from './draft-seal';
import { DRAFT_KEY_PREFIX, getWebStorage, readJson, removeKey, writeJson } from './web-storage';

/** The key of draft `id` this tab holds (from its resume link or from starting it), if any. */
export function draftKeyOf(id: string): string | null {
	const key = readJson(getWebStorage('sessionStorage'), `${DRAFT_KEY_PREFIX}${id}`);
	return typeof key === 'string' && isDraftKey(key) ? key : null;
}

export function rememberDraftKey(id: string, key: string): void {
	writeJson(getWebStorage('sessionStorage'), `${DRAFT_KEY_PREFIX}${id}`, key);
}

export function forgetDraftKey(id: string): void {
	removeKey(getWebStorage('sessionStorage'), `${DRAFT_KEY_PREFIX}${id}`);
}
