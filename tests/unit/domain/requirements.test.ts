import {
	certificationStatus,
	certificationWarnings,
	checkUpload,
	companyInfoProblems,
	economicImpactProblems,
	electionProblems,
	emptyCompanyInfo,
	emptyEconomicImpact,
	emptyElections,
	emptyEo13g,
	eo13gCurrent,
	eo13gProblems,
	readiness,
	type Eo13gValues
} from '$lib/domain/requirements';

const fields = (list: { field: string }[]) => list.map((p) => p.field);
const date = (iso: string) => {
	const [year = '', month = '', day = ''] = iso.split('-');
	return { month: String(Number(month)), day: String(Number(day)), year };
};

describe('Connecticut Economic Impact Form', () => {
	it('is informational: empty is fine', () => {
		expect(economicImpactProblems(emptyEconomicImpact())).toEqual([]);
	});

	it('counts are whole numbers ≥ 0; money is U.S. dollars; veterans 0–100; outreach ≤ 1,000', () => {
		const v = {
			...emptyEconomicImpact(),
			locations: '2.5',
			employees: '-1',
			payroll: '1,250,000.50',
			taxes: '$12.345',
			rent: 'lots',
			utilities: '-5',
			partners: '$ 40,000',
			veterans: '101',
			outreach: 'x'.repeat(1001)
		};
		const problems = economicImpactProblems(v);
		expect(fields(problems)).toEqual([
			'locations',
			'employees',
			'taxes',
			'rent',
			'utilities',
			'veterans',
			'outreach'
		]);
		expect(problems.find((p) => p.field === 'employees')?.message).toMatch(/cannot be negative/);
		expect(problems.find((p) => p.field === 'outreach')?.message).toMatch(/1,000 characters/);
		expect(
			economicImpactProblems({
				...v,
				locations: '3',
				employees: '1,200',
				taxes: '12.34',
				rent: '0',
				utilities: '5',
				veterans: '12.5%',
				outreach: 'x'.repeat(1000)
			})
		).toEqual([]);
		expect(fields(economicImpactProblems({ ...emptyEconomicImpact(), veterans: 'ten' }))).toEqual([
			'veterans'
		]);
		expect(economicImpactProblems({ ...emptyEconomicImpact(), veterans: '0' })).toEqual([]);
		expect(economicImpactProblems({ ...emptyEconomicImpact(), veterans: '100' })).toEqual([]);
	});
});

describe('Additional Company Information', () => {
	it('state is a 2-letter U.S. state abbreviation; web address http(s); DOT digits; CT tax number', () => {
		const ok = {
			incorporatingState: 'ct',
			webAddress: 'https://www.samplevendor.example',
			sosRegistered: 'yes',
			usDot: '1234567',
			ctTaxNumber: '1234567890'
		};
		expect(companyInfoProblems(ok)).toEqual([]);
		expect(companyInfoProblems(emptyCompanyInfo())).toEqual([]);
		const bad = companyInfoProblems({
			incorporatingState: 'Connecticut',
			webAddress: 'ftp://files.example.com',
			sosRegistered: 'maybe',
			usDot: '12A',
			ctTaxNumber: '12345'
		});
		expect(fields(bad)).toEqual([
			'incorporatingState',
			'webAddress',
			'sosRegistered',
			'usDot',
			'ctTaxNumber'
		]);
		expect(companyInfoProblems({ ...ok, incorporatingState: 'XX' })[0]?.message).toMatch(
			/not a U.S. State abbreviation/
		);
		expect(companyInfoProblems({ ...ok, webAddress: 'www.example.com' })[0]?.message).toMatch(
			/start with https:\/\//
		);
		expect(companyInfoProblems({ ...ok, webAddress: 'http://localhost' })).toHaveLength(1);
		expect(companyInfoProblems({ ...ok, ctTaxNumber: '1234567890-001' })).toEqual([]);
	});
});

describe('elections', () => {
	it('a yes needs real Active and Expiration dates, expiration after activation', () => {
		const v = emptyElections();
		expect(electionProblems(v)).toEqual([]);
		v.sbe = {
			elected: 'yes',
			active: { month: '', day: '', year: '' },
			expiration: date('2027-01-01')
		};
		v.dbe = {
			elected: 'yes',
			active: { month: '2', day: '30', year: '2026' },
			expiration: date('2027-01-01')
		};
		v.sba = { elected: 'yes', active: date('2026-05-01'), expiration: date('2026-05-01') };
		v.smbe = {
			elected: 'no',
			active: { month: '2', day: '30', year: '2026' },
			expiration: date('2020-01-01')
		};
		const problems = electionProblems(v);
		expect(fields(problems)).toEqual(['sbe.active', 'sba.expiration', 'dbe.active']);
		expect(problems[0]?.message).toBe('Enter the SBE Active Date: Month, Day and Year');
		expect(problems[1]?.message).toBe('SBA Expiration Date must be after the SBA Active Date');
		expect(problems[2]?.message).toMatch(/real date/);
		v.sbe.active = date('2024-02-29');
		v.dbe.active = date('2026-02-28');
		v.sba.expiration = date('2026-05-02');
		expect(electionProblems(v)).toEqual([]);
	});

	it('warns when expired or expiring within 60 days', () => {
		const today = '2026-11-22';
		const e = (expiration: string) => ({
			elected: 'yes' as const,
			active: date('2024-01-01'),
			expiration: date(expiration)
		});
		expect(certificationStatus(e('2026-11-21'), today)).toMatchObject({
			kind: 'expired',
			daysAgo: 1
		});
		expect(certificationStatus(e('2026-11-22'), today)).toMatchObject({
			kind: 'expiring',
			daysLeft: 0
		});
		expect(certificationStatus(e('2027-01-21'), today)).toMatchObject({
			kind: 'expiring',
			daysLeft: 60
		});
		expect(certificationStatus(e('2027-01-22'), today)).toMatchObject({
			kind: 'current',
			daysLeft: 61
		});
		expect(certificationStatus({ ...e('2027-01-22'), elected: 'no' }, today).kind).toBe(
			'not-elected'
		);
		const v = emptyElections();
		v.sbe = e('2026-10-01');
		v.prequal = e('2026-12-01');
		v.dbe = e('2028-01-01');
		const warnings = certificationWarnings(v, today);
		expect(warnings).toHaveLength(2);
		expect(warnings[0]).toMatch(/SBE certification expired on October 1, 2026/);
		expect(warnings[1]).toMatch(
			/Prequalification certification expires on December 1, 2026 \(in 9 days\)/
		);
	});
});

describe("Contractor's Declaration (EO 13G)", () => {
	const today = '2026-11-22';
	const valid = (): Eo13gValues => ({
		...emptyEo13g(),
		a: '10',
		b: '2',
		c: '5',
		c1: '1',
		c2: '2',
		c3: '3',
		d: '20',
		affirmed: true,
		attested: true,
		name: 'Jane Doe',
		date: date('2026-11-20'),
		title: 'Managing Member',
		email: 'jane.doe@samplevendor.example',
		phone: '(860) 555-0123'
	});

	it('accepts a consistent declaration', () => {
		expect(eo13gProblems(valid(), null, today)).toEqual([]);
	});

	it('every count is a whole number ≥ 0 and at most d', () => {
		const v = { ...valid(), a: '', b: '1.5', c: '-2', d: '20', c3: '21' };
		const problems = eo13gProblems(v, null, today);
		expect(fields(problems)).toEqual(['a', 'b', 'c', 'c3']);
		expect(problems.find((p) => p.field === 'c3')?.message).toMatch(/cannot be more than d/);
	});

	it('c.1 + c.2 ≤ c, and a + c + c.3 ≤ d', () => {
		expect(fields(eo13gProblems({ ...valid(), c1: '3', c2: '3' }, null, today))).toEqual(['c2']);
		expect(fields(eo13gProblems({ ...valid(), c1: '3', c2: '2' }, null, today))).toEqual([]);
		const sum = eo13gProblems({ ...valid(), a: '10', c: '5', c3: '6' }, null, today);
		expect(fields(sum)).toEqual(['d']);
		expect(sum[0]?.message).toMatch(/a \+ c \+ c\.3 \(21\)/);
		expect(eo13gProblems({ ...valid(), a: '10', c: '5', c3: '5' }, null, today)).toEqual([]);
	});

	it('both checkboxes, name, title, e-mail, phone and a real date not in the future', () => {
		const v = {
			...valid(),
			affirmed: false,
			attested: false,
			name: ' ',
			title: '',
			email: 'jane',
			phone: '555',
			date: { month: '2', day: '29', year: '2026' }
		};
		expect(fields(eo13gProblems(v, null, today))).toEqual([
			'affirmed',
			'attested',
			'name',
			'date',
			'title',
			'email',
			'phone'
		]);
		expect(fields(eo13gProblems({ ...valid(), date: date('2026-11-23') }, null, today))).toEqual([
			'date'
		]);
	});

	it('the Date must change whenever anything else in the section changes', () => {
		const saved = valid();
		const changed = { ...saved, a: '11', d: '21' };
		const problems = eo13gProblems(changed, saved, today);
		expect(problems).toEqual([
			{ field: 'date', message: 'Update the Date: it must change each time this section changes' }
		]);
		expect(eo13gProblems({ ...changed, date: date('2026-11-22') }, saved, today)).toEqual([]);
		// Unchanged, saved again: no new date needed.
		expect(eo13gProblems({ ...saved }, saved, today)).toEqual([]);
	});

	it('a changed declaration is not backdated before the last one', () => {
		const saved = valid();
		const backdated = { ...saved, a: '11', date: date('2026-11-19') };
		expect(eo13gProblems(backdated, saved, today)).toEqual([
			{
				field: 'date',
				message:
					'The Date cannot be earlier than the Date of your last declaration (November 20, 2026)'
			}
		]);
		expect(eo13gProblems({ ...backdated, date: date('2026-11-21') }, saved, today)).toEqual([]);
	});

	it('is current for a month after its Date', () => {
		expect(eo13gCurrent(null, today)).toBe(false);
		expect(eo13gCurrent({ ...valid(), date: date('2026-10-22') }, today)).toBe(true);
		expect(eo13gCurrent({ ...valid(), date: date('2026-10-21') }, today)).toBe(false);
	});
});

describe('uploads', () => {
	const bytes = (...b: number[]) => Uint8Array.from([...b, 0, 0, 0, 0, 0, 0, 0, 0]);
	const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31);
	const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
	const EXE = bytes(0x4d, 0x5a, 0x90);

	it('accepts the allowed kinds by extension and content', () => {
		expect(checkUpload({ name: 'COI.pdf', size: 1000 }, PDF)).toEqual({
			ok: true,
			mime: 'application/pdf'
		});
		expect(checkUpload({ name: 'scan.PNG', size: 1000 }, PNG)).toMatchObject({ ok: true });
		expect(checkUpload({ name: 'w9.docx', size: 9 }, bytes(0x50, 0x4b, 0x03, 0x04))).toMatchObject({
			ok: true
		});
		expect(
			checkUpload(
				{ name: 'old.xls', size: 9 },
				bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)
			)
		).toMatchObject({ ok: true });
		expect(
			checkUpload({ name: 'photo.jpeg', size: 9 }, bytes(0xff, 0xd8, 0xff, 0xe0))
		).toMatchObject({ ok: true });
	});

	it('refuses by name with the reason', () => {
		expect(checkUpload({ name: 'invoice.pdf', size: 5000 }, EXE)).toEqual({
			ok: false,
			reason:
				'“invoice.pdf” was not uploaded: its name says PDF, but its content is a Windows program. Upload the real document.'
		});
		expect(checkUpload({ name: 'setup.exe', size: 5000 }, EXE)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/“setup.exe” was not uploaded: .exe files are not accepted/)
		});
		expect(checkUpload({ name: 'page.html', size: 5 }, PDF).ok).toBe(false);
		expect(checkUpload({ name: 'big.pdf', size: 10 * 1024 * 1024 + 1 }, PDF)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/10.0 MB, and files must be 10 MB or smaller/)
		});
		expect(checkUpload({ name: 'limit.pdf', size: 10 * 1024 * 1024 }, PDF).ok).toBe(true);
		expect(checkUpload({ name: 'empty.pdf', size: 0 }, PDF).ok).toBe(false);
		expect(checkUpload({ name: 'fake.png', size: 10 }, PDF).ok).toBe(false);
	});
});

describe('award readiness', () => {
	const today = '2026-11-22';
	it('turns complete item by item', () => {
		const base = { files: [], companyInfo: null, elections: null, eo13g: null, today };
		expect(
			readiness(base)
				.filter((i) => i.done)
				.map((i) => i.id)
		).toEqual(['certifications']);

		const files = [
			{
				folder: 'insurance' as const,
				insuranceKind: 'certificate' as const,
				visibleToBuyer: false,
				uploadedAt: '2026-11-01T10:00:00Z'
			},
			{ folder: 'w9' as const, visibleToBuyer: true, uploadedAt: '2025-03-01T10:00:00Z' },
			{ folder: 'statutory' as const, visibleToBuyer: true, uploadedAt: '2025-12-31T10:00:00Z' }
		];
		const partly = readiness({ ...base, files });
		expect(partly.find((i) => i.id === 'certificate-of-insurance')).toMatchObject({
			done: false,
			detail: expect.stringMatching(/hidden from the buyer/)
		});
		expect(partly.find((i) => i.id === 'w9')?.done).toBe(true);
		expect(partly.find((i) => i.id === 'statutory')?.done).toBe(false);

		const complete = readiness({
			files: [
				{ ...files[0]!, visibleToBuyer: true },
				files[1]!,
				{ ...files[2]!, uploadedAt: '2026-01-05T10:00:00Z' }
			],
			companyInfo: {
				incorporatingState: 'CT',
				webAddress: 'https://a.example',
				sosRegistered: 'no',
				usDot: '',
				ctTaxNumber: '1234567890'
			},
			elections: emptyElections(),
			eo13g: { ...emptyEo13g(), date: date('2026-11-01') },
			today
		});
		expect(complete.every((i) => i.done)).toBe(true);
	});
});
