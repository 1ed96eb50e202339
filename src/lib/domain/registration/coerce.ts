import type { z } from '../zod';

/**
 * Reads saved values leniently with `shape`: known fields of the right type are kept, anything
 * else falls back to its default (a draft from an older version still opens). Apart from
 * steps.ts, so the wizard can read one step with that step's shape without loading the others.
 */
export function coerceValues<S extends z.ZodMiniObject>(shape: S, raw: unknown): z.infer<S> {
	const defaults = shape.parse({}) as Record<string, unknown>;
	const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const out: Record<string, unknown> = { ...defaults };
	for (const [key, value] of Object.entries(input)) {
		const field = (shape.shape as Record<string, z.ZodMiniType>)[key];
		if (field && field.safeParse(value).success) out[key] = value;
	}
	return out as z.infer<S>;
}
