/** Words of the login pages that are built from data (and checked by the tests). */

/** The time a lock ends, as the person's own clock shows it (e.g. "3:45 PM"). */
export function lockTime(lockedUntil: string, locale?: string): string {
	return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(
		new Date(lockedUntil)
	);
}

/** After five wrong passwords in a row, or any attempt while the lock lasts. */
export function lockedMessage(lockedUntil: string, locale?: string): string {
	return `Too many unsuccessful attempts. Your account is locked until ${lockTime(lockedUntil, locale)}. Try again then, or use Trouble Logging In? to reset your password.`;
}

export const TIMEOUT_NOTICE =
	'You were logged out after 30 minutes without activity. Log in again to continue.';
/** The session ended in another tab (logout, password reset) or the user was suspended. */
export const ENDED_NOTICE = 'Your session has ended. Log in again to continue.';
/** Added to those two when a form of the page left had unsaved changes (kept in this tab). */
export const KEPT_NOTICE =
	'What you typed and had not saved is kept in this browser tab until you log in again here.';
export const DECLINED_NOTICE =
	'You declined the WebProcure Usage Terms and Conditions, so you cannot use the portal. To use WebProcure and take part in State of Connecticut business opportunities, log in again and accept the terms.';
export const RESET_NOTICE = 'Your password was changed. Log in with your new password.';
export const LOGGED_OUT_NOTICE = 'You have logged out.';
