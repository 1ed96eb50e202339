/**
 * Buying organizations that use WebProcure, and the supplier's registrations with them
 * (Opportunity Management). The State of Connecticut is real; the others are samples of this
 * prototype. A supplier is always registered with the State of Connecticut (CTsource registration);
 * other buyers are added and removed in Opportunity Management.
 *
 * Stored in the organization's details: `buyers` (names, the State of Connecticut first) and
 * `buyerRegistrations` (name → ISO date the supplier registered with that buyer).
 */
import type { OrganizationDetails } from '../accounts/organization';

export const STATE_OF_CONNECTICUT = 'State of Connecticut';

export interface Buyer {
	/** The buyer's name, as stored in the organization's `buyers`. */
	name: string;
	/** Where it is, e.g. "Pittsburgh, Pennsylvania". */
	location: string;
	/** One sentence on what it buys through WebProcure. */
	description: string;
	/** True for the sample buyers of this prototype. */
	sample: boolean;
	/** The State of Connecticut does not use WebProcure for orders and invoices. */
	ordersAndInvoices: boolean;
}

export const BUYERS: readonly Buyer[] = [
	{
		name: STATE_OF_CONNECTICUT,
		location: 'Hartford, Connecticut',
		description:
			'State agencies of Connecticut post their bids and contracts on CTsource, through WebProcure.',
		sample: false,
		ordersAndInvoices: false
	},
	{
		name: 'State of Rhode Island',
		location: 'Providence, Rhode Island',
		description: 'Statewide purchasing of goods, services and construction for state agencies.',
		sample: true,
		ordersAndInvoices: true
	},
	{
		name: 'City of Pittsburgh',
		location: 'Pittsburgh, Pennsylvania',
		description: 'City departments: public works, parks, public safety and city facilities.',
		sample: true,
		ordersAndInvoices: true
	},
	{
		name: 'Allegheny County',
		location: 'Pittsburgh, Pennsylvania',
		description: 'County purchasing for courts, health, human services and county facilities.',
		sample: true,
		ordersAndInvoices: true
	},
	{
		name: 'City of Providence',
		location: 'Providence, Rhode Island',
		description: 'City purchasing for schools, public works and city buildings.',
		sample: true,
		ordersAndInvoices: true
	},
	{
		name: 'Town of Greenwich',
		location: 'Greenwich, Connecticut',
		description: 'Town purchasing for roads, parks, schools and town buildings.',
		sample: true,
		ordersAndInvoices: true
	},
	{
		name: 'Massachusetts Port Authority',
		location: 'Boston, Massachusetts',
		description: 'Airport, seaport and transportation facilities of Massport.',
		sample: true,
		ordersAndInvoices: true
	}
];

export function findBuyer(name: string): Buyer | undefined {
	return BUYERS.find((b) => b.name === name);
}

/** The part of the organization's details this module reads and writes. */
export type BuyerDetails = Readonly<Pick<OrganizationDetails, 'buyers' | 'buyerRegistrations'>>;

/** The buyers the organization is registered with: the State of Connecticut first, no repeats. */
export function registeredBuyers(details: BuyerDetails | null | undefined): string[] {
	const list = (details?.buyers ?? []).filter((b) => b !== STATE_OF_CONNECTICUT);
	return [STATE_OF_CONNECTICUT, ...new Set(list)];
}

/** Name → ISO date the organization registered with each buyer (when known). */
export function registrationDates(
	details: BuyerDetails | null | undefined
): Record<string, string> {
	return { ...details?.buyerRegistrations };
}

/** True when the organization is registered with `name`. */
export function isRegisteredWith(details: BuyerDetails | null | undefined, name: string): boolean {
	return registeredBuyers(details).includes(name);
}

export type BuyerChange<D extends BuyerDetails = BuyerDetails> =
	{ ok: true; details: D } | { ok: false; message: string };

/** The details after registering with a buyer on `at` (ISO date). */
export function withBuyer<D extends BuyerDetails>(
	details: D,
	name: string,
	at: string
): BuyerChange<D> {
	if (!findBuyer(name)) return { ok: false, message: `${name} does not use WebProcure.` };
	if (isRegisteredWith(details, name)) {
		return { ok: false, message: `Your organization is already registered with ${name}.` };
	}
	return {
		ok: true,
		details: {
			...details,
			buyers: [...registeredBuyers(details), name],
			buyerRegistrations: { ...registrationDates(details), [name]: at }
		}
	};
}

/** The details after leaving a buyer; the State of Connecticut cannot be removed. */
export function withoutBuyer<D extends BuyerDetails>(details: D, name: string): BuyerChange<D> {
	if (name === STATE_OF_CONNECTICUT) {
		return {
			ok: false,
			message:
				'The State of Connecticut cannot be removed: your CTsource registration is with the State of Connecticut.'
		};
	}
	if (!isRegisteredWith(details, name)) {
		return { ok: false, message: `Your organization is not registered with ${name}.` };
	}
	const dates = registrationDates(details);
	delete dates[name];
	return {
		ok: true,
		details: {
			...details,
			buyers: registeredBuyers(details).filter((b) => b !== name),
			buyerRegistrations: dates
		}
	};
}
