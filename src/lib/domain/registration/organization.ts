/** Step 2 – Organization Information: fields, limits and messages (guide pages 6–9). */
import {
	digitsOnly,
	dunsProblem,
	feinProblem,
	isBlank,
	LEGAL_NAME_MAX_LENGTH,
	legalNameProblem,
	normalizeTin,
	ssnProblem
} from '../validators';
import { z } from '../zod';
import { ADDRESS_FIELDS, addressShape, checkAddress } from './address';
import {
	ProblemList,
	sortByFieldOrder,
	tooLong,
	type FieldMeta,
	type FieldProblem
} from './fields';
import { BUSINESS_TYPES } from './options';

export { taxpayerId } from './taxpayer';

export const organizationShape = z.object({
	...addressShape,
	legalName: z._default(z.string(), ''),
	dbaName: z._default(z.string(), ''),
	businessType: z._default(z.string(), ''),
	/** Parent/Holding Company is the guide's default designation. */
	orgType: z._default(z.enum(['parent', 'branch']), 'parent'),
	fein: z._default(z.string(), ''),
	feinConfirm: z._default(z.string(), ''),
	ssn: z._default(z.string(), ''),
	ssnConfirm: z._default(z.string(), ''),
	duns: z._default(z.string(), ''),
	dunsConfirm: z._default(z.string(), '')
});
export type OrganizationValues = z.infer<typeof organizationShape>;
export type OrgType = OrganizationValues['orgType'];

export type OrganizationField = keyof OrganizationValues;

export const ORGANIZATION_FIELDS = {
	...ADDRESS_FIELDS,
	legalName: {
		label: 'Legal Name of Entity/Individual (As shown on your income tax return)',
		required: true,
		max: LEGAL_NAME_MAX_LENGTH,
		hint: "Your organization's legal name must match the company name on record with the IRS for your Tax Identification Number. If you file with a Social Security Number, enter your name exactly as it shows on your Federal Tax Return. Letters, numbers, spaces and & , . - ' only."
	},
	dbaName: { label: 'DBA Business Name', max: 50 },
	businessType: { label: 'Type of Business', required: true },
	orgType: { label: 'Parent/Holding Company or Branch' },
	fein: { label: 'Federal Employer Identification Number', required: true },
	feinConfirm: { label: 'Confirm Federal Employer Identification Number', required: true },
	ssn: { label: 'Social Security Number', required: true },
	ssnConfirm: { label: 'Confirm Social Security Number', required: true },
	duns: {
		label: 'DUNS Number/Unique 9-digit Identifier',
		hint: 'The 9 digits issued by Dun & Bradstreet; no letters or symbols. Required when registering as a Branch.'
	},
	dunsConfirm: { label: 'Confirm DUNS Number/Unique 9-digit Identifier' }
} as const satisfies Record<OrganizationField, FieldMeta>;

/** The guide's note shown when a DBA name is entered. */
export const DBA_NOTE =
	"If your organization has a DBA, please register the DBA separately as a 'Branch'.";

/** The guide's explanation of Parent/Holding Company and Branch. */
export const ORG_TYPE_HELP =
	'Please specify whether you are registering as a Parent/Holding Company or a Branch. If you are an individual or sole proprietor, select "Parent/Holding Company". If you are a Branch, you will be required to enter your unique nine-digit Data Universal Numbering System (DUNS) identification number in the DUNS Number/Unique 9-digit Identifier field.';

export function emptyOrganization(): OrganizationValues {
	return organizationShape.parse({});
}

const SSN_MESSAGES = {
	format: 'Enter the Social Security Number as 9 digits, for example 123-45-6789',
	area: 'Check the Social Security Number: no number starts with 000, 666 or 900 to 999',
	group: 'Check the Social Security Number: the middle two digits cannot be 00',
	serial: 'Check the Social Security Number: the last four digits cannot be 0000'
} as const;

function checkTinPair(
	p: ProblemList<OrganizationField>,
	kind: 'fein' | 'ssn',
	value: string,
	confirm: string
): void {
	const name =
		kind === 'fein' ? 'Federal Employer Identification Number' : 'Social Security Number';
	const digits = normalizeTin(value);
	if (!digits) {
		p.add(
			kind,
			kind === 'fein'
				? 'Enter the Federal Employer Identification Number as 9 digits, for example 12-3456789'
				: SSN_MESSAGES.format
		);
	} else if (kind === 'fein') {
		p.add(
			'fein',
			feinProblem(digits) &&
				`Check the Federal Employer Identification Number: the IRS does not issue numbers starting with ${digits.slice(0, 2)}`
		);
	} else {
		const problem = ssnProblem(digits);
		p.add('ssn', problem && SSN_MESSAGES[problem]);
	}
	const confirmField = kind === 'fein' ? 'feinConfirm' : 'ssnConfirm';
	if (isBlank(confirm)) p.add(confirmField, `Confirm the ${name} by entering it again`);
	// Compare the digits typed, so a malformed number confirmed identically is reported once.
	else if (digitsOnly(confirm) !== digitsOnly(value))
		p.add(confirmField, `The ${name} and its confirmation do not match`);
}

/** Every problem in Step 2, in the order the fields appear on the page. */
export function organizationProblems(v: OrganizationValues): FieldProblem<OrganizationField>[] {
	const p = new ProblemList<OrganizationField>();
	const f = ORGANIZATION_FIELDS;
	const name = legalNameProblem(v.legalName);
	p.add(
		'legalName',
		name?.reason === 'empty'
			? 'Enter the Legal Name of Entity/Individual as shown on your income tax return'
			: name?.reason === 'length'
				? tooLong('Legal Name of Entity/Individual', f.legalName.max)
				: name?.reason === 'characters' &&
					`Legal Name of Entity/Individual can only use letters, numbers, spaces and & , . - ' (remove “${name.char}”)`
	);
	p.add(
		'dbaName',
		v.dbaName.trim().length > f.dbaName.max && tooLong(f.dbaName.label, f.dbaName.max)
	);
	p.add(
		'businessType',
		!(BUSINESS_TYPES as readonly string[]).includes(v.businessType) && 'Select the Type of Business'
	);
	checkAddress(v, p, (field) => field);

	const hasFein = !isBlank(v.fein) || !isBlank(v.feinConfirm);
	const hasSsn = !isBlank(v.ssn) || !isBlank(v.ssnConfirm);
	if (!hasFein && !hasSsn) {
		p.add('fein', 'Enter a Federal Employer Identification Number or a Social Security Number');
	} else if (hasFein && hasSsn) {
		p.add(
			'ssn',
			'Enter either a Federal Employer Identification Number or a Social Security Number, not both: use Clear to empty one'
		);
	} else if (hasFein) {
		checkTinPair(p, 'fein', v.fein, v.feinConfirm);
	} else {
		checkTinPair(p, 'ssn', v.ssn, v.ssnConfirm);
	}

	const hasDuns = !isBlank(v.duns) || !isBlank(v.dunsConfirm);
	if (isBlank(v.duns) && v.orgType === 'branch') {
		p.add(
			'duns',
			'Enter the 9 digits of the DUNS number: it is required when registering as a Branch'
		);
	} else if (!isBlank(v.duns) && dunsProblem(v.duns)) {
		p.add('duns', 'Enter the 9 digits of the DUNS number, with no letters or symbols');
	}
	if (hasDuns || v.orgType === 'branch') {
		if (isBlank(v.dunsConfirm)) {
			if (!isBlank(v.duns)) p.add('dunsConfirm', 'Confirm the DUNS number by entering it again');
		} else if (isBlank(v.duns)) {
			p.add('dunsConfirm', 'Enter the DUNS number above too, or clear this confirmation');
		} else if (v.dunsConfirm.trim() !== v.duns.trim()) {
			p.add('dunsConfirm', 'The DUNS number and its confirmation do not match');
		}
	}
	return sortByFieldOrder(p.items, ORGANIZATION_ORDER);
}

/** Field order on the page (the guide's layout). */
export const ORGANIZATION_ORDER: readonly OrganizationField[] = [
	'country',
	'legalName',
	'dbaName',
	'businessType',
	'address1',
	'address2',
	'postalCode',
	'city',
	'state',
	'otherRegion',
	'orgType',
	'fein',
	'feinConfirm',
	'ssn',
	'ssnConfirm',
	'duns',
	'dunsConfirm'
];
