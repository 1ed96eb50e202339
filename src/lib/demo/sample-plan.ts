/**
 * What the demo tools' sample data creates, known before it is loaded: the plan (personas and
 * extra users with their demo passwords) and the logins it gives. Kept apart from the loader
 * (sample-data.ts) so the demo tools' page can list the logins without downloading the loader.
 */
import { MAIN_CONTACT_ROLES, permissionLabel } from '$lib/domain/permissions';
import { personaValues, type PersonaId } from '$lib/domain/registration/personas';

export interface DemoLogin {
	organization: string;
	name: string;
	username: string;
	/** Demo password (published on the page; only a hash is stored). */
	password: string;
	roles: readonly string[];
	note: string;
}

export interface PersonaPlan {
	kind: 'persona';
	persona: PersonaId;
	note: string;
	expiredCertification?: boolean;
}
export interface UserPlan {
	kind: 'user';
	/** Username of a user of the organization to add to. */
	inOrganizationOf: string;
	user: { username: string; email: string; firstName: string; lastName: string; roles: string[] };
	password: string;
	note: string;
}
export type Plan = PersonaPlan | UserPlan;

export const PLAN: readonly Plan[] = [
	{ kind: 'persona', persona: 'parent-fein', note: 'Parent/Holding Company with an FEIN' },
	{ kind: 'persona', persona: 'branch-duns', note: 'Branch of the parent, with a DUNS number' },
	{ kind: 'persona', persona: 'dba-branch', note: 'Branch doing business as another name (DBA)' },
	{
		kind: 'persona',
		persona: 'sole-proprietor-ssn',
		note: 'Sole proprietor registered with an SSN'
	},
	{
		kind: 'persona',
		persona: 'out-of-country',
		note: 'Outside the United States, State/Province “Other”'
	},
	{
		kind: 'persona',
		persona: 'us-territory',
		note: 'Expired SBE certification (Additional Required Attributes)',
		expiredCertification: true
	},
	{
		kind: 'user',
		inOrganizationOf: 'SampleVendor',
		user: {
			username: 'sv_bidder',
			email: 'bids.team@samplevendor.example',
			firstName: 'Tom',
			lastName: 'Baker',
			roles: ['respond']
		},
		password: 'Bidder#2026x',
		note: 'Respond only'
	},
	{
		kind: 'user',
		inOrganizationOf: 'SampleVendor',
		user: {
			username: 'sv_profile',
			email: 'office@samplevendor.example',
			firstName: 'Rosa',
			lastName: 'Diaz',
			roles: ['manage-profile', 'receive-notifications']
		},
		password: 'Profile#2026x',
		note: 'Manage organization profile and notifications'
	}
];

/** Steps of a load (organizations and users hash a password each, then the boards). */
export const SAMPLE_STEPS = PLAN.length + 1;

/** Every login the sample data creates, known before loading. */
export function sampleLogins(): DemoLogin[] {
	const byUsername = new Map<string, string>();
	return PLAN.map((p) => {
		if (p.kind === 'persona') {
			const v = personaValues(p.persona);
			const org = v.organization.dbaName
				? `${v.organization.legalName} (DBA ${v.organization.dbaName})`
				: v.organization.legalName;
			byUsername.set(v.contact.username, org);
			return {
				organization: org,
				name: `${v.contact.firstName} ${v.contact.lastName} (main contact)`,
				username: v.contact.username,
				password: v.contact.password,
				roles: MAIN_CONTACT_ROLES,
				note: p.note
			};
		}
		return {
			organization: byUsername.get(p.inOrganizationOf) ?? '',
			name: `${p.user.firstName} ${p.user.lastName}`,
			username: p.user.username,
			password: p.password,
			roles: p.user.roles,
			note: p.note
		};
	});
}

export function rolesText(roles: readonly string[]): string {
	return roles.map(permissionLabel).join(', ');
}
