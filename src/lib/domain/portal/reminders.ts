/**
 * The dashboard's Reminders, in the guide's words, each shown only while it applies (where the
 * portal can tell) and each pointing at the page where it is done.
 */
import { STATE_OF_CONNECTICUT } from './buyers';

/** A profile not saved for this long gets the "up to date" reminder. */
export const PROFILE_STALE_DAYS = 90;

export type ReminderId = 'profile' | 'buyers' | 'regions' | 'attributes' | 'do-not-block';

/** Where a reminder is done (a portal path), or null when it is done outside the portal. */
export type ReminderHref =
	'/portal/account' | '/portal/opportunities' | '/portal/regions' | '/portal/account/ct/attributes';

export interface Reminder {
	id: ReminderId;
	/** The guide's sentence. */
	text: string;
	href: ReminderHref | null;
	/** The page's name, for the link's context ("in My Account"). */
	where: string | null;
}

/** The guide's five reminders, in its order. */
export const REMINDERS: Readonly<Record<ReminderId, Reminder>> = {
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
		text: 'Add more regions for wider geographical business offerings.',
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
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when the profile was saved longer ago than PROFILE_STALE_DAYS (or never, as far as known). */
export function profileIsStale(updatedAt: string | null, now: Date): boolean {
	const at = updatedAt ? Date.parse(updatedAt) : NaN;
	if (Number.isNaN(at)) return true;
	return now.getTime() - at > PROFILE_STALE_DAYS * DAY_MS;
}

/** The reminders that apply now, in the guide's order. */
export function remindersFor(facts: ReminderFacts, now: Date): Reminder[] {
	const applies: Record<ReminderId, boolean> = {
		profile:
			profileIsStale(facts.profileUpdatedAt, now) || facts.unknownCodes || facts.codes.length === 0,
		buyers: facts.buyers.every((b) => b === STATE_OF_CONNECTICUT),
		regions: facts.regions.length === 0,
		attributes: facts.attributesComplete !== true,
		'do-not-block': true
	};
	return (Object.keys(REMINDERS) as ReminderId[])
		.filter((id) => applies[id])
		.map((id) => REMINDERS[id]);
}
