import { deleteMeta, getMeta, setMeta } from '$lib/storage';
import { z } from '$lib/storage/validate';
import { freshStorage, must, rawRecord } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});
afterEach(() => {
	vi.restoreAllMocks();
});

describe('meta', () => {
	const flowSchema = z.object({ skipNigp: z.boolean() });

	it('stores settings, validates them on read, deletes', async () => {
		expect(must(await getMeta('flow', flowSchema))).toBeNull();
		must(await setMeta('flow', { skipNigp: true }));
		expect(must(await getMeta('flow', flowSchema))).toEqual({ skipNigp: true });
		expect(await rawRecord('meta', 'flow')).toMatchObject({
			schemaVersion: 2,
			updatedAt: expect.any(String)
		});

		must(await setMeta('flow', { skipNigp: 'yes' }));
		const bad = await getMeta('flow', flowSchema);
		expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid' } });
		expect(!bad.ok && bad.error.problems?.[0]).toMatchObject({
			store: 'meta',
			key: 'flow',
			path: 'value.skipNigp'
		});

		expect(await setMeta('fn', () => 1)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
		must(await deleteMeta('flow'));
		expect(must(await getMeta('flow', flowSchema))).toBeNull();
	});
});
