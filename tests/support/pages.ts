/**
 * What the portal's pages show, as a person reads it: headings, field kinds, button names and
 * messages. One source of truth for the Chromium suite (tests/e2e, Playwright) and the
 * cross-engine suite (tests/engines, Firefox and WebKit): when a page's wording changes, both
 * follow from here.
 */
import { CONTACT_ORDER, ORGANIZATION_ORDER } from '../../src/lib/domain/registration';

/** Radio groups of Steps 2-3: each choice's input is `#<field>-<value>`. */
export const RADIO_FIELDS = ['orgType', 'solicitationContact', 'contractContact'];
/** Masked numbers: their real digits show only once focused; typed like a person would. */
export const MASKED_FIELDS = ['fein', 'feinConfirm', 'ssn', 'ssnConfirm'];

/** Field order on Steps 2 and 3 (so a field a choice reveals exists when it is reached). */
export const STEP_FIELDS = {
	organization: ORGANIZATION_ORDER.filter((f) => f !== 'acceptedAddress'),
	contact: CONTACT_ORDER
} as const;

/** The wizard's step headings (level 2). */
export const WIZARD_HEADINGS = {
	instructions: 'Supplier Registration',
	organization: 'Organization Information',
	contact: 'Contact Information',
	codes: /Commodity\/Service Code Selection/,
	review: 'Check your answers'
} as const;

export const AGREE_LABEL = 'Yes, I agree.';
export const LEGAL_NAME_LABEL =
	'Legal Name of Entity/Individual (As shown on your income tax return)';
export const LOADING_REGISTRATION = 'Loading your registration…';
export const DONE_MESSAGE = /you are DONE!/;
export const CONFLICT_HEADING = 'This registration was changed in another tab';
/** The site banner while IndexedDB has not answered (storage/fallback.ts). */
export const STORAGE_WAITING = 'This browser’s storage is not answering yet.';

/** Step 4: the code selector's parts. */
export const UNSPSC = {
	available: 'Available Categories',
	selected: 'Selected Categories',
	typo: 'routr',
	router: 'Network routers (43222609)',
	segment: /^Environmental Services \(77000000\)/,
	segmentLabel: 'Environmental Services (77000000)'
} as const;

export const USAGE_TERMS_HEADING = 'WebProcure Usage Terms and Conditions';
export const LOGGED_OUT = 'You have logged out.';
