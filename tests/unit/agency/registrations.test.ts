import { decideRegistration, listRegistrations, NOT_SIGNED_IN } from '$lib/agency/registrations';
import { findReviewer, forgetReviewers, startReviewerSession } from '$lib/boards/reviewers';
import { createAccount, getOrganization, listOutbox } from '$lib/storage';
import { personaOrganization } from '../../support/accounts';
import { freshDatabase, freshStorage, must } from '../../support/storage';

const links = { loginUrl: 'https://ctsource.example/login' };

async function register(username: string) {
	const { organization } = must(
		await createAccount({
			organization: personaOrganization('parent-fein'),
			user: {
				username,
				email: 'jane.doe@samplevendor.example',
				firstName: 'Jane',
				lastName: 'Doe',
				roles: ['main-contact']
			},
			password: 'Harbor!2026x'
		})
	);
	return organization;
}

beforeEach(() => {
	freshDatabase();
	freshStorage();
	forgetReviewers();
});

describe('supplier registrations in the agency workspace', () => {
	it('lists every organization as Pending until decided', async () => {
		const org = await register('first');
		const rows = must(await listRegistrations());
		expect(rows).toEqual([
			expect.objectContaining({
				id: org.id,
				legalName: 'Sample Vendor LLC',
				status: 'pending',
				note: null,
				mainContact: { name: 'Jane Doe', email: 'jane.doe@samplevendor.example' }
			})
		]);
	});

	it('refuses a decision when no staff member is signed in in this tab', async () => {
		const org = await register('first');
		const result = await decideRegistration(org.id, 'approved', '', links);
		expect(result).toEqual({ ok: false, error: { kind: 'invalid', message: NOT_SIGNED_IN } });
		expect(must(await getOrganization(org.id)).registration).toBeUndefined();
	});

	it('declines with a reason, in the history and by e-mail to the main contact', async () => {
		const org = await register('first');
		startReviewerSession(findReviewer('rev-das')!);
		const empty = await decideRegistration(org.id, 'declined', ' ', links);
		expect(empty.ok ? null : empty.error.message).toBe(
			'Enter the reason for declining the registration'
		);
		must(await decideRegistration(org.id, 'declined', 'FEIN does not match', links));
		const stored = must(await getOrganization(org.id));
		expect(stored.registration).toMatchObject({
			status: 'declined',
			reason: 'FEIN does not match',
			by: 'Janet Morales, Department of Administrative Services'
		});
		expect(stored.history?.at(-1)).toMatchObject({
			section: 'Registration review',
			fields: ['Registration status: Declined (FEIN does not match)']
		});
		const [mail] = must(await listOutbox());
		expect(mail).toMatchObject({
			kind: 'registration-declined',
			to: ['jane.doe@samplevendor.example'],
			subject: 'Sample Vendor LLC - Registration Declined'
		});
		expect(mail?.body).toContain('Reason: FEIN does not match');
		expect(mail?.body).toContain('Log in to WebProcure: https://ctsource.example/login');
	});
});
