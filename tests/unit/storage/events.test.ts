import { clearEvents, listEvents, recordEvent } from '$lib/storage';
import { freshStorage, must } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});
afterEach(() => {
	vi.restoreAllMocks();
});

describe('events', () => {
	it('records study events in order, filters by type, clears; no secrets in data', async () => {
		const first = must(
			await recordEvent({ type: 'step-view', page: '/register/business', participantId: 'P07' })
		);
		must(await recordEvent({ type: 'validation-error', data: { field: 'tin', password: 'oops' } }));
		must(await recordEvent({ type: 'step-view', page: '/register/contact' }));
		expect(first).toMatchObject({ type: 'step-view', participantId: 'P07', data: {} });
		expect(must(await listEvents()).map((e) => e.type)).toEqual([
			'step-view',
			'validation-error',
			'step-view'
		]);
		expect(must(await listEvents({ type: 'validation-error' }))[0]?.data).toEqual({ field: 'tin' });
		expect(must(await listEvents({ type: 'step-view' }))).toHaveLength(2);
		must(await clearEvents());
		expect(must(await listEvents())).toEqual([]);
	});
});
