/**
 * The dashboard's Reminders: the guide's five, in its order and words, every time, each pointing at
 * the page where it is done; then, in their own list, what the portal computes for this
 * organization (a profile not saved for months, no codes or regions, expiring certifications, an
 * old EO 13G declaration, readiness for an award).
 */
import { STATE_OF_CONNECTICUT } from './buyers';

/** A profile not saved for this long gets the "up to date" reminder. */
export const PROFILE_STALE_DAYS = 90;

export type GuideReminderId = 'profile' | 'buyers' | 'regions' | 'attributes' | 'do-not-block';

export type OrganizationReminderId =
	| 'profile-stale'
	| 'no-codes'
	| 'connecticut-only'
	| 'no-regions'
	| 'certification'
	| 'eo13g'
	| 'readiness';

/** Where a reminder is done (a portal path), or null when it is done outside the portal. */
export type ReminderHref =
	| '/portal/account'
	| '/portal/opportunities'
	| '/portal/regions'
	| '/portal/account/ct/attributes'
	| '/portal/readiness';

export interface Reminder {
	/** Unique in its list (certification warnings add a number). */
	id: GuideReminderId | OrganizationReminderId | `certification-${number}`;
	/** The guide's sentence, or the portal's for this organization. */
	text: string;
	href: ReminderHref | null;
	/** The page's name, for the link's context ("in My Account"). */
	where: string | null;
}

/** The guide's five reminders, in its order. */
export const REMINDERS: Readonly<Record<GuideReminderId, Reminder>> = {
	profile: {
		id: 'profile',
		text: 'Please make sure your profile is up to date.',
		href: '/portal/account',
		where: 'My Account'
	},
	buyers: {
		id: 'buyers',
		text: 'Add more buyers',
		href: '/portal/opportunities',
		where: 'Opportunity Management'
	},
	regions: {
		id: 'regions',
		text: 'Add more regions for wider geographical business offerings',
		href: '/portal/regions',
		where: 'Service Regions'
	},
	attributes: {
		id: 'attributes',
		text: 'Please fill in any additional required information for your selected buyers.',
		href: '/portal/account/ct/attributes',
		where: 'Additional Required Attributes'
	},
	'do-not-block': {
		id: 'do-not-block',
		text: 'Please add @perfect.com and @proactis.com domains to the "Do-Not-Block" list on your email account.',
		href: null,
		where: null
	}
};

/** What the rules look at, read from the organization by the page. */
export interface ReminderFacts {
	/** When the organization's profile was last saved (ISO). */
	profileUpdatedAt: string | null;
	/** Selected UNSPSC codes. */
	codes: readonly string[];
	/** "Unknown" was chosen instead of codes. */
	unknownCodes: boolean;
	/** Buyers the organization is registered with. */
	buyers: readonly string[];
	/** Service regions (state codes). */
	regions: readonly string[];
	/**
	 * Whether every buyer's additional required information is filled in; undefined while the
	 * portal cannot tell (then the reminder shows).
	 */
	attributesComplete?: boolean;
	/** Expired or soon-expiring certifications, one sentence each (Additional Required Attributes). */
	certificationWarnings?: readonly string[];
	/** The EO 13G declaration was made but is more than a month old. */
	eo13gStale?: boolean;
}

/** The portal's own reminders for this organization (not in the guide's list). */
export const ORGANIZATION_REMINDER_TEXTS = {
	'profile-stale': `Your profile was last saved more than ${PROFILE_STALE_DAYS} days ago: check that it is up to date.`,
	'no-codes':
		'You have no commodity codes (or chose “Unknown”), so you receive no solicitation notifications.',
	'connecticut-only': 'You are registered with the State of Connecticut only.',
	'no-regions': 'You have not chosen the states and territories your organization serves.',
	eo13g:
		"Your Contractor's Declaration (Executive Order No. 13G) is more than a month old: review it and update the Date.",
	readiness: 'See what is complete and missing before a contract award.'
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when the profile was saved longer ago than PROFILE_STALE_DAYS (or never, as far as known). */
export function profileIsStale(updatedAt: string | null, now: Date): boolean {
	const at = updatedAt ? Date.parse(updatedAt) : NaN;
	if (Number.isNaN(at)) return true;
	return now.getTime() - at > PROFILE_STALE_DAYS * DAY_MS;
}

/** The guide's five reminders, in its order: the same for everyone, every time. */
export function guideReminders(): Reminder[] {
	return Object.values(REMINDERS);
}

/** What the portal computes for this organization, in the order of the guide's reminders. */
export function organizationReminders(facts: ReminderFacts, now: Date): Reminder[] {
	const T = ORGANIZATION_REMINDER_TEXTS;
	const attributes = '/portal/account/ct/attributes' as const;
	const where = 'Additional Required Attributes';
	const list: (Reminder | false)[] = [
		profileIsStale(facts.profileUpdatedAt, now) && {
			id: 'profile-stale',
			text: T['profile-stale'],
			href: '/portal/account',
			where: 'My Account'
		},
		(facts.unknownCodes || facts.codes.length === 0) && {
			id: 'no-codes',
			text: T['no-codes'],
			href: '/portal/account',
			where: 'My Account'
		},
		facts.buyers.every((b) => b === STATE_OF_CONNECTICUT) && {
			id: 'connecticut-only',
			text: T['connecticut-only'],
			href: '/portal/opportunities',
			where: 'Opportunity Management'
		},
		facts.regions.length === 0 && {
			id: 'no-regions',
			text: T['no-regions'],
			href: '/portal/regions',
			where: 'Service Regions'
		},
		...(facts.certificationWarnings ?? []).map((text, i) => ({
			id: `certification-${i}` as const,
			text,
			href: attributes,
			where
		})),
		!!facts.eo13gStale && { id: 'eo13g', text: T.eo13g, href: attributes, where },
		facts.attributesComplete !== true && {
			id: 'readiness',
			text: T.readiness,
			href: '/portal/readiness',
			where: 'Contract Award Readiness'
		}
	];
	return list.filter((r): r is Reminder => r !== false);
}
