/** Additional Company Information (Additional Required Attributes). */
import { US_STATES } from '../../validators';
import { add, type Problems } from './problems';

export const SOTS_URL =
	'https://portal.ct.gov/SOTS/Commercial-Recording/Business-Services---Home-Page';

export const COMPANY_INFO_FIELDS = {
	incorporatingState: 'Incorporating State (2-character State abbreviation only)',
	webAddress: "Web Address (enter your company's website)",
	sosRegistered: 'Registered with the Secretary of the State',
	usDot: 'US DOT Number (if applicable)',
	ctTaxNumber: 'CT Tax Registration Number'
} as const;

export type CompanyInfoField = keyof typeof COMPANY_INFO_FIELDS;
export type CompanyInfoValues = Record<CompanyInfoField, string>;

export function emptyCompanyInfo(): CompanyInfoValues {
	return { incorporatingState: '', webAddress: '', sosRegistered: '', usDot: '', ctTaxNumber: '' };
}

/** "ct" → "CT" when it is a state abbreviation (50 states and DC). */
export function normalizeStateCode(value: string): string {
	return value.trim().toUpperCase();
}

export function webAddressProblem(value: string): string | null {
	const s = value.trim();
	if (!s) return null;
	let url: URL;
	try {
		url = new URL(s);
	} catch {
		return /^[\w-]+(\.[\w-]+)+/.test(s)
			? `Web Address: start with https:// (for example https://${s})`
			: 'Web Address: enter a website address starting with https:// or http://';
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return 'Web Address: enter a website address starting with https:// or http://';
	}
	if (!url.hostname.includes('.')) {
		return 'Web Address: enter the full website address, like https://www.example.com';
	}
	return null;
}

export function companyInfoProblems(v: CompanyInfoValues): Problems<CompanyInfoField> {
	const list: Problems<CompanyInfoField> = [];
	const state = normalizeStateCode(v.incorporatingState);
	if (state) {
		add(
			list,
			'incorporatingState',
			!/^[A-Z]{2}$/.test(state)
				? 'Incorporating State: enter the 2-character State abbreviation only, like CT'
				: !US_STATES.some((s) => s.code === state) &&
						`Incorporating State: “${state}” is not a U.S. State abbreviation`
		);
	}
	add(list, 'webAddress', webAddressProblem(v.webAddress));
	add(
		list,
		'sosRegistered',
		v.sosRegistered !== '' &&
			v.sosRegistered !== 'yes' &&
			v.sosRegistered !== 'no' &&
			'Registered with the Secretary of the State: choose Yes or No'
	);
	add(
		list,
		'usDot',
		v.usDot.trim() !== '' &&
			!/^\d{1,8}$/.test(v.usDot.trim()) &&
			'US DOT Number: enter digits only (up to 8), or leave it empty if not applicable'
	);
	add(
		list,
		'ctTaxNumber',
		v.ctTaxNumber.trim() !== '' &&
			!/^\d{10}(-\d{3})?$/.test(v.ctTaxNumber.trim().replace(/\s/g, '')) &&
			'CT Tax Registration Number: enter the 10 digits of your Connecticut tax registration, like 1234567890 (a 3-digit location suffix, like -001, is allowed)'
	);
	return list;
}

/** True when every field of Additional Company Information that applies to all is filled. */
export function companyInfoComplete(v: CompanyInfoValues): boolean {
	return (
		!!v.incorporatingState.trim() &&
		!!v.webAddress.trim() &&
		v.sosRegistered !== '' &&
		!!v.ctTaxNumber.trim() &&
		companyInfoProblems(v).length === 0
	);
}
