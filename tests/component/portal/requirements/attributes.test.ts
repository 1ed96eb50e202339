/**
 * Additional Required Attributes sections in jsdom, against fake IndexedDB with a signed-in
 * supplier: each section shows its problems (summary linked to the field, message beside it),
 * then saves with "Saved" and the date last updated.
 */
import { freshDatabase } from '../../../support/storage';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createAccount, setPasswordIterationsForTests } from '$lib/storage';
import { session } from '$lib/portal/session.svelte';
import { readSection } from '$lib/portal/requirements/sections-and-files';
import { localToday } from '$lib/portal/requirements/formatting-and-links';
import CompanyInfoSection from '$lib/portal/requirements/CompanyInfoSection.svelte';
import EconomicImpactSection from '$lib/portal/requirements/EconomicImpactSection.svelte';
import ElectionsSection from '$lib/portal/requirements/ElectionsSection.svelte';
import Eo13gSection from '$lib/portal/requirements/Eo13gSection.svelte';
import InsuranceSection from '$lib/portal/requirements/InsuranceSection.svelte';
import AttributesPage from '$lib/portal/requirements/AttributesPage.svelte';
import { saveSection } from '$lib/portal/requirements/sections-and-files';
import { emptyEo13g } from '$lib/domain/requirements';
import type { OrgFile } from '$lib/portal/requirements/sections-and-files';

beforeAll(() => {
	Element.prototype.scrollIntoView = vi.fn();
	setPasswordIterationsForTests(1_000);
});

beforeEach(async () => {
	freshDatabase();
	sessionStorage.clear();
	const created = await createAccount({
		organization: { legalName: 'Sample Vendor LLC' },
		user: {
			username: 'jane',
			email: 'jane@example.com',
			firstName: 'Jane',
			lastName: 'Doe',
			roles: ['manage-profile']
		},
		password: 'Harbor!2026x'
	});
	if (!created.ok) throw new Error(created.error.message);
	const started = await session.start(created.value.user);
	if (!started.ok) throw new Error(started.error.message);
});

afterEach(async () => {
	cleanup();
	await session.end('logout');
});

/** ISO date `days` from today, split into the three boxes. */
function mdy(days: number) {
	const d = new Date();
	d.setDate(d.getDate() + days);
	return {
		month: String(d.getMonth() + 1),
		day: String(d.getDate()),
		year: String(d.getFullYear())
	};
}

async function fillDate(group: HTMLElement, date: { month: string; day: string; year: string }) {
	const user = userEvent.setup();
	for (const [label, value] of [
		['Month', date.month],
		['Day', date.day],
		['Year', date.year]
	] as const) {
		const box = within(group).getByLabelText(label);
		await user.clear(box);
		await user.type(box, value);
	}
}

async function save(section: HTMLElement) {
	await userEvent.setup().click(within(section).getByRole('button', { name: /^Save/ }));
}

async function expectProblem(section: HTMLElement, message: string | RegExp, fieldId: string) {
	const summary = await within(section).findByRole('region', { name: 'There is a problem' });
	const link = within(summary).getByRole('link', { name: message });
	expect(link).toHaveAttribute('href', `#${fieldId}`);
	expect(document.getElementById(fieldId)).toHaveAttribute('aria-invalid', 'true');
}

async function expectSaved(section: HTMLElement) {
	await vi.waitFor(() => expect(within(section).getByRole('status')).toHaveTextContent(/Saved/));
	expect(within(section).getByText(/^Last updated /)).toBeInTheDocument();
}

describe('Supplier Insurance Information', () => {
	it('shows each of the three documents on file or missing', () => {
		const file: OrgFile = {
			id: '1',
			name: 'coi.pdf',
			size: 10,
			type: 'application/pdf',
			folder: 'insurance',
			insuranceKind: 'certificate',
			visibleToBuyer: true,
			uploadedAt: new Date().toISOString()
		};
		render(InsuranceSection, { files: [file] });
		const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
		expect(items.find((t) => t.includes('Certificate of Insurance (Acord Form)'))).toMatch(
			/On file/
		);
		expect(items.find((t) => t.includes('Insurance Declaration'))).toMatch(/Missing/);
		expect(items.find((t) => t.includes('Endorsement of Policy'))).toMatch(/Missing/);
		expect(
			screen.getByText(
				/Attachment path: Account Management>State of Connecticut>Attachments>Insurance documents folder\./
			)
		).toBeInTheDocument();
	});
});

describe('Connecticut Economic Impact Form', () => {
	it('refuses a negative number of employees, then saves; dollars are formatted as typed', async () => {
		render(EconomicImpactSection);
		const section = screen.getByRole('region', { name: 'Connecticut Economic Impact Form' });
		const user = userEvent.setup();
		await user.type(screen.getByLabelText('Number of Connecticut Employees'), '-3');
		const payroll = screen.getByLabelText('Annual Payroll Paid to Connecticut Resident Employees');
		await user.type(payroll, '1250000.5');
		expect(payroll).toHaveValue('1,250,000.5');
		await save(section);
		await expectProblem(
			section,
			'Number of Connecticut Employees cannot be negative',
			'economic-impact-employees'
		);

		const employees = screen.getByLabelText('Number of Connecticut Employees');
		await user.clear(employees);
		await user.type(employees, '12');
		await save(section);
		await expectSaved(section);
		expect(readSection(session.organization, 'economicImpact').values).toMatchObject({
			employees: '12',
			payroll: '1,250,000.5'
		});
	});

	it('counts the characters left in the outreach answer', async () => {
		render(EconomicImpactSection);
		await userEvent
			.setup()
			.type(
				screen.getByLabelText(
					'What outreach techniques are you using to attract and hire veterans?'
				),
				'Job fairs'
			);
		expect(screen.getByText('991 characters left')).toBeInTheDocument();
	});
});

describe('Additional Company Information', () => {
	it('wants a 2-letter State abbreviation', async () => {
		render(CompanyInfoSection);
		const section = screen.getByRole('region', { name: 'Additional Company Information' });
		const user = userEvent.setup();
		const state = screen.getByLabelText(/Incorporating State/);
		await user.type(state, 'Connecticut');
		await save(section);
		await expectProblem(
			section,
			/2-character State abbreviation only, like CT/,
			'company-info-incorporatingState'
		);
		await user.clear(state);
		await user.type(state, 'ct');
		await user.click(screen.getByRole('radio', { name: 'Yes' }));
		await save(section);
		await expectSaved(section);
		expect(readSection(session.organization, 'companyInfo').values).toMatchObject({
			incorporatingState: 'CT',
			sosRegistered: 'yes'
		});
	});
});

describe('Certifications (elections)', () => {
	it('asks for the dates when Yes, wants expiration after activation, warns within 60 days', async () => {
		render(ElectionsSection);
		const section = screen.getByRole('region', { name: 'Certifications and Prequalification' });
		const user = userEvent.setup();
		const sbe = screen.getByRole('group', { name: 'Small Business Enterprise (SBE) Election' });
		expect(screen.queryByRole('group', { name: /SBE Active Date/ })).toBeNull();
		await user.click(within(sbe).getByRole('radio', { name: 'Yes' }));
		const active = screen.getByRole('group', { name: /SBE Active Date/ });
		const expiration = screen.getByRole('group', { name: /SBE Expiration Date/ });
		expect(screen.getByText(/Certification documents folder\./)).toBeInTheDocument();

		await fillDate(active, mdy(-10));
		await fillDate(expiration, mdy(-20));
		await save(section);
		await expectProblem(
			section,
			'SBE Expiration Date must be after the SBE Active Date',
			'sbe-expiration-month'
		);
		// The date is a fieldset named by its label; all three boxes point at its message.
		for (const label of ['Month', 'Day', 'Year']) {
			const box = within(expiration).getByLabelText(label);
			expect(box).toHaveAttribute('aria-invalid', 'true');
			expect(box.getAttribute('aria-describedby')).toContain('sbe-expiration-error');
		}
		expect(within(active).getByLabelText('Month')).toHaveAttribute('aria-invalid', 'false');

		await fillDate(expiration, mdy(30));
		expect(within(section).getByText(/Expires in 30 days/)).toBeInTheDocument();
		await save(section);
		await expectSaved(section);
		await vi.waitFor(() =>
			expect(within(section).getByText(/Your SBE certification expires on/)).toBeInTheDocument()
		);
	});
});

describe("Contractor's Declaration (Executive Order No. 13G)", () => {
	async function fill(values: Record<string, string>) {
		const user = userEvent.setup();
		for (const [id, value] of Object.entries(values)) {
			const box = document.getElementById(`eo13g-${id}`) as HTMLInputElement;
			await user.clear(box);
			await user.type(box, value);
		}
	}

	it('checks the sums, then wants the Date updated whenever the section changes', async () => {
		render(Eo13gSection);
		const section = screen.getByRole('region', {
			name: "Contractor's Declaration Attesting to Compliance with Executive Order No. 13G"
		});
		const user = userEvent.setup();
		await fill({ a: '5', b: '0', c: '3', c1: '2', c2: '2', c3: '0', d: '10' });
		await user.click(screen.getByRole('checkbox', { name: /^Affirmation/ }));
		await user.click(screen.getByRole('checkbox', { name: /^Declaration and Attestation/ }));
		await fill({
			name: 'Jane Doe',
			title: 'Owner',
			email: 'jane@example.com',
			phone: '8605550123'
		});
		const today = localToday().split('-');
		await fillDate(screen.getByRole('group', { name: /^Date/ }), {
			month: String(Number(today[1])),
			day: String(Number(today[2])),
			year: today[0]!
		});
		await save(section);
		await expectProblem(section, /c\.1 \+ c\.2 \(4\) cannot be more than c \(3\)/, 'eo13g-c2');

		await fill({ c2: '1' });
		await save(section);
		await expectSaved(section);

		await fill({ a: '6' });
		await save(section);
		await expectProblem(section, /Update the Date/, 'eo13g-date-month');
	});
});

describe('status of an election and of the declaration', () => {
	it('says when a certification has expired', async () => {
		render(ElectionsSection);
		const user = userEvent.setup();
		const dbe = screen.getByRole('group', {
			name: 'Disadvantaged Business Enterprise (DBE) Election'
		});
		await user.click(within(dbe).getByRole('radio', { name: 'Yes' }));
		await fillDate(screen.getByRole('group', { name: /DBE Active Date/ }), mdy(-400));
		await fillDate(screen.getByRole('group', { name: /DBE Expiration Date/ }), mdy(-2));
		expect(screen.getByText(/^Expired/)).toBeInTheDocument();
	});

	it('reminds when the declaration is more than a month old', async () => {
		const old = mdy(-40);
		const saved = await saveSection('eo13g', { ...emptyEo13g(), name: 'Jane Doe', date: old });
		expect(saved.ok).toBe(true);
		render(Eo13gSection);
		expect(
			screen.getByRole('heading', { name: 'Your declaration is more than a month old' })
		).toBeInTheDocument();
		expect(screen.getByText(/\(40 days ago\)/)).toBeInTheDocument();
	});
});

describe('permission', () => {
	it('without "Manage organization profile" the page says Access denied', async () => {
		await session.end('logout');
		const created = await createAccount({
			organization: { legalName: 'Other LLC' },
			user: { username: 'bob', email: 'bob@example.com', firstName: 'Bob', roles: [] },
			password: 'Harbor!2026x'
		});
		if (!created.ok) throw new Error(created.error.message);
		await session.start(created.value.user);
		render(AttributesPage);
		expect(
			screen.getByRole('heading', {
				level: 1,
				name: 'Additional Required Attributes for "State of Connecticut"'
			})
		).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
	});
});
