import { deleteEmail, listOutbox, markEmailRead, queueEmail } from '$lib/storage';
import { freshStorage, must } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});
afterEach(() => {
	vi.restoreAllMocks();
});

describe('outbox', () => {
	it('queues e-mails with lower-cased recipients, lists, marks read, deletes', async () => {
		const m = must(
			await queueEmail({
				kind: 'registration-confirmation',
				to: ' Alice@Example.com ',
				subject: 'Welcome to CTsource',
				body: 'Your registration is complete.'
			})
		);
		expect(m).toMatchObject({ to: ['alice@example.com'], readAt: null });
		must(
			await queueEmail({
				kind: 'password-reset',
				to: ['bob@example.com'],
				subject: 'Reset',
				body: '…'
			})
		);
		expect(must(await listOutbox())).toHaveLength(2);
		expect(must(await listOutbox({ to: 'ALICE@example.com' })).map((x) => x.id)).toEqual([m.id]);
		must(await markEmailRead(m.id));
		expect(must(await listOutbox({ to: 'alice@example.com' }))[0]?.readAt).toEqual(
			expect.any(String)
		);
		must(await deleteEmail(m.id));
		expect(must(await listOutbox())).toHaveLength(1);
		expect(await queueEmail({ kind: 'x', to: [], subject: '', body: '' })).toMatchObject({
			ok: false,
			error: { kind: 'invalid' }
		});
	});
});
