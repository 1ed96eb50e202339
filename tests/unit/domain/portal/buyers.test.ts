import {
	BUYERS,
	STATE_OF_CONNECTICUT,
	findBuyer,
	isRegisteredWith,
	registeredBuyers,
	registrationDates,
	withBuyer,
	withoutBuyer
} from '$lib/domain/portal/buyers';
import { parseOrganizationDetails } from '$lib/domain/accounts';

/** Details as storage hands them over: parsed, the wrongly typed parts dropped. */
const stored = (raw: unknown) => parseOrganizationDetails(raw);

const AT = '2026-11-22T12:00:00.000Z';

describe('BUYERS', () => {
	it('lists the State of Connecticut first, then sample buyers with distinct names', () => {
		expect(BUYERS[0]).toMatchObject({ name: STATE_OF_CONNECTICUT, sample: false });
		expect(BUYERS.slice(1).every((b) => b.sample)).toBe(true);
		const names = BUYERS.map((b) => b.name);
		expect(new Set(names).size).toBe(names.length);
		expect(names).toEqual(expect.arrayContaining(['State of Rhode Island', 'City of Pittsburgh']));
	});

	it('says the State of Connecticut does not use WebProcure for orders and invoices', () => {
		expect(findBuyer(STATE_OF_CONNECTICUT)?.ordersAndInvoices).toBe(false);
	});
});

describe('registeredBuyers', () => {
	it('always starts with the State of Connecticut, without repeats', () => {
		expect(registeredBuyers(stored({}))).toEqual([STATE_OF_CONNECTICUT]);
		expect(registeredBuyers(null)).toEqual([STATE_OF_CONNECTICUT]);
		expect(
			registeredBuyers(
				stored({ buyers: ['City of Pittsburgh', STATE_OF_CONNECTICUT, 'City of Pittsburgh', 3] })
			)
		).toEqual([STATE_OF_CONNECTICUT, 'City of Pittsburgh']);
	});
});

describe('withBuyer / withoutBuyer', () => {
	const start = stored({ codes: ['72100000'], buyers: [STATE_OF_CONNECTICUT] });

	it('registers with a buyer and records the date, keeping the other details', () => {
		const added = withBuyer(start, 'State of Rhode Island', AT);
		expect(added.ok).toBe(true);
		if (!added.ok) return;
		expect(added.details.codes).toEqual(['72100000']);
		expect(registeredBuyers(added.details)).toEqual([
			STATE_OF_CONNECTICUT,
			'State of Rhode Island'
		]);
		expect(registrationDates(added.details)).toEqual({ 'State of Rhode Island': AT });
		expect(isRegisteredWith(added.details, 'State of Rhode Island')).toBe(true);
	});

	it('refuses a buyer twice and a buyer that does not use WebProcure', () => {
		expect(withBuyer(start, STATE_OF_CONNECTICUT, AT)).toEqual({
			ok: false,
			message: 'Your organization is already registered with State of Connecticut.'
		});
		expect(withBuyer(start, 'Nowhere County', AT).ok).toBe(false);
	});

	it('removes a buyer and its date', () => {
		const added = withBuyer(start, 'City of Pittsburgh', AT);
		if (!added.ok) throw new Error('not added');
		const removed = withoutBuyer(added.details, 'City of Pittsburgh');
		expect(removed.ok).toBe(true);
		if (!removed.ok) return;
		expect(registeredBuyers(removed.details)).toEqual([STATE_OF_CONNECTICUT]);
		expect(registrationDates(removed.details)).toEqual({});
	});

	it('never removes the State of Connecticut, nor a buyer it is not registered with', () => {
		expect(withoutBuyer(start, STATE_OF_CONNECTICUT).ok).toBe(false);
		expect(withoutBuyer(start, 'City of Pittsburgh').ok).toBe(false);
	});

	it('ignores dates that are not strings', () => {
		expect(registrationDates(stored({ buyerRegistrations: { a: AT, b: 3 } }))).toEqual({ a: AT });
		expect(registrationDates(stored({ buyerRegistrations: ['x'] }))).toEqual({});
	});
});
