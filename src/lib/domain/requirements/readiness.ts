/**
 * Contract award readiness for the State of Connecticut: what must be complete before an award,
 * computed from the organization's attachments and Additional Required Attributes.
 */
import {
	ELECTIONS,
	certificationStatus,
	companyInfoComplete,
	eo13gCurrent,
	type CompanyInfoValues,
	type ElectionsValues,
	type Eo13gValues
} from './attributes';
import type { FolderId, InsuranceKind } from './files';

export interface ReadinessFile {
	folder: FolderId;
	/** Insurance files only: which of the three kinds. */
	insuranceKind?: InsuranceKind | null;
	visibleToBuyer: boolean;
	/** When it was uploaded (ISO). */
	uploadedAt: string;
}

export interface ReadinessInput {
	files: readonly ReadinessFile[];
	companyInfo: CompanyInfoValues | null;
	elections: ElectionsValues | null;
	eo13g: Eo13gValues | null;
	/** 'YYYY-MM-DD' */
	today: string;
}

export type ReadinessItemId =
	'certificate-of-insurance' | 'w9' | 'statutory' | 'certifications' | 'eo13g' | 'company-info';

export interface ReadinessItem {
	id: ReadinessItemId;
	label: string;
	done: boolean;
	/** What is missing, or what was found. */
	detail: string;
	/** Where it is fixed. */
	fix: 'attachments' | 'attributes';
}

export function readiness(input: ReadinessInput): ReadinessItem[] {
	const { files, today } = input;
	const year = today.slice(0, 4);
	const coi = files.filter((f) => f.folder === 'insurance' && f.insuranceKind === 'certificate');
	const coiVisible = coi.some((f) => f.visibleToBuyer);
	const w9 = files.some((f) => f.folder === 'w9');
	// The upload's year on the person's calendar, as `today` is (not the UTC year of the instant).
	const statutory = files.some(
		(f) => f.folder === 'statutory' && String(new Date(f.uploadedAt).getFullYear()) === year
	);
	const elections = input.elections;
	const notCurrent = elections
		? ELECTIONS.filter((e) => {
				const s = certificationStatus(elections[e.id], today);
				return s.kind === 'expired' || s.kind === 'incomplete';
			})
		: [];
	return [
		{
			id: 'certificate-of-insurance',
			label: 'Certificate of Insurance uploaded and visible to the buyer',
			done: coiVisible,
			detail: coiVisible
				? 'A Certificate of Insurance (Acord Form) is on file and visible to the State of Connecticut.'
				: coi.length
					? 'Your Certificate of Insurance is hidden from the buyer: set Visible to Buyer to Yes.'
					: 'Upload your Certificate of Insurance (Acord Form) to the Insurance documents folder.',
			fix: 'attachments'
		},
		{
			id: 'w9',
			label: 'W-9 uploaded',
			done: w9,
			detail: w9 ? 'A W-9 is on file.' : 'Upload your W-9 to the W-9 folder.',
			fix: 'attachments'
		},
		{
			id: 'statutory',
			label: `Statutory affidavits/certifications uploaded in ${year}`,
			done: statutory,
			detail: statutory
				? `Statutory affidavits/certifications were uploaded in ${year}.`
				: `Upload this year's statutory affidavits/certifications (they are renewed every calendar year).`,
			fix: 'attachments'
		},
		{
			id: 'certifications',
			label: 'Certifications current',
			done: notCurrent.length === 0,
			detail:
				notCurrent.length === 0
					? 'Every certification you elected has current dates.'
					: `Update: ${notCurrent.map((e) => e.short).join(', ')} (expired or missing dates).`,
			fix: 'attributes'
		},
		{
			id: 'eo13g',
			label: "Contractor's Declaration (Executive Order No. 13G) current",
			done: eo13gCurrent(input.eo13g, today),
			detail: eo13gCurrent(input.eo13g, today)
				? 'Declared within the last month.'
				: input.eo13g
					? 'Your declaration is more than a month old: review it and update the Date.'
					: 'Complete the declaration.',
			fix: 'attributes'
		},
		{
			id: 'company-info',
			label: 'Additional Company Information filled',
			done: !!input.companyInfo && companyInfoComplete(input.companyInfo),
			detail:
				input.companyInfo && companyInfoComplete(input.companyInfo)
					? 'Complete.'
					: 'Fill in the Incorporating State, Web Address, Secretary of the State registration and CT Tax Registration Number.',
			fix: 'attributes'
		}
	];
}
