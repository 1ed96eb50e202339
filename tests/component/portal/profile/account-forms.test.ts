/**
 * My Account's forms in jsdom, against fake IndexedDB with a signed-in supplier registered from
 * the 'parent-fein' persona: a field is checked when it loses focus, Save lists every problem in
 * the focused summary, a valid Save confirms "Saved" and records the history, a failed Save keeps
 * what was typed, the TIN change needs two matching entries and no other organization's number,
 * and a user without "Manage organization profile" gets Access denied.
 */
import { freshDatabase } from '../../../support/storage';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { personaValues, type PersonaId } from '$lib/domain/registration/fixtures';
import { MAIN_CONTACT_ROLES } from '$lib/domain/permissions';
import { TIN_TAKEN_MESSAGE } from '$lib/portal/profile-duplicates';
import { session } from '$lib/portal/session.svelte';
import {
	createAccount,
	getOrganization,
	setPasswordIterationsForTests,
	updateOrganization,
	type OrganizationRecord,
	type UserRecord
} from '$lib/storage';
import { personaOrganization } from '../../../support/accounts';
import AccountStandardPage from '$lib/portal/profile/AccountStandardPage.svelte';
import OrgPage from '../../../../src/routes/portal/account/org/OrgInfoPage.svelte';
import ContactsPage from '../../../../src/routes/portal/account/contacts/ContactsPage.svelte';

vi.mock('$app/navigation', () => ({
	goto: vi.fn(),
	afterNavigate: vi.fn(),
	beforeNavigate: vi.fn(),
	onNavigate: vi.fn(),
	invalidateAll: vi.fn(),
	replaceState: vi.fn()
}));

vi.mock('$lib/storage/accounts', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/storage/accounts')>();
	return { ...actual, updateOrganization: vi.fn(actual.updateOrganization) };
});

async function register(
	id: PersonaId,
	roles: readonly string[] = MAIN_CONTACT_ROLES
): Promise<{ organization: OrganizationRecord; user: UserRecord }> {
	const values = personaValues(id);
	const created = await createAccount({
		organization: personaOrganization(id),
		user: {
			username: values.contact.username,
			email: values.contact.email,
			firstName: values.contact.firstName,
			lastName: values.contact.lastName,
			roles: [...roles]
		},
		password: values.contact.password
	});
	if (!created.ok) throw new Error(created.error.message);
	return created.value;
}

async function signIn(id: PersonaId = 'parent-fein', roles?: readonly string[]) {
	const account = await register(id, roles);
	const started = await session.start(account.user);
	if (!started.ok) throw new Error(started.error.message);
	return account;
}

async function stored(id: string): Promise<OrganizationRecord> {
	const found = await getOrganization(id);
	if (!found.ok) throw new Error(found.error.message);
	return found.value;
}

const save = () => userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
const summary = () => screen.getByRole('region', { name: 'There is a problem' });
const savedShown = () =>
	waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Saved at/));

beforeAll(() => {
	Element.prototype.scrollIntoView = vi.fn();
	setPasswordIterationsForTests(1_000);
});

beforeEach(() => {
	freshDatabase();
	sessionStorage.clear();
	vi.mocked(updateOrganization).mockClear();
});

afterEach(async () => {
	cleanup();
	await session.end('logout');
});

describe('a standard page (Service Level)', () => {
	const message =
		'Enter the Response Time as a whole number of hours from 1 to 720, for example 24';

	it('checks a changed field when it loses focus', async () => {
		await signIn();
		render(AccountStandardPage, { id: 'serviceLevel' });
		const user = userEvent.setup();
		const hours = screen.getByLabelText(/Response Time \(hours\)/);
		await user.type(hours, 'two');
		await user.click(screen.getByLabelText(/Service Level Description/));
		expect(hours).toHaveAttribute('aria-invalid', 'true');
		expect(hours).toHaveAccessibleDescription(expect.stringContaining(message));
		// Not on the untouched field, and no summary before Save.
		expect(screen.getByLabelText(/Service Level Description/)).toHaveAttribute(
			'aria-invalid',
			'false'
		);
		expect(screen.queryByRole('region', { name: 'There is a problem' })).toBeNull();
	});

	it('lists every problem on Save, then saves and records the history', async () => {
		const { organization } = await signIn();
		render(AccountStandardPage, { id: 'serviceLevel' });
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Service Level');
		expect(
			screen.getByText(/The State of Connecticut does not require or monitor information/)
		).toBeInTheDocument();
		// Nothing is required (the guide: the State does not require these pages), but what is
		// entered is checked.
		const user = userEvent.setup();
		const hours = screen.getByLabelText(/Response Time \(hours\)/);
		await user.type(hours, 'two');
		await save();
		expect(summary()).toHaveFocus();
		const links = within(summary()).getAllByRole('link');
		expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			[message, '#responseHours']
		]);

		await user.type(screen.getByLabelText(/Service Level Description/), 'Next business day.');
		await user.clear(hours);
		await user.type(hours, '24');
		await save();
		await savedShown();
		expect(screen.queryByRole('region', { name: 'There is a problem' })).toBeNull();

		const org = await stored(organization.id);
		expect(org.details.accountManagement).toEqual({
			serviceLevel: { description: 'Next business day.', responseHours: '24' }
		});
		expect(org.history).toEqual([
			expect.objectContaining({
				userName: 'Jane Doe',
				section: 'State of Connecticut: Service Level',
				fields: ['Service Level Description', 'Response Time (hours)']
			})
		]);

		// Saving again without a change says so and records nothing.
		await save();
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(
				'Nothing was changed, so there was nothing to save.'
			)
		);
		expect((await stored(organization.id)).history).toHaveLength(1);
	});

	it('keeps what was typed when the save fails', async () => {
		await signIn();
		vi.mocked(updateOrganization).mockResolvedValueOnce({
			ok: false,
			error: { kind: 'quota', message: 'Your changes were not saved: browser storage is full.' }
		});
		render(AccountStandardPage, { id: 'additionalTerms' });
		const user = userEvent.setup();
		const terms = screen.getByLabelText(/Additional Terms/);
		await user.type(terms, 'Net 30 days.');
		await save();
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent('Your changes were not saved');
		expect(alert).toHaveTextContent('browser storage is full');
		expect(terms).toHaveValue('Net 30 days.');
		await save();
		await savedShown();
	});

	it('is closed to a user without the Manage organization profile permission', async () => {
		await signIn('parent-fein', ['respond']);
		render(AccountStandardPage, { id: 'paymentRouting' });
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Payment Routing');
		expect(screen.getByText('Access denied')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
	});
});

describe('Edit Main Org Info', () => {
	it('opens prefilled, the taxpayer number masked', async () => {
		await signIn();
		render(OrgPage);
		expect(screen.getByLabelText(/Legal Name of Entity\/Individual/)).toHaveValue(
			'Sample Vendor LLC'
		);
		expect(screen.getByText('FEIN **-***4567')).toBeInTheDocument();
		expect(document.body).not.toHaveTextContent('1234567');
		expect(screen.queryByLabelText(/^Federal Employer Identification Number/)).toBeNull();
	});

	it('changes the FEIN only with two matching entries, history without the number', async () => {
		const { organization } = await signIn();
		render(OrgPage);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Change Taxpayer Identification Number' }));
		const fein = screen.getByLabelText(/^Federal Employer Identification Number/);
		expect(fein).toHaveFocus();
		expect(fein).toHaveValue('');
		await user.type(fein, '137654321');
		await save();
		expect(
			within(summary()).getByRole('link', {
				name: 'Confirm the Federal Employer Identification Number by entering it again'
			})
		).toHaveAttribute('href', '#feinConfirm');

		await user.type(
			screen.getByLabelText(/^Confirm Federal Employer Identification Number/),
			'137654321'
		);
		await save();
		await savedShown();
		expect(screen.getByText('FEIN **-***4321')).toBeInTheDocument();
		const org = await stored(organization.id);
		expect(org.tin).toBe('137654321');
		expect(org.history?.map((h) => [h.section, h.fields])).toEqual([
			['Edit Main Org Info', ['Taxpayer Identification Number']]
		]);
	});

	it("refuses another organization's FEIN, and Keep the current number restores it", async () => {
		await register('out-of-country'); // FEIN 98-7654321
		const { organization } = await signIn();
		render(OrgPage);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Change Taxpayer Identification Number' }));
		await user.type(screen.getByLabelText(/^Federal Employer Identification Number/), '987654321');
		await user.type(
			screen.getByLabelText(/^Confirm Federal Employer Identification Number/),
			'987654321'
		);
		await save();
		const problems = await screen.findByRole('region', { name: 'There is a problem' });
		expect(within(problems).getByRole('link', { name: TIN_TAKEN_MESSAGE('fein') })).toHaveAttribute(
			'href',
			'#fein'
		);
		expect((await stored(organization.id)).tin).toBe('061234567');

		await user.click(screen.getByRole('button', { name: 'Keep the current number' }));
		expect(screen.queryByLabelText(/^Federal Employer Identification Number/)).toBeNull();
		await user.type(screen.getByLabelText('DBA Business Name'), 'Hartford Supply');
		await save();
		await savedShown();
		const org = await stored(organization.id);
		expect(org.tin).toBe('061234567');
		expect(org.history?.[0]?.fields).toEqual(['DBA Business Name']);
	});
});

describe('Edit Contacts', () => {
	it('adds and removes a notification contact', async () => {
		const { organization } = await signIn();
		render(ContactsPage);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Add Contract Notification Contact' }));
		const group = screen.getByRole('group', { name: 'Contract Notification Contact' });
		await user.type(within(group).getByLabelText(/First Name/), 'Dana');
		await user.type(within(group).getByLabelText(/Last Name/), 'Kim');
		await user.type(within(group).getByLabelText(/Phone/), '203 555 0112');
		await user.type(within(group).getByLabelText(/Email Address/), 'dana@example');
		await save();
		expect(
			within(summary()).getByRole('link', {
				name: 'Enter an e-mail address in the correct format, like name@example.com'
			})
		).toHaveAttribute('href', '#conEmail');
		await user.type(within(group).getByLabelText(/Email Address/), '.com');
		await save();
		await savedShown();
		expect((await stored(organization.id)).details.contractContact).toEqual({
			firstName: 'Dana',
			lastName: 'Kim',
			phone: '2035550112',
			email: 'dana@example.com'
		});

		await user.click(screen.getByRole('button', { name: 'Remove Contract Notification Contact' }));
		expect(screen.getByText(/will be removed when you select Save/)).toBeInTheDocument();
		expect(
			screen.getByRole('button', { name: 'Keep Contract Notification Contact' })
		).toHaveFocus();
		await save();
		await savedShown();
		const org = await stored(organization.id);
		expect(org.details.contractContact).toBeNull();
		expect(org.history?.map((h) => h.fields)).toEqual([
			['Contract Notification Contact (added)'],
			['Contract Notification Contact (removed)']
		]);
	});
});
