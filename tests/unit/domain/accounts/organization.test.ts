import { parseOrganizationDetails } from '$lib/domain/accounts';

const emptyAddress = {
	address1: '',
	address2: '',
	city: '',
	state: '',
	otherRegion: '',
	postalCode: '',
	country: ''
};

describe('parseOrganizationDetails', () => {
	it('gives every key its default for an empty or missing record, and never throws', () => {
		for (const raw of [{}, undefined, null, 'garbage', 42, ['x']]) {
			expect(parseOrganizationDetails(raw)).toEqual({
				country: '',
				dbaName: '',
				businessType: '',
				orgType: 'parent',
				tinKind: null,
				address: emptyAddress,
				mainContact: {
					salutation: '',
					firstName: '',
					lastName: '',
					jobTitle: '',
					phone: null,
					phoneExt: '',
					fax: null,
					email: '',
					address: emptyAddress
				},
				solicitationContact: null,
				contractContact: null,
				codes: [],
				unknownCodes: false,
				buyers: [],
				buyerRegistrations: {},
				regions: [],
				accountManagement: {},
				requirements: {}
			});
		}
	});

	it('keeps an older, partial record and fills in what it lacks', () => {
		// A record written before Service Regions, Opportunity Management and the requirements.
		const d = parseOrganizationDetails({
			country: 'United States',
			dbaName: 'Acme',
			orgType: 'branch',
			tinKind: 'ssn',
			mainContact: { firstName: 'Jane', email: 'jane@example.com', phone: '8605551234' },
			solicitationContact: { email: 'bids@example.com' },
			codes: ['72100000'],
			buyers: ['State of Connecticut']
		});
		expect(d).toMatchObject({
			country: 'United States',
			dbaName: 'Acme',
			businessType: '',
			orgType: 'branch',
			tinKind: 'ssn',
			mainContact: {
				firstName: 'Jane',
				lastName: '',
				email: 'jane@example.com',
				phone: '8605551234',
				fax: null,
				address: emptyAddress
			},
			solicitationContact: { firstName: '', lastName: '', phone: null, email: 'bids@example.com' },
			contractContact: null,
			codes: ['72100000'],
			regions: [],
			buyerRegistrations: {},
			accountManagement: {},
			requirements: {}
		});
	});

	it('drops wrongly typed values for their defaults, and only the bad entries of lists and maps', () => {
		const d = parseOrganizationDetails({
			dbaName: 7,
			orgType: 'subsidiary',
			tinKind: 'passport',
			unknownCodes: 'yes',
			mainContact: 'Jane Doe',
			contractContact: ['not', 'a', 'contact'],
			address: { city: 'Hartford', postalCode: 6103, acceptedAsEntered: 'no' },
			codes: ['72100000', 3, null, '43211500'],
			regions: 'CT',
			buyerRegistrations: { 'City of Pittsburgh': '2026-11-22T12:00:00.000Z', Other: 5 },
			accountManagement: { serviceLevel: { description: 'Fast', responseHours: 24 }, bad: 1 },
			requirements: {
				elections: { values: { sbe: 'yes' }, updatedAt: 12 },
				companyInfo: 'broken'
			}
		});
		expect(d.dbaName).toBe('');
		expect(d.orgType).toBe('parent');
		expect(d.tinKind).toBeNull();
		expect(d.unknownCodes).toBe(false);
		expect(d.mainContact).toMatchObject({ firstName: '', email: '', phone: null });
		expect(d.contractContact).toBeNull();
		expect(d.address).toEqual({
			...emptyAddress,
			city: 'Hartford',
			acceptedAsEntered: false
		});
		expect(d.codes).toEqual(['72100000', '43211500']);
		expect(d.regions).toEqual([]);
		expect(d.buyerRegistrations).toEqual({ 'City of Pittsburgh': '2026-11-22T12:00:00.000Z' });
		expect(d.accountManagement).toEqual({ serviceLevel: { description: 'Fast' }, bad: {} });
		expect(d.requirements).toEqual({
			elections: { values: { sbe: 'yes' }, updatedAt: null },
			companyInfo: { updatedAt: null }
		});
	});

	it('never throws, whatever any key holds', () => {
		const garbage = [undefined, null, 0, 'x', true, [], ['x', 1], {}, { a: { b: 1 } }];
		const keys = Object.keys(parseOrganizationDetails({}));
		for (const key of keys) {
			for (const value of garbage) {
				expect(() => parseOrganizationDetails({ [key]: value })).not.toThrow();
				expect(() =>
					parseOrganizationDetails({ requirements: { s: value }, accountManagement: { p: value } })
				).not.toThrow();
			}
		}
	});

	it('keeps unknown keys as they are, at the top and inside the typed objects', () => {
		const d = parseOrganizationDetails({
			website: 'acme.example',
			address: { city: 'Hartford', county: 'Hartford County' },
			mainContact: { email: 'a@example.com', pronouns: 'she/her' }
		});
		expect(d.website).toBe('acme.example');
		expect(d.address.county).toBe('Hartford County');
		expect(d.mainContact.pronouns).toBe('she/her');
	});

	it('leaves acceptedAsEntered absent when it was never stored', () => {
		const d = parseOrganizationDetails({ mainContact: { address: { city: 'Hartford' } } });
		expect(d.mainContact.address).not.toHaveProperty('acceptedAsEntered');
	});

	it('reads back what it returned unchanged (stored details stay stored details)', () => {
		const once = parseOrganizationDetails({
			codes: ['1', 2],
			mainContact: { email: 'x' },
			extra: 1
		});
		expect(parseOrganizationDetails(JSON.parse(JSON.stringify(once)))).toEqual(once);
	});
});
