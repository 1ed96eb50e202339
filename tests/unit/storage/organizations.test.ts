import {
	addUser,
	createAccount,
	createSession,
	deleteUser,
	findOrganizationByDuns,
	findOrganizationsByTin,
	getOrganization,
	getUser,
	listOrganizations,
	updateOrganization
} from '$lib/storage';
import { freshStorage, must, rawAll } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});

const register = (username: string, email: string, legalName = `${username} Inc`, extra = {}) =>
	createAccount({
		organization: { legalName, tin: '12-3456789', duns: '123-45-6789', ...extra },
		user: { username, email, firstName: 'First', lastName: 'Last', roles: ['admin'] },
		password: 'correct horse battery staple'
	});

describe('organizations', () => {
	it('finds by TIN and DUNS in any formatting, updates, lists', async () => {
		const { organization } = must(await register('Alice', 'a@example.com', 'Acme'));
		must(await register('Bob', 'b@example.com', 'Acme Branch', { duns: '987654321' }));
		expect(
			must(await findOrganizationsByTin('123456789'))
				.map((o) => o.legalName)
				.sort()
		).toEqual(['Acme', 'Acme Branch']);
		expect(must(await findOrganizationsByTin('99-9999999'))).toEqual([]);
		expect(must(await findOrganizationByDuns('98-765-4321'))?.legalName).toBe('Acme Branch');
		expect(must(await findOrganizationByDuns('000000000'))).toBeNull();

		const updated = must(
			await updateOrganization(organization.id, {
				legalName: 'Acme Holdings',
				details: { website: 'acme.example', password: 'no' }
			})
		);
		expect(updated).toMatchObject({
			legalName: 'Acme Holdings',
			details: { website: 'acme.example' }
		});
		expect(updated.updatedAt >= organization.updatedAt).toBe(true);
		expect(must(await listOrganizations())).toHaveLength(2);
	});

	it('records who changed what with the change itself, oldest first', async () => {
		const { organization, user } = must(await register('Alice', 'a@example.com', 'Acme'));
		const by = { userId: user.id, userName: 'First Last' };
		must(
			await updateOrganization(
				organization.id,
				{ legalName: 'Acme One' },
				{ ...by, section: 'Edit Main Org Info', fields: ['Legal Name'] }
			)
		);
		const second = must(
			await updateOrganization(
				organization.id,
				{ details: { codes: ['72100000'] } },
				{ ...by, section: 'Edit Categories', fields: ['UNSPSC codes'] }
			)
		);
		expect(second.history?.map((h) => [h.section, h.fields])).toEqual([
			['Edit Main Org Info', ['Legal Name']],
			['Edit Categories', ['UNSPSC codes']]
		]);
		expect(second.history?.[1]?.at).toBe(second.updatedAt);
		expect(must(await getOrganization(organization.id)).history).toHaveLength(2);
		// A change without an entry leaves the history as it was.
		must(await updateOrganization(organization.id, { legalName: 'Acme Two' }));
		expect(must(await getOrganization(organization.id)).history).toHaveLength(2);
	});

	it('deletes a user and ends their sessions', async () => {
		const { organization } = must(await register('Alice', 'a@example.com', 'Acme'));
		const bob = must(
			await addUser({
				organizationId: organization.id,
				user: { username: 'bob', email: 'b@example.com' },
				password: 'pw'
			})
		);
		must(await createSession({ userId: bob.id, organizationId: organization.id }));
		must(await deleteUser(bob.id));
		expect(await getUser(bob.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
		expect(await rawAll('sessions')).toEqual([]);
		expect(await deleteUser(bob.id)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
	});
});
