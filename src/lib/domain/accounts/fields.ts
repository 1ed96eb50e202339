/**
 * Salvaging field schemas for the account records' details (organization.ts, user.ts). Each one
 * never fails: a missing or wrongly typed value becomes the field's default, and lists and maps
 * keep the entries that are of the right type. So parsing an old, partial or damaged record
 * keeps what it can and types the rest.
 */
import { z } from '../zod';

/**
 * What a writer may hand in for a salvaged object: any part of it, nested objects too (the rest
 * gets its default when parsed).
 */
export type Salvageable<T> = T extends readonly unknown[]
	? T
	: T extends object
		? { [K in keyof T]?: Salvageable<T[K]> }
		: T;

const isString = (v: unknown): v is string => typeof v === 'string';
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/** A string; '' when missing or not a string. */
export const text = z.catch(z.string(), '');

/** A string or null; null when missing or not a string. */
export const textOrNull = z.catch(z.nullable(z.string()), null);

/** A boolean; false when missing or not a boolean. */
export const flag = z.catch(z.boolean(), false);

/** A list of strings; the entries that are not strings are left out, [] when not a list. */
export const stringList = z.catch(
	z.pipe(
		z.transform((v: unknown) => (Array.isArray(v) ? v.filter(isString) : [])),
		z.array(z.string())
	),
	[]
);

/** A map of strings; the entries that are not strings are left out, {} when not an object. */
export const stringMap = z.catch(
	z.pipe(
		z.transform((v: unknown) =>
			isPlainObject(v)
				? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => isString(e[1])))
				: {}
		),
		z.record(z.string(), z.string())
	),
	{}
);

/**
 * An object schema that never fails: a value that is not an object becomes the object of
 * defaults (every field of `shape` must be salvaging itself). Unknown keys are kept.
 */
export function salvagedObject<S extends z.core.$ZodLooseShape>(shape: S) {
	const schema = z.looseObject(shape);
	return z.catch(schema, () => schema.parse({}));
}

/** The fields of an address as the registration and the profile pages store it. */
export const addressShape = {
	address1: text,
	address2: text,
	city: text,
	state: text,
	/** Only with state "Other". */
	otherRegion: text,
	postalCode: text,
	country: text,
	/** "Use this address as entered" (an address the lookup did not find); absent when unknown. */
	acceptedAsEntered: z.optional(flag)
};

/** An address; one that is not an object becomes the address of defaults. */
export const addressSchema = salvagedObject(addressShape);
export type StoredAddress = z.infer<typeof addressSchema>;
