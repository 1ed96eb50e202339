import { salvage } from '$lib/storage';
import { checkRecord, formatPath, z } from '$lib/storage/validate';

const schema = z.object({
	id: z.string(),
	count: z.number(),
	values: z.record(z.string(), z.record(z.string(), z.string())),
	nested: z.optional(z.object({ a: z.string(), b: z.number() }))
});

describe('salvage', () => {
	it('keeps valid fields, recursing into objects and records, and reports the rest', () => {
		const { value, problems } = salvage(schema, {
			id: 'x',
			count: 'three',
			values: { ok: { name: 'Acme' }, mixed: { good: 'yes', bad: 42 }, broken: 'nope' },
			nested: { a: 'kept', b: 'not a number' }
		});
		expect(value).toEqual({
			id: 'x',
			values: { ok: { name: 'Acme' }, mixed: { good: 'yes' } },
			nested: { a: 'kept' }
		});
		expect(problems.map((p) => p.path).sort()).toEqual([
			'count',
			'nested.b',
			'values.broken',
			'values.mixed.bad'
		]);
		expect(problems.find((p) => p.path === 'count')?.message).toMatch(/expected number/);
	});

	it('never throws on garbage', () => {
		for (const raw of [null, undefined, 'text', 42, [], new Date()]) {
			const { value, problems } = salvage(schema, raw);
			expect(value).toEqual({});
			expect(problems.length).toBeGreaterThan(0);
		}
	});
});

describe('checkRecord', () => {
	it('passes a valid record through without problems', () => {
		const raw = { id: 'a', count: 1, values: {} };
		expect(checkRecord(schema, raw, { store: 's' })).toEqual({ record: raw, problems: [] });
	});

	it('completes a damaged record from defaults and tags the problems', () => {
		const checked = checkRecord(
			schema,
			{ id: 'a', count: 'x', values: {} },
			{
				store: 'drafts',
				defaults: { count: 0 }
			}
		);
		expect(checked.record).toEqual({ id: 'a', count: 0, values: {} });
		expect(checked.problems).toEqual([
			expect.objectContaining({ store: 'drafts', key: 'a', path: 'count' })
		]);
	});

	it('gives no record when defaults cannot make it whole', () => {
		const checked = checkRecord(schema, { count: 1, values: {} }, { store: 's' });
		expect(checked.record).toBeNull();
		expect(checked.problems.at(-1)?.message).toMatch(/too damaged/);
	});

	it('formats paths as in JavaScript', () => {
		expect(formatPath(['stores', 'users', 3, 'usernameLower'])).toBe(
			'stores.users[3].usernameLower'
		);
	});
});
