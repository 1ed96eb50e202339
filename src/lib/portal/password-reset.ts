/**
 * Password reset e-mails ("Trouble Logging In?" and Edit Users → reset password) and the rules a
 * new password is checked against. The e-mail goes to the outbox; its link carries a one-time
 * token that works for 30 minutes (storage/login.ts keeps only the token's hash).
 */
import { resolve } from '$app/paths';
import { PASSWORD_RULES, passwordProblems } from '$lib/domain/validators/password';
import { findUserByLogin, type UserRecord } from '$lib/storage/accounts';
import { RESET_TTL_MS, createResetToken } from '$lib/storage/login';
import { queueEmail, type OutboxRecord } from '$lib/storage/outbox';
import { type Result } from '$lib/domain/result';
import { ok } from '$lib/domain/result';

export const RESET_EMAIL_SUBJECT = 'WebProcure password reset';

/** What "Trouble Logging In?" says after a request, whether or not an account matched. */
export const RESET_REQUESTED_MESSAGE =
	'If an account matches what you entered, we sent an e-mail with a link to reset your password. The link works once, for 30 minutes.';

/** The absolute address of the reset page, for links in e-mails (needs a browser). */
export function resetPageUrl(): string {
	return new URL(resolve('/login/reset'), location.href).href;
}

/**
 * Creates a one-time reset link for the user and puts the e-mail that carries it in the outbox.
 * `pageUrl` is the absolute address of the reset page (the current site's by default).
 */
export async function sendPasswordReset(
	user: UserRecord,
	pageUrl: string = resetPageUrl()
): Promise<Result<OutboxRecord>> {
	const token = await createResetToken(user.id);
	if (!token.ok) return token;
	const name = `${user.firstName} ${user.lastName}`.trim() || user.username;
	const minutes = Math.round(RESET_TTL_MS / 60_000);
	const body = [
		`Hello ${name},`,
		'',
		`We received a request to reset the password of your WebProcure user ${user.username}.`,
		'',
		'To choose a new password, open this link:',
		`${pageUrl}?token=${encodeURIComponent(token.value)}`,
		'',
		`The link works once and expires in ${minutes} minutes. If you did not ask for a new password, ignore this e-mail: your password stays the same.`,
		'',
		'WebProcure for the State of Connecticut (CTsource)'
	].join('\n');
	return queueEmail({
		kind: 'password-reset',
		to: user.email,
		organizationId: user.organizationId,
		subject: RESET_EMAIL_SUBJECT,
		body
	});
}

/**
 * "Trouble Logging In?": a reset e-mail to every user the username or e-mail matches, except
 * suspended ones. The result does not say whether anything matched (the page shows the same
 * message either way); it fails only when storage does.
 */
export async function requestPasswordReset(
	login: string,
	pageUrl: string = resetPageUrl()
): Promise<Result<void>> {
	const found = await findUserByLogin(login);
	if (!found.ok) return found;
	for (const user of found.value) {
		if (user.suspended) continue;
		const sent = await sendPasswordReset(user, pageUrl);
		if (!sent.ok) return sent;
	}
	return ok(undefined);
}

export interface NewPasswordValues {
	password: string;
	confirm: string;
	/** The user's UserName: the password must not contain it. */
	username: string;
}

/** Labels of the new-password fields (reset page; Edit Users may reuse them). */
export const NEW_PASSWORD_LABELS = {
	password: 'New Password',
	confirm: 'Confirm New Password'
} as const;

function listWithAnd(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The problems of a new password and its confirmation under the registration's password policy
 * (src/lib/domain/validators/password.ts), worded for the given labels.
 */
export function newPasswordProblems(
	values: NewPasswordValues,
	labels: { password: string; confirm: string } = NEW_PASSWORD_LABELS
): { password?: string; confirm?: string } {
	const problems: { password?: string; confirm?: string } = {};
	if (values.password === '') {
		problems.password = `Enter a ${labels.password}`;
	} else {
		const unmet = passwordProblems(values.password, values.username);
		if (unmet.length) {
			const needs = PASSWORD_RULES.filter((r) => unmet.includes(r.id) && r.id !== 'username').map(
				(r) => r.label.charAt(0).toLowerCase() + r.label.slice(1)
			);
			const noUsername = unmet.includes('username');
			problems.password = !needs.length
				? `The ${labels.password} must not contain your UserName`
				: `The ${labels.password} needs ${listWithAnd(needs)}${noUsername ? ', and must not contain your UserName' : ''}`;
		}
	}
	if (values.confirm === '') {
		problems.confirm = `Confirm the ${labels.password} by entering it again`;
	} else if (values.confirm !== values.password) {
		problems.confirm = `The ${labels.password} and ${labels.confirm} do not match`;
	}
	return problems;
}
