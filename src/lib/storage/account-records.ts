/**
 * The stored shape of organizations and their users, and what callers hand in to create or change
 * them. The records' `details` are typed by the domain (src/lib/domain/accounts): read through
 * the record schemas below, written through `storableOrganizationDetails` / `storableUserDetails`,
 * so every reader gets typed details and nothing else parses them.
 */
import {
	organizationDetailsSchema,
	parseOrganizationDetails,
	parseUserDetails,
	userDetailsSchema,
	type OrganizationDetails,
	type OrganizationDetailsInput,
	type UserDetails,
	type UserDetailsInput
} from '$lib/domain/accounts';
import { REGISTRATION_STATUSES } from '$lib/domain/procurement/registration-status';
import { passwordHashSchema } from './password';
import { fail, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { toStorableJson } from './secrets';
import { isoDate, recordBase, z } from './validate';

const digitsOnly = z.string().check(z.regex(/^\d+$/));

/** One saved change to an organization's profile. Values of secret-like fields are not kept. */
export const historyEntrySchema = z.object({
	at: isoDate,
	userId: z.string(),
	/** The user's name at the time, so the entry reads well after the user is deleted. */
	userName: z.string(),
	/** What was edited, e.g. "Edit Main Org Info". */
	section: z.string(),
	/** Labels of the fields that changed. */
	fields: z.array(z.string())
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** An agency's decision on the registration (absent until one is made: Pending). */
export const registrationDecisionSchema = z.object({
	status: z.enum(REGISTRATION_STATUSES),
	reason: z.optional(z.string()),
	at: z.optional(isoDate),
	by: z.optional(z.string())
});

export const organizationRecordSchema = z.object({
	id: z.string().check(z.minLength(1)),
	...recordBase,
	createdAt: isoDate,
	legalName: z.string(),
	/** FEIN or SSN, digits only (formatting is the UI's business); null when not given. */
	tin: z.nullable(digitsOnly),
	/** D-U-N-S number, digits only, or null. */
	duns: z.nullable(digitsOnly),
	/** Everything else the registration collected (no secrets), typed; never fails to parse. */
	details: organizationDetailsSchema,
	/** Who changed what and when (My Account), oldest first. Written with the change itself. */
	history: z.optional(z.array(historyEntrySchema)),
	/** The registration's status as State agency staff decided it; absent: Pending. */
	registration: z.optional(registrationDecisionSchema)
});
export type OrganizationRecord = z.infer<typeof organizationRecordSchema>;

export const userRecordSchema = z.object({
	id: z.string().check(z.minLength(1)),
	...recordBase,
	createdAt: isoDate,
	organizationId: z.string().check(z.minLength(1)),
	/** As the person typed it, for display. */
	username: z.string().check(z.minLength(1)),
	/** `username.toLowerCase()`, the unique index that makes usernames case-insensitive. */
	usernameLower: z.string().check(z.minLength(1)),
	/** Always lower-case. Several users may share one. */
	email: z.string(),
	firstName: z.string(),
	lastName: z.string(),
	roles: z.array(z.string()),
	password: passwordHashSchema,
	lastLoginAt: z.optional(isoDate),
	/** A suspended user cannot log in (Edit Users → suspend). */
	suspended: z.optional(z.boolean()),
	/** Wrong passwords in a row since the last success or lock. */
	failedLogins: z.optional(z.int().check(z.nonnegative())),
	/** Locked out until then after too many wrong passwords; null or absent when not locked. */
	lockedUntil: z.optional(z.nullable(isoDate)),
	/** When the user accepted the WebProcure Usage Terms and Conditions. */
	termsAcceptedAt: z.optional(isoDate),
	/** Typed; never fails to parse. */
	details: userDetailsSchema
});
export type UserRecord = z.infer<typeof userRecordSchema>;

/** Details as they are stored: secrets left out, then typed (missing keys get defaults). */
export function storableOrganizationDetails(details: Record<string, unknown>): OrganizationDetails {
	return parseOrganizationDetails(toStorableJson(details));
}

/** A user's details as they are stored: secrets left out, then typed. */
export function storableUserDetails(details: Record<string, unknown>): UserDetails {
	return parseUserDetails(toStorableJson(details));
}

const epoch = new Date(0).toISOString();
const base = { schemaVersion: RECORD_SCHEMA_VERSION, createdAt: epoch, updatedAt: epoch };

/** What a damaged organization record is completed with (see checkRecord). */
export const orgDefaults = (): Partial<OrganizationRecord> => ({
	...base,
	legalName: '',
	tin: null,
	duns: null,
	details: parseOrganizationDetails({})
});

/** What a damaged user record is completed with (see checkRecord). */
export const userDefaults = (raw: unknown): Partial<UserRecord> => {
	const username = (raw as { username?: unknown } | null)?.username;
	return {
		...base,
		email: '',
		firstName: '',
		lastName: '',
		roles: [],
		details: parseUserDetails({}),
		...(typeof username === 'string' && { usernameLower: username.toLowerCase() })
	};
};

// ---- inputs ---------------------------------------------------------------------------------

// Details are typed by the domain; here only "an object" is checked, the rest is salvaged.
const detailsInput = z.optional(z.record(z.string(), z.unknown()));

export const newOrganizationSchema = z.object({
	legalName: z.string().check(z.trim(), z.minLength(1, 'Enter the legal name')),
	tin: z.nullish(z.string()),
	duns: z.nullish(z.string()),
	details: detailsInput
});
export type NewOrganization = Omit<z.input<typeof newOrganizationSchema>, 'details'> & {
	details?: OrganizationDetailsInput;
};

export const newUserSchema = z.object({
	username: z.string().check(z.trim(), z.minLength(1, 'Enter a username')),
	email: z.string().check(z.trim(), z.includes('@', { message: 'Enter an e-mail address' })),
	firstName: z._default(z.string().check(z.trim()), ''),
	lastName: z._default(z.string().check(z.trim()), ''),
	roles: z._default(z.array(z.string()), []),
	details: detailsInput
});
export type NewUser = Omit<z.input<typeof newUserSchema>, 'details'> & {
	details?: UserDetailsInput;
};

export type UserPatch = Partial<
	Pick<
		UserRecord,
		| 'username'
		| 'email'
		| 'firstName'
		| 'lastName'
		| 'roles'
		| 'lastLoginAt'
		| 'suspended'
		| 'termsAcceptedAt'
	>
> & { details?: UserDetailsInput; lockedUntil?: string | null; failedLogins?: number };
export type OrganizationPatch = Partial<Pick<OrganizationRecord, 'legalName' | 'registration'>> & {
	tin?: string | null;
	duns?: string | null;
	details?: OrganizationDetailsInput;
};

export const normalizeDigits = (v: string | null | undefined): string | null =>
	v ? v.replace(/\D/g, '') || null : null;

export function invalidInput(error: z.core.$ZodError): Result<never> {
	const problems = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
	return fail('invalid', problems[0]?.message ?? 'Check the details entered.', { problems });
}
