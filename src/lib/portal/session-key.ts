/** Where this tab keeps its portal session id (sessionStorage); alone so any page can check it. */
import { WEB_STORAGE_PREFIX } from '$lib/storage/web-storage';

export const SESSION_KEY = `${WEB_STORAGE_PREFIX}session`;
