/**
 * Named example registrations (personas), valid on every step: used by the tests, the demo tools
 * and the sample data. Apart from the mistakes (fixtures.ts), which the demo page does not need.
 */
import { addressKey, type AddressValues } from './address';
import type { CodesValues } from './codes';
import type { ContactValues } from './contact';
import { OTHER_STATE, UNITED_STATES } from './options';
import type { OrganizationValues } from './organization';
import { emptyRegistration, type RegistrationValues } from './steps';

// ---------------------------------------------------------------------------------------------
// Personas
// ---------------------------------------------------------------------------------------------

export const PERSONA_IDS = [
	'parent-fein',
	'branch-duns',
	'sole-proprietor-ssn',
	'out-of-country',
	'dba-branch',
	'us-territory',
	'address-accepted'
] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];

export interface Persona {
	id: PersonaId;
	/** Short name a presenter picks from a list. */
	name: string;
	/** What the persona shows about the rules. */
	description: string;
	/** Valid on every step. Shared: use personaValues(id) for a copy you may change. */
	values: RegistrationValues;
}

type Address = Omit<AddressValues, 'acceptedAddress' | 'otherRegion'> &
	Partial<Pick<AddressValues, 'otherRegion' | 'acceptedAddress'>>;

interface PersonaParts {
	organization: Partial<OrganizationValues>;
	contact: Partial<ContactValues>;
	codes: Partial<CodesValues>;
}

/** Starts from emptyRegistration() so fields added later get their defaults. */
function registration(parts: PersonaParts): RegistrationValues {
	const base = emptyRegistration();
	return {
		instructions: { ...base.instructions, agree: true },
		organization: { ...base.organization, ...parts.organization },
		contact: { ...base.contact, ...parts.contact },
		codes: { ...base.codes, ...parts.codes }
	};
}

/** An address the person confirmed with "Use this address as entered". */
function accepted(a: Address): Address {
	return { ...a, acceptedAddress: addressKey({ otherRegion: '', acceptedAddress: '', ...a }) };
}

const HARTFORD: Address = {
	country: UNITED_STATES,
	address1: '100 Pearl Street',
	address2: 'Suite 400',
	city: 'Hartford',
	state: 'CT',
	postalCode: '06103'
};

const NEW_HAVEN: Address = {
	country: UNITED_STATES,
	address1: '25 Science Park',
	address2: '',
	city: 'New Haven',
	state: 'CT',
	postalCode: '06511-1968'
};

const STAMFORD: Address = {
	country: UNITED_STATES,
	address1: '12 Bedford Street',
	address2: 'Apt 3B',
	city: 'Stamford',
	state: 'CT',
	postalCode: '06901'
};

const TORONTO: Address = {
	country: 'Canada',
	address1: '200 Front Street West',
	address2: 'Floor 12',
	city: 'Toronto',
	state: OTHER_STATE,
	otherRegion: 'Ontario',
	postalCode: 'M5V 2T6'
};

const BRIDGEPORT: Address = {
	country: UNITED_STATES,
	address1: '330 Water Street',
	address2: '',
	city: 'Bridgeport',
	state: 'CT',
	postalCode: '06604'
};

const SAN_JUAN: Address = {
	country: UNITED_STATES,
	address1: '1250 Avenida Ponce de Leon',
	address2: 'Suite 701',
	city: 'San Juan',
	state: OTHER_STATE,
	otherRegion: 'Puerto Rico',
	postalCode: '00907'
};

/** Real address whose ZIP uses a Connecticut prefix although it is in New York. */
const FISHERS_ISLAND: Address = accepted({
	country: UNITED_STATES,
	address1: '1 Fox Lane',
	address2: '',
	city: 'Fishers Island',
	state: 'NY',
	postalCode: '06390'
});

export const PERSONAS: readonly Persona[] = [
	{
		id: 'parent-fein',
		name: 'Sample Vendor LLC (parent, FEIN)',
		description:
			'A Connecticut LLC registering as the Parent/Holding Company with an FEIN; Hartford address, phone extension and fax.',
		values: registration({
			organization: {
				...HARTFORD,
				legalName: 'Sample Vendor LLC',
				businessType: 'Limited Liability Company – S Corporation',
				orgType: 'parent',
				fein: '06-1234567',
				feinConfirm: '06-1234567'
			},
			contact: {
				...HARTFORD,
				salutation: 'Ms.',
				firstName: 'Jane',
				lastName: 'Doe',
				jobTitle: 'Managing Member',
				phone: '(860) 555-0123',
				phoneExt: '204',
				fax: '(860) 555-0199',
				email: 'jane.doe@samplevendor.example',
				username: 'SampleVendor',
				password: 'Harbor!2026x',
				confirmPassword: 'Harbor!2026x'
			},
			codes: { codes: ['72100000'] }
		})
	},
	{
		id: 'branch-duns',
		name: 'Sample Vendor LLC – New Haven branch (DUNS)',
		description:
			'A Branch of the parent: same legal name and FEIN, its own DUNS number; the solicitation contact is entered now.',
		values: registration({
			organization: {
				...NEW_HAVEN,
				legalName: 'Sample Vendor LLC',
				businessType: 'Limited Liability Company – S Corporation',
				orgType: 'branch',
				fein: '061234567',
				feinConfirm: '06-1234567',
				duns: '123456789',
				dunsConfirm: '123456789'
			},
			contact: {
				...NEW_HAVEN,
				salutation: 'Mr.',
				firstName: 'Luis',
				lastName: 'Ortega',
				jobTitle: 'Branch Manager',
				phone: '203-555-0147',
				email: 'luis.ortega@samplevendor.example',
				username: 'sv_newhaven',
				password: 'Elm-City#2026',
				confirmPassword: 'Elm-City#2026',
				solicitationContact: 'now',
				solFirstName: 'Priya',
				solLastName: 'Raman',
				solPhone: '(203) 555-0150',
				solEmail: 'bids@samplevendor.example'
			},
			codes: { codes: ['72101500', '72150000'] }
		})
	},
	{
		id: 'sole-proprietor-ssn',
		name: "Maria O'Neill (sole proprietor, SSN)",
		description:
			'An Individual/Sole Proprietor filing with a Social Security Number (Parent/Holding Company, as the guide says); apostrophe in the legal name, no salutation.',
		values: registration({
			organization: {
				...STAMFORD,
				legalName: "Maria O'Neill",
				businessType: 'Individual/Sole Proprietor',
				orgType: 'parent',
				ssn: '123-45-6789',
				ssnConfirm: '123456789'
			},
			contact: {
				...STAMFORD,
				firstName: 'Maria',
				lastName: "O'Neill",
				phone: '203.555.0172',
				email: 'maria@oneill-consulting.example',
				username: 'maria.oneill',
				password: 'Stamford$Sun9',
				confirmPassword: 'Stamford$Sun9'
			},
			codes: { codes: ['80101500'] }
		})
	},
	{
		id: 'out-of-country',
		name: 'Maple Leaf Logistics Inc. (Canada)',
		description:
			'Outside the United States: Country Canada, State/Province Other with Other Region Ontario, a Canadian postal code and international phone numbers; selects Unknown instead of codes.',
		values: registration({
			organization: {
				...TORONTO,
				legalName: 'Maple Leaf Logistics Inc.',
				businessType: 'C Corporation',
				orgType: 'parent',
				fein: '98-7654321',
				feinConfirm: '98-7654321'
			},
			contact: {
				...TORONTO,
				salutation: 'Dr.',
				firstName: 'Amélie',
				lastName: 'Tremblay',
				jobTitle: 'Director of Sales',
				phone: '+1 416 555 0199',
				fax: '+1 416 555 0198',
				email: 'amelie.tremblay@mapleleaf.example',
				username: 'MapleLeafLogistics',
				password: 'Maple&Leaf44',
				confirmPassword: 'Maple&Leaf44'
			},
			codes: { unknown: true }
		})
	},
	{
		id: 'dba-branch',
		name: 'Harbor Facility Services (DBA as Branch)',
		description:
			"The parent's DBA registered separately as a Branch, as the guide's note says: DBA Business Name filled, its own DUNS; the contract contact is entered now.",
		values: registration({
			organization: {
				...BRIDGEPORT,
				legalName: 'Sample Vendor LLC',
				dbaName: 'Harbor Facility Services',
				businessType: 'Limited Liability Company – S Corporation',
				orgType: 'branch',
				fein: '06-1234567',
				feinConfirm: '06-1234567',
				duns: '987654321',
				dunsConfirm: '987654321'
			},
			contact: {
				...BRIDGEPORT,
				salutation: 'Mx.',
				firstName: 'Sam',
				lastName: 'Whitaker',
				jobTitle: 'Operations Lead',
				phone: '(203) 555-0111',
				email: 'sam@harborfacility.example',
				username: 'HarborFacility',
				password: 'Tide+Pool2026',
				confirmPassword: 'Tide+Pool2026',
				contractContact: 'now',
				conFirstName: 'Dana',
				conLastName: 'Kim',
				conPhone: '1 203 555 0112',
				conEmail: 'contracts@harborfacility.example'
			},
			codes: { codes: ['72101500'] }
		})
	},
	{
		id: 'us-territory',
		name: 'Isla Verde Supply Corp. (Puerto Rico)',
		description:
			'A U.S. territory: Country United States, State/Province Other with Other Region Puerto Rico and a U.S. ZIP Code (not matched against a state).',
		values: registration({
			organization: {
				...SAN_JUAN,
				legalName: 'Isla Verde Supply Corp.',
				businessType: 'C Corporation',
				orgType: 'parent',
				fein: '66-0123456',
				feinConfirm: '66-0123456'
			},
			contact: {
				...SAN_JUAN,
				salutation: 'Mrs.',
				firstName: 'Carmen',
				lastName: 'Rivera',
				phone: '(787) 555-0142',
				email: 'carmen@islaverde.example',
				username: 'IslaVerde',
				password: 'Coqui*Rain7',
				confirmPassword: 'Coqui*Rain7'
			},
			codes: { codes: ['43211500'] }
		})
	},
	{
		id: 'address-accepted',
		name: 'Fishers Island Boatworks (address accepted as entered)',
		description:
			'Fishers Island, NY uses ZIP 06390, a Connecticut prefix, so address validation cannot find it; the person chose "Use this address as entered" on both steps.',
		values: registration({
			organization: {
				...FISHERS_ISLAND,
				legalName: 'Fishers Island Boatworks, Inc.',
				businessType: 'S Corporation',
				orgType: 'parent',
				fein: '13-2468024',
				feinConfirm: '13-2468024'
			},
			contact: {
				...FISHERS_ISLAND,
				salutation: 'Mr.',
				firstName: 'Tom',
				lastName: 'Avery',
				jobTitle: 'President',
				phone: '(631) 555-0164',
				email: 'tom@fiboatworks.example',
				username: 'FIBoatworks',
				password: 'Race-Rock1889',
				confirmPassword: 'Race-Rock1889'
			},
			codes: { codes: ['25111900'] }
		})
	}
];

export function persona(id: PersonaId): Persona {
	const found = PERSONAS.find((p) => p.id === id);
	if (!found) throw new Error(`Unknown persona ${id}`);
	return found;
}

/** A deep copy of a persona's values, safe to change. */
export function personaValues(id: PersonaId): RegistrationValues {
	return structuredClone(persona(id).values);
}
