/**
 * The organization record's details: everything the registration's Submit and the My Account
 * pages store beside the legal name, TIN and DUNS (those are record fields of their own).
 *
 * `parseOrganizationDetails` reads any stored value, old, partial or damaged, and never throws:
 * - a missing key gets its default ('' / null / false / [] / {} / an object of defaults),
 * - a wrongly typed value is dropped for that default (in lists and maps only the bad entries),
 * - unknown keys are KEPT as they are, so a save never loses what another version of the portal
 *   (or an older record) stored; they are simply not typed.
 * The stored shape is unchanged: the parsed value is what the portal always wrote, completed.
 */
import { z } from '../zod';
import {
	addressSchema,
	flag,
	salvagedObject,
	stringList,
	stringMap,
	text,
	textOrNull,
	type Salvageable
} from './fields';

export { addressSchema, type Salvageable, type StoredAddress } from './fields';

/** The main contact (Step 3 / Edit Contacts). Phone and fax are digits, or null. */
export const mainContactSchema = salvagedObject({
	salutation: text,
	firstName: text,
	lastName: text,
	jobTitle: text,
	phone: textOrNull,
	phoneExt: text,
	fax: textOrNull,
	email: text,
	address: addressSchema
});
export type MainContact = z.infer<typeof mainContactSchema>;

/** The Solicitation / Contract Notification Contact; null when the main contact is used. */
export const extraContactSchema = z.looseObject({
	firstName: text,
	lastName: text,
	phone: textOrNull,
	email: text
});
export type ExtraContact = z.infer<typeof extraContactSchema>;
const extraContact = z.catch(z.nullable(extraContactSchema), null);

/**
 * One Additional Required Attributes section: its values and when it was saved. The values are
 * kept as stored: their shape is the section's (src/lib/domain/requirements), and the portal
 * merges them over the section's empty values when it reads them.
 */
export const requirementSectionSchema = salvagedObject({
	values: z.optional(z.unknown()),
	/** ISO timestamp of the last save, null when never saved. */
	updatedAt: textOrNull
});
export type StoredRequirementSection = z.infer<typeof requirementSectionSchema>;

export const organizationDetailsSchema = salvagedObject({
	/** Country of the organization (Step 2). */
	country: text,
	dbaName: text,
	businessType: text,
	/** Parent/Holding Company or Branch; Parent when unknown. */
	orgType: z.catch(z.enum(['parent', 'branch']), 'parent'),
	/** Which kind of taxpayer id the record's `tin` is; null without one (FEIN is assumed). */
	tinKind: z.catch(z.nullable(z.enum(['fein', 'ssn'])), null),
	address: addressSchema,
	mainContact: mainContactSchema,
	solicitationContact: extraContact,
	contractContact: extraContact,
	/** Selected UNSPSC codes, sorted; [] with "Unknown". */
	codes: stringList,
	unknownCodes: flag,
	/** Buyers the supplier is registered with (Opportunity Management), see domain/portal/buyers. */
	buyers: stringList,
	/** Buyer name → ISO date the supplier registered with it. */
	buyerRegistrations: stringMap,
	/** Two-letter codes of the states served (Service Regions). */
	regions: stringList,
	/** Account Management's standard pages: page id → field name → value. */
	accountManagement: z.catch(z.record(z.string(), stringMap), {}),
	/** Additional Required Attributes: section id → stored section. */
	requirements: z.catch(z.record(z.string(), requirementSectionSchema), {})
});

/** The typed details every reader of an organization record gets. */
export type OrganizationDetails = z.infer<typeof organizationDetailsSchema>;
/** What a writer may hand to storage: any part of the details (the rest gets its default). */
export type OrganizationDetailsInput = Salvageable<OrganizationDetails>;

/** Typed details from any stored value (see the module comment). Never throws. */
export function parseOrganizationDetails(raw: unknown): OrganizationDetails {
	return organizationDetailsSchema.parse(raw);
}
