/** The readiness checklist: complete and missing items, the count, and where each is fixed. */
import { render, screen, within } from '@testing-library/svelte';
import { readiness, emptyCompanyInfo } from '$lib/domain/requirements';
import ReadinessChecklist from '$lib/portal/requirements/ReadinessChecklist.svelte';

const today = '2026-03-10';

describe('ReadinessChecklist', () => {
	it('links each missing item to where it is fixed', () => {
		const items = readiness({
			files: [{ folder: 'w9', visibleToBuyer: true, uploadedAt: '2026-01-02T10:00:00Z' }],
			companyInfo: emptyCompanyInfo(),
			elections: null,
			eo13g: null,
			today
		});
		render(ReadinessChecklist, { items });
		expect(screen.getByText('2 of 6 complete')).toBeInTheDocument();
		const list = screen.getAllByRole('listitem');
		const item = (label: RegExp) => list.find((li) => label.test(li.textContent ?? ''))!;

		const coi = item(/Certificate of Insurance uploaded/);
		expect(coi).toHaveTextContent('Missing');
		expect(within(coi).getByRole('link', { name: /Fix this in Attachments/ })).toHaveAttribute(
			'href',
			'/portal/account/ct/attachments?folder=insurance'
		);
		expect(item(/W-9 uploaded/)).toHaveTextContent('Complete');
		expect(within(item(/W-9 uploaded/)).queryByRole('link')).toBeNull();
		expect(
			within(item(/Additional Company Information/)).getByRole('link', {
				name: /Fix this in Additional Required Attributes/
			})
		).toHaveAttribute('href', '/portal/account/ct/attributes#company-info');
		expect(within(item(/Executive Order No. 13G/)).getByRole('link')).toHaveAttribute(
			'href',
			'/portal/account/ct/attributes#eo13g'
		);
	});

	it('says so when everything is complete', () => {
		render(ReadinessChecklist, {
			items: readiness({
				files: [
					{
						folder: 'insurance',
						insuranceKind: 'certificate',
						visibleToBuyer: true,
						uploadedAt: `${today}T09:00:00Z`
					},
					{ folder: 'w9', visibleToBuyer: true, uploadedAt: `${today}T09:00:00Z` },
					{ folder: 'statutory', visibleToBuyer: true, uploadedAt: `${today}T09:00:00Z` }
				],
				companyInfo: {
					incorporatingState: 'CT',
					webAddress: 'https://www.example.com',
					sosRegistered: 'yes',
					usDot: '',
					ctTaxNumber: '1234567890'
				},
				elections: null,
				eo13g: null,
				today
			}).map((i) => ({ ...i, done: true }))
		});
		expect(screen.getByText('6 of 6 complete')).toBeInTheDocument();
		expect(screen.getByText(/Everything the State of Connecticut requires/)).toBeInTheDocument();
		expect(screen.queryAllByRole('link')).toHaveLength(0);
	});
});
