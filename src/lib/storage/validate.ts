/**
 * Validation of everything read from storage, and salvage of damaged records.
 *
 * A record that fails its schema is never handed to the UI as if it were good: `checkRecord`
 * keeps the fields that are still valid, fills the rest from explicit defaults where that is
 * safe, and returns the list of problems so the page can say what was lost. A record that cannot
 * be made whole (e.g. a user whose password hash is gone) is reported and left out.
 */
// The shared zod module sets `jitless` (CSP); storage modules take `z` from here.
import { z } from '$lib/domain/zod';
import type { Problem } from '$lib/domain/result';

export { z };

/** An ISO 8601 UTC timestamp as produced by `Date.prototype.toISOString`. */
export const isoDate = z.iso.datetime();

/** Anything JSON can represent; wizard values and event data are kept as JSON. */
export const jsonValue = z.json();
export type JsonValue = z.infer<typeof jsonValue>;
export const jsonObject = z.record(z.string(), jsonValue);
export type JsonObject = z.infer<typeof jsonObject>;

/** Fields every stored record carries. */
export const recordBase = {
	/** Version of the record's shape (see RECORD_SCHEMA_VERSION in db.ts). */
	schemaVersion: z.int().check(z.positive()),
	updatedAt: isoDate
};

/** `stores.users[3].usernameLower` */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out ? `.${String(part)}` : String(part);
	}
	return out;
}

export function issuesToProblems(
	issues: readonly z.core.$ZodIssue[],
	prefix: readonly PropertyKey[] = [],
	where: Pick<Problem, 'store' | 'key'> = {}
): Problem[] {
	return issues.map((issue) => ({
		...where,
		path: formatPath([...prefix, ...issue.path]),
		message: issue.message
	}));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (value === null || typeof value !== 'object') return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/** Looks through optional / nullable / default wrappers to the object or record inside. */
function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
	let s: z.ZodMiniType = schema;
	while (
		s instanceof z.ZodMiniOptional ||
		s instanceof z.ZodMiniNullable ||
		s instanceof z.ZodMiniDefault
	) {
		s = s._zod.def.innerType as z.ZodMiniType;
	}
	return s;
}

function salvageAt(
	schema: z.ZodMiniType,
	value: unknown,
	path: PropertyKey[],
	issues: Problem[]
): { keep: true; value: unknown } | { keep: false } {
	const parsed = schema.safeParse(value);
	if (parsed.success) return { keep: true, value: parsed.data };
	const inner = unwrap(schema);
	// Objects and records are salvaged field by field / entry by entry; anything else is
	// all-or-nothing.
	if (inner instanceof z.ZodMiniObject && isPlainObject(value)) {
		const out: Record<string, unknown> = {};
		for (const [key, fieldSchema] of Object.entries(inner.shape as Record<string, z.ZodMiniType>)) {
			const field = salvageAt(fieldSchema, value[key], [...path, key], issues);
			if (field.keep && field.value !== undefined) out[key] = field.value;
		}
		return { keep: true, value: out };
	}
	if (inner instanceof z.ZodMiniRecord && isPlainObject(value)) {
		const out: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value)) {
			const keyCheck = (inner._zod.def.keyType as z.ZodMiniType).safeParse(key);
			if (!keyCheck.success) {
				issues.push(...issuesToProblems(keyCheck.error.issues, [...path, key]));
				continue;
			}
			const field = salvageAt(
				inner._zod.def.valueType as z.ZodMiniType,
				entry,
				[...path, key],
				issues
			);
			if (field.keep) out[key] = field.value;
		}
		return { keep: true, value: out };
	}
	issues.push(...issuesToProblems(parsed.error.issues, path));
	return { keep: false };
}

/**
 * Keeps the valid fields of `record` (recursing into nested objects and records) and reports
 * the invalid ones. Never throws.
 */
export function salvage<S extends z.ZodMiniType>(
	schema: S,
	record: unknown
): { value: Partial<z.infer<S>>; problems: Problem[] } {
	const problems: Problem[] = [];
	const result = salvageAt(schema, record, [], problems);
	const value = result.keep && isPlainObject(result.value) ? result.value : {};
	return { value: value as Partial<z.infer<S>>, problems };
}

/**
 * Validates a record read from a store. Valid: `{ record, problems: [] }`. Damaged: the salvaged
 * record completed with `defaults` plus the problems, or `record: null` when even that fails.
 */
export function checkRecord<S extends z.ZodMiniType>(
	schema: S,
	raw: unknown,
	where: { store: string; key?: string; defaults?: Partial<z.infer<S>> }
): { record: z.infer<S> | null; problems: Problem[] } {
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { record: parsed.data, problems: [] };
	const key =
		where.key ?? (isPlainObject(raw) ? String(raw.id ?? raw.key ?? '') || undefined : undefined);
	const salvaged = salvage(schema, raw);
	const tag = (p: Problem): Problem => ({ store: where.store, key, ...p });
	const problems = salvaged.problems.map(tag);
	const repaired = schema.safeParse({ ...where.defaults, ...salvaged.value });
	if (repaired.success) return { record: repaired.data, problems };
	problems.push(tag({ path: '', message: 'The record is too damaged to be shown.' }));
	return { record: null, problems };
}

/** Checks every raw record of a list; damaged ones are salvaged or left out, all reported. */
export function checkList<S extends z.ZodMiniType>(
	schema: S,
	raws: readonly unknown[],
	store: string,
	defaults: (raw: unknown) => Partial<z.infer<S>> = () => ({})
): { records: z.infer<S>[]; problems: Problem[] } {
	const records: z.infer<S>[] = [];
	const problems: Problem[] = [];
	for (const raw of raws) {
		const checked = checkRecord(schema, raw, { store, defaults: defaults(raw) });
		if (checked.record !== null) records.push(checked.record);
		problems.push(...checked.problems);
	}
	return { records, problems };
}
