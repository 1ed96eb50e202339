/**
 * A user record's details: what the registration keeps of the main contact (job title, phone)
 * and what Edit Users stores (middle initial, country, the user's own address).
 *
 * `parseUserDetails` reads any stored value and never throws, like parseOrganizationDetails: a
 * missing key gets its default, a wrongly typed value is dropped, unknown keys are kept. The
 * address stays absent until the user has one of their own (the main contact's is the
 * organization's, see userFormValues), so that absence is kept too.
 */
import { z } from '../zod';
import { addressShape, salvagedObject, text, textOrNull, type Salvageable } from './fields';

export const userDetailsSchema = salvagedObject({
	/** Written by the registration for the main contact. */
	jobTitle: text,
	phone: textOrNull,
	/** One capital letter or ''. */
	middleInitial: text,
	country: text,
	/** The user's own address; absent when they have none (a wrong value is dropped). */
	address: z.catch(z.optional(z.looseObject(addressShape)), undefined)
});

export type UserDetails = z.infer<typeof userDetailsSchema>;
export type UserDetailsInput = Salvageable<UserDetails>;

/** Typed details from any stored value (see the module comment). Never throws. */
export function parseUserDetails(raw: unknown): UserDetails {
	return userDetailsSchema.parse(raw);
}
