import { NOT_SIGNED_IN } from '$lib/agency/staff';
import {
	agencyResponses,
	awardSolicitation,
	finalizeAward,
	newDraftValues,
	publishAddendum,
	publishDraft,
	saveDraft
} from '$lib/agency/solicitations';
import {
	endReviewerSession,
	findReviewer,
	forgetReviewers,
	startReviewerSession
} from '$lib/boards/reviewers';
import { createAccount, getSolicitation, listOutbox } from '$lib/storage';
import { changeResponse, responseId } from '$lib/storage/responses';
import { ok } from '$lib/domain/result';
import type { PersonaId } from '$lib/domain/registration/fixtures';
import { personaOrganization } from '../../support/accounts';
import { freshDatabase, freshStorage, must } from '../../support/storage';

const links = {
	solicitationUrl: (id: string) => `https://ctsource.example/bids/view?id=${id}`,
	portalUrl: (path: string) => `https://ctsource.example${path}`
};
const staff = findReviewer('rev-das')!;
const HOUR = 3600_000;

async function register(persona: PersonaId, username: string) {
	const values = personaOrganization(persona);
	return must(
		await createAccount({
			organization: values,
			user: {
				username,
				email: values.details.mainContact.email,
				firstName: values.details.mainContact.firstName,
				lastName: values.details.mainContact.lastName,
				roles: ['main-contact']
			},
			password: 'Harbor!2026x'
		})
	).organization;
}

/** A submitted response, written as the supplier's action would. */
async function responded(solicitationId: string, org: { id: string; legalName: string }) {
	const at = new Date().toISOString();
	const values = { price: '48,000.00', statement: 'Two plows.', acknowledged: [], certified: true };
	must(
		await changeResponse(responseId(solicitationId, org.id), () =>
			ok({
				id: responseId(solicitationId, org.id),
				solicitationId,
				organizationId: org.id,
				organizationName: org.legalName,
				intends: false,
				draft: values,
				submitted: { ...values, at, confirmation: 'X-1', byUserId: 'u', byName: 'Pat' },
				withdrawnAt: null
			})
		)
	);
}

beforeEach(() => {
	freshDatabase();
	freshStorage();
	forgetReviewers();
	startReviewerSession(staff);
});

describe('the agency’s solicitations', () => {
	it('refuse every action without a staff sign-in in this tab', async () => {
		endReviewerSession();
		expect(await saveDraft(null, newDraftValues(staff), {})).toEqual({
			ok: false,
			error: { kind: 'invalid', message: NOT_SIGNED_IN }
		});
	});

	it('run the loop: draft, publish, sealed responses, addendum, award after the due date', async () => {
		const harbor = await register('dba-branch', 'harbor');
		const other = await register('sole-proprietor-ssn', 'maria');
		const now = Date.now();
		const values = {
			...newDraftValues(staff, now),
			title: 'Snow removal',
			description: 'Plowing and salting.',
			codes: ['72101500']
		};
		expect(values.dueTime).toBe('14:00');
		const saved = must(await saveDraft(null, values, { '72101500': 'Building maintenance' }));
		if (saved.kind !== 'saved') throw new Error('not saved');
		const id = saved.solicitation.id;
		expect(saved.solicitation).toMatchObject({ status: 'draft', publishedAt: null });

		const published = must(await publishDraft(id, links, now));
		expect(published).toMatchObject({
			kind: 'published',
			outcome: { notified: [{ organization: 'Sample Vendor LLC' }] }
		});

		await responded(id, harbor);
		await responded(id, other);
		const stored = must(await getSolicitation(id));
		expect(must(await agencyResponses(stored, now))).toMatchObject({ sealed: true, count: 2 });

		const addendum = must(
			await publishAddendum(
				id,
				{ text: 'Site visit moved.', dueDate: '', dueTime: '' },
				null,
				links,
				now
			)
		);
		expect(addendum).toMatchObject({ kind: 'published', emailed: 2 });

		// Sealed: no award before the due date.
		const early = await awardSolicitation(id, harbor.id, links, now);
		expect(early.ok ? null : early.error.message).toMatch(/sealed until the due date/);

		const after = Date.parse(stored.dueAt) + HOUR;
		expect(must(await agencyResponses(stored, after))).toMatchObject({ sealed: false });
		const awarded = must(await awardSolicitation(id, harbor.id, links, after));
		expect(awarded).toMatchObject({
			notified: 'contracts@harborfacility.example',
			unsuccessful: 1,
			solicitation: { status: 'awarded', award: { organizationId: harbor.id, finalizedAt: null } }
		});
		const again = await awardSolicitation(id, other.id, links, after);
		expect(again.ok ? null : again.error.message).toBe(
			'This solicitation was already awarded to Sample Vendor LLC.'
		);

		const mails = must(await listOutbox());
		expect(mails.find((m) => m.kind === 'award')).toMatchObject({
			to: ['contracts@harborfacility.example'],
			subject: expect.stringMatching(/^Notice of award: /)
		});
		expect(mails.find((m) => m.kind === 'award-unsuccessful')?.subject).toMatch(/^Not awarded: /);

		// Finalize waits for the supplier's Contract Award Readiness.
		const final = await finalizeAward(id, links, after);
		expect(final.ok ? null : final.error.message).toMatch(
			/^Sample Vendor LLC’s Contract Award Readiness is not complete: /
		);
	});
});
