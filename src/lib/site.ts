/**
 * Site-wide words taken from the CTsource Supplier Registration and Portal User Guide: one place,
 * read by the shell, the pages and the tests.
 */

export interface NavItem {
	/** Path without the base path; resolve it with `resolve()` from `$app/paths`. */
	href: '/bids' | '/contracts' | '/register' | '/login' | '/agencies';
	label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
	{ href: '/bids', label: 'Bid Board' },
	{ href: '/contracts', label: 'Contract Board' },
	{ href: '/register', label: 'Supplier Registration' },
	{ href: '/login', label: 'Log In' },
	{ href: '/agencies', label: 'Agency Resources' }
];

/** The State of Connecticut's General Disclaimer (guide, Step 1). */
export const GENERAL_DISCLAIMER =
	'The State of Connecticut is not responsible for and accepts no liability for any technical problems that result from using this website. In addition, the State of Connecticut is not responsible for problems related to the transmission of data to and from this site.';

/** Proactis Vendor Care support, as the guide gives it on registration Steps 2–4. */
export const VENDOR_CARE = {
	name: 'Proactis Vendor Care',
	phone: '866-889-8533',
	email: 'WebProcure-Support@proactis.com'
} as const;

/** Supplier support after registration (guide: confirmation page and Online Help). */
export const SUPPLIER_SUPPORT = {
	phone: '866-889-8533',
	email: 'suppliersupport@proactisservicedesk.com',
	hours: 'Monday through Friday 8:00am to 8:00pm (Eastern Standard Time)'
} as const;

/** WebProcure Technical support, as the registration confirmation page gives it. */
export const TECH_SUPPORT = {
	email: 'WebProcure.Support@perfect.com',
	phone: '866.889.8533'
} as const;

/** The guide's "Getting Started" list: what to have on hand before registering. */
export const GETTING_STARTED_ITEMS: readonly string[] = [
	'Organization Information',
	"Organization's Taxpayer ID Number (TIN/FEIN/SSN)",
	'Business Type (Corporation, LLC, Sole Proprietorship, etc.)',
	'Main Contact Information including Email Address (to receive solicitation notifications)',
	'Commodity / Service Code Selection (UNSPSC)'
];

export const SITE_NAME = 'CTsource';
export const SITE_TAGLINE = 'State of Connecticut Supplier Portal (prototype)';

/** Page title in one format everywhere. */
export function pageTitle(title: string, hasError = false): string {
	return `${hasError ? 'Error: ' : ''}${title} | ${SITE_NAME}`;
}
