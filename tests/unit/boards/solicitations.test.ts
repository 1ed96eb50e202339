import {
	explainMatch,
	forgetSeeding,
	loadSolicitations,
	matchFor,
	publishSolicitation,
	statusNow,
	type PublishInput
} from '$lib/boards/solicitations';
import {
	addUser,
	createAccount,
	getOrganization,
	listOutbox,
	updateOrganization,
	updateUser
} from '$lib/storage';
import { freshStorage, must } from '../../support/storage';

beforeEach(() => {
	freshStorage();
	forgetSeeding();
});

async function supplier(
	username: string,
	codes: string[],
	extra: { unknown?: boolean; solEmail?: string } = {}
) {
	return must(
		await createAccount({
			organization: {
				legalName: `${username} LLC`,
				details: {
					codes,
					unknownCodes: extra.unknown ?? false,
					mainContact: { email: `${username}@example.com` },
					solicitationContact: extra.solEmail ? { email: extra.solEmail } : null
				}
			},
			user: {
				username,
				email: `${username}@example.com`,
				roles: ['main-contact', 'receive-notifications']
			},
			password: 'pw'
		})
	);
}

const input = (codes: string[], formal = true, invited: string[] = []): PublishInput => ({
	number: '26PSX9001',
	title: 'Notebook Computers',
	agency: 'Department of Administrative Services',
	formal,
	method: 'Invitation for Bid',
	codes,
	dueAt: '2026-12-15T19:00:00.000Z',
	description: 'Sample.',
	contact: {
		name: 'Maria Santos',
		title: 'Contract Specialist',
		email: 'm@ct.gov.example',
		phone: ''
	},
	invited
});
const links = { solicitationUrl: (id: string) => `http://localhost/bids/view?id=${id}` };

describe('publishing a solicitation', () => {
	it('notifies suppliers whose codes cover it, once per distinct address', async () => {
		const family = await supplier('family', ['43210000'], { solEmail: 'bids@family.example' });
		must(
			await addUser({
				organizationId: family.organization.id,
				user: { username: 'fam2', email: 'FAMILY@example.com', roles: ['receive-notifications'] },
				password: 'pw'
			})
		);
		const other = must(
			await addUser({
				organizationId: family.organization.id,
				user: { username: 'fam3', email: 'sue@family.example', roles: ['receive-notifications'] },
				password: 'pw'
			})
		);
		must(await updateUser(other.id, { suspended: true }));
		await supplier('unrelated', ['72100000']);
		await supplier('unknown', [], { unknown: true });

		const outcome = must(await publishSolicitation(input(['43211503']), links));
		expect(outcome.notified).toEqual([
			{ organization: 'family LLC', recipients: ['family@example.com', 'bids@family.example'] }
		]);
		const mail = must(await listOutbox());
		expect(mail.map((m) => m.to[0]).sort()).toEqual(['bids@family.example', 'family@example.com']);
		expect(mail[0]?.body).toContain(
			'your selected code 43210000 covers 43211503 Notebook computers'
		);
		expect(mail[0]?.body).toContain(links.solicitationUrl(outcome.solicitation.id));
	});

	it('an informal solicitation notifies the invited only', async () => {
		const a = await supplier('alpha', ['72100000']);
		await supplier('beta', ['43210000']);
		const outcome = must(
			await publishSolicitation(input(['43211503'], false, [a.organization.id]), links)
		);
		expect(outcome.notified.map((n) => n.organization)).toEqual(['alpha LLC']);
	});

	it('explains why a supplier was not notified', async () => {
		const late = await supplier('late', ['43220000']);
		const { solicitation } = must(await publishSolicitation(input(['43211503']), links));
		const early = { ...late.organization, createdAt: '2020-01-01T00:00:00.000Z' };
		expect(explainMatch(matchFor(early, solicitation), solicitation)).toMatch(
			/none of your selected codes covers.*nearest is 43220000, in the same segment/
		);
		const after = { ...late.organization, createdAt: '2999-01-01T00:00:00.000Z' };
		expect(explainMatch(matchFor(after, solicitation), solicitation)).toMatch(
			/registered after this solicitation was published/
		);
	});

	it('does not notify a declined supplier, and names the registration status', async () => {
		const approved = await supplier('approved', ['43210000']);
		const declined = await supplier('declined', ['43210000']);
		must(
			await updateOrganization(declined.organization.id, {
				registration: { status: 'declined', reason: 'Wrong FEIN' }
			})
		);
		must(
			await updateOrganization(approved.organization.id, { registration: { status: 'approved' } })
		);
		const outcome = must(await publishSolicitation(input(['43211503']), links));
		expect(outcome.notified.map((n) => n.organization)).toEqual(['approved LLC']);
		const a = must(await getOrganization(approved.organization.id));
		const d = must(await getOrganization(declined.organization.id));
		expect(
			explainMatch(matchFor(a, outcome.solicitation), outcome.solicitation, 'approved')
		).toMatch(/^Your organization was notified: .* Your registration status: Approved\.$/);
		expect(explainMatch(matchFor(d, outcome.solicitation), outcome.solicitation, 'declined')).toBe(
			'Your organization was not notified: its registration status is Declined, so it receives no solicitation notifications. It matches your codes: your selected code 43210000 covers 43211503 Notebook computers.'
		);
	});
});

describe('the sample boards', () => {
	it('are seeded on first use; a passed due date reads as closed', async () => {
		const now = Date.parse('2026-11-22T15:00:00Z');
		const list = must(await loadSolicitations(now));
		expect(list).toHaveLength(60);
		expect(must(await loadSolicitations(now))).toHaveLength(60);
		const open = list.find((s) => s.status === 'open')!;
		expect(statusNow(open, Date.parse(open.dueAt) + 1)).toBe('closed');
		expect(statusNow(open, Date.parse(open.dueAt) - 1)).toBe('open');
	});
});
