/** Key/value settings: flow settings of the demo tools, study configuration, notes of migrations. */
import { transact } from './db';
import { nowIso } from './ids';
import { fail, ok, type Result } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { issuesToProblems, jsonValue, recordBase, z } from './validate';

export const metaRecordSchema = z.object({
	key: z.string().check(z.minLength(1)),
	...recordBase,
	value: jsonValue
});
export type MetaRecord = z.infer<typeof metaRecordSchema>;

/**
 * The value stored under `key`, validated with `schema`; null when nothing is stored. A stored
 * value that fails the schema is reported as 'invalid' (the caller falls back to its default).
 */
export async function getMeta<S extends z.ZodMiniType>(
	key: string,
	schema: S
): Promise<Result<z.infer<S> | null>> {
	return transact('The setting could not be read', ['meta'], 'readonly', async (tx) => {
		const raw = await tx.get('meta', key);
		if (raw === undefined) return ok(null);
		const value = schema.safeParse((raw as { value?: unknown } | null)?.value);
		if (!value.success) {
			const problems = issuesToProblems(value.error.issues, ['value'], { store: 'meta', key });
			return fail('invalid', `The stored setting “${key}” is damaged; the default is used.`, {
				problems
			});
		}
		return ok(value.data as z.infer<S>);
	});
}

export async function setMeta(key: string, value: unknown): Promise<Result<MetaRecord>> {
	const parsed = metaRecordSchema.safeParse({
		key,
		schemaVersion: RECORD_SCHEMA_VERSION,
		updatedAt: nowIso(),
		value
	});
	if (!parsed.success) return fail('invalid', `The setting “${key}” is not plain data (JSON).`);
	return transact('The setting was not saved', ['meta'], 'readwrite', async (tx) => {
		await tx.put('meta', parsed.data);
		return ok(parsed.data);
	});
}

export async function deleteMeta(key: string): Promise<Result<void>> {
	return transact('The setting was not removed', ['meta'], 'readwrite', async (tx) => {
		await tx.delete('meta', key);
		return ok(undefined);
	});
}
