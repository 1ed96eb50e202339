/**
 * The dashboard's Reminders, in the guide's words, each shown only while it applies (where the
 * portal can tell) and each pointing at the page where it is done.
 */
import { STATE_OF_CONNECTICUT } from './buyers';

/** A profile not saved for this long gets the "up to date" reminder. */
export const PROFILE_STALE_DAYS = 90;

export type ReminderId =
	| 'profile'
	| 'buyers'
	| 'regions'
	| 'attributes'
	| 'do-not-block'
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
	/** Unique in the list (certification warnings add a number). */
	id: ReminderId | `certification-${number}`;
	/** The guide's sentence. */
	text: string;
	href: ReminderHref | null;
	/** The page's name, for the link's context ("in My Account"). */
	where: string | null;
}

/** The guide's five reminders, in its order. */
export const REMINDERS: Readonly<
	Record<'profile' | 'buyers' | 'regions' | 'attributes' | 'do-not-block', Reminder>
> = {
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
	/** Expired or soon-expiring certifications, one sentence each (Additional Required Attributes). */
	certificationWarnings?: readonly string[];
	/** The EO 13G declaration was made but is more than a month old. */
	eo13gStale?: boolean;
}

/** Reminders of the State of Connecticut's award requirements (not in the guide's list). */
export const EO13G_STALE_TEXT =
	"Your Contractor's Declaration (Executive Order No. 13G) is more than a month old: review it and update the Date.";
export const READINESS_TEXT = 'See what is complete and missing before a contract award.';

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when the profile was saved longer ago than PROFILE_STALE_DAYS (or never, as far as known). */
export function profileIsStale(updatedAt: string | null, now: Date): boolean {
	const at = updatedAt ? Date.parse(updatedAt) : NaN;
	if (Number.isNaN(at)) return true;
	return now.getTime() - at > PROFILE_STALE_DAYS * DAY_MS;
}

/** The reminders that apply now, in the guide's order. */
export function remindersFor(facts: ReminderFacts, now: Date): Reminder[] {
	const applies: Record<keyof typeof REMINDERS, boolean> = {
		profile:
			profileIsStale(facts.profileUpdatedAt, now) || facts.unknownCodes || facts.codes.length === 0,
		buyers: facts.buyers.every((b) => b === STATE_OF_CONNECTICUT),
		regions: facts.regions.length === 0,
		attributes: facts.attributesComplete !== true,
		'do-not-block': true
	};
	const attributes = '/portal/account/ct/attributes' as const;
	// The award requirements' own reminders follow the guide's "additional required information".
	const requirements: Reminder[] = [
		...(facts.certificationWarnings ?? []).map((text, i) => ({
			id: `certification-${i}` as const,
			text,
			href: attributes,
			where: 'Additional Required Attributes'
		})),
		...(facts.eo13gStale
			? [
					{
						id: 'eo13g' as const,
						text: EO13G_STALE_TEXT,
						href: attributes,
						where: 'Additional Required Attributes'
					}
				]
			: []),
		...(facts.attributesComplete === true
			? []
			: [
					{
						id: 'readiness' as const,
						text: READINESS_TEXT,
						href: '/portal/readiness' as const,
						where: 'Contract Award Readiness'
					}
				])
	];
	return (Object.keys(REMINDERS) as (keyof typeof REMINDERS)[])
		.filter((id) => applies[id])
		.flatMap((id) => (id === 'do-not-block' ? [...requirements, REMINDERS[id]] : [REMINDERS[id]]));
}
