import {
	KEY_NOT_IN_THIS_TAB,
	canRead,
	draftKeyPlaceholder,
	emailParts,
	fillDraftKeys,
	setShowEveryEmail,
	showsEveryEmail
} from '$lib/outbox/privacy';
import { DraftAutosave } from '$lib/storage/draft-autosave.svelte';
import { listOutbox, queueEmail } from '$lib/storage/outbox';
import { freshStorage, globals, must, MemoryStorage } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});

async function sent() {
	must(await queueEmail({ kind: 'password-reset', to: 'a@example.com', subject: 'S', body: 'B' }));
	return must(await listOutbox())[0]!;
}

describe('outbox privacy', () => {
	it('an e-mail remembers the tab that sent it, and only that tab reads it', async () => {
		const email = await sent();
		expect(email.senderTab).toMatch(/^[0-9a-f-]{36}$/);
		expect(canRead(email)).toBe(true);

		// The next visitor: another tab (its own sessionStorage) of the same browser.
		globals.sessionStorage = new MemoryStorage();
		expect(canRead(email)).toBe(false);
		expect(canRead({})).toBe(false);
	});

	it('"Show every e-mail" opens every message in this tab only', async () => {
		const email = await sent();
		globals.sessionStorage = new MemoryStorage();
		setShowEveryEmail(true);
		expect(showsEveryEmail()).toBe(true);
		expect(canRead(email)).toBe(true);
		setShowEveryEmail(false);
		expect(canRead(email)).toBe(false);
		setShowEveryEmail(true);
		globals.sessionStorage = new MemoryStorage();
		expect(canRead(email)).toBe(false);
	});

	it('only the portal’s own URLs become links', () => {
		const root = 'https://host.example/ctsource/';
		const parts = emailParts(
			'Hello https://evil.example/x, open https://host.example/ctsource/login/reset?token=a b ' +
				'https://host.example/ctsourcex/y https://host.example/other',
			root
		);
		expect(parts.filter((p) => p.href).map((p) => p.href)).toEqual([
			'https://host.example/ctsource/login/reset?token=a'
		]);
		expect(parts.map((p) => p.text).join('')).toContain('https://evil.example/x,');
		expect(emailParts('no links', root)).toEqual([{ text: 'no links' }]);
	});

	it('a resume link is stored without its key; only a tab holding the key fills it in', async () => {
		const draft = new DraftAutosave({ channelName: null, window: null, document: null });
		const id = draft.startNew();
		const body = `Open https://host/register/resume#draft=${id}&key=${draftKeyPlaceholder(id)}`;
		must(
			await queueEmail({ kind: 'registration-resume', to: 'a@example.com', subject: 'S', body })
		);
		const stored = must(await listOutbox())[0]!;
		expect(stored.body).not.toContain(draft.key);
		expect(fillDraftKeys(stored.body)).toBe(
			`Open https://host/register/resume#draft=${id}&key=${draft.key}`
		);
		// The next visitor's tab holds no key: the link stays unusable there.
		globals.sessionStorage = new MemoryStorage();
		expect(fillDraftKeys(stored.body)).toContain(KEY_NOT_IN_THIS_TAB);
		expect(fillDraftKeys(stored.body)).not.toContain(draft.key);
		draft.destroy();
	});
});
