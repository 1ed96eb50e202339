/**
 * The e-mail Save and Return Later sends to the main contact address. Its link carries the
 * draft's key, which must not sit in the outbox store where the next visitor could read it: the
 * stored body holds a placeholder (`draftKeyPlaceholder`) that only a tab holding the key fills
 * in (see `$lib/outbox/privacy`).
 */
import { emailProblem } from '$lib/domain/validators/text';
import { DRAFT_LIFETIME_DAYS } from '$lib/storage/drafts';
import { queueEmail } from '$lib/storage/outbox';
import { draftKeyPlaceholder } from '$lib/outbox/privacy';
import { resumeHref } from './paths';

export const RESUME_EMAIL_KIND = 'registration-resume';
export const RESUME_EMAIL_SUBJECT = 'Your saved CTsource registration';

/** Queues the resume e-mail when `to` is a valid address; resolves to whether it was queued. */
export async function emailResumeLink(to: string, draftId: string): Promise<boolean> {
	if (emailProblem(to) !== null) return false;
	const link = new URL(resumeHref(draftId, draftKeyPlaceholder(draftId)), location.href).href;
	const sent = await queueEmail({
		kind: RESUME_EMAIL_KIND,
		to,
		subject: RESUME_EMAIL_SUBJECT,
		body: [
			'Your CTsource supplier registration is saved.',
			'',
			'To continue it, open this link in the same browser:',
			// The placeholder's braces are escaped by URLSearchParams; the outbox restores them.
			decodeURIComponent(link),
			'',
			'Anyone with this link can open your registration: do not forward it.',
			`The saved registration is deleted ${DRAFT_LIFETIME_DAYS} days after its last change.`,
			'For your security, passwords are not saved: you will enter them again.'
		].join('\n')
	});
	return sent.ok;
}
