/**
 * Sample data for the Bid Board and the Contract Board: fictional solicitations of State agencies
 * and fictional contractors, generated deterministically from a seed (the same seed and day give
 * the same boards in every browser) and always labelled as sample data.
 */

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const SAMPLE_SEED = 20261122;

export const SAMPLE_LABEL =
	'Sample data: fictional solicitations and contractors for this prototype.';

/** Real UNSPSC codes (titles as in the code set) the sample solicitations and contracts use. */
export const SAMPLE_CODES: readonly { code: string; title: string }[] = [
	{ code: '43211503', title: 'Notebook computers' },
	{ code: '43211507', title: 'Desktop computers' },
	{ code: '43232300', title: 'Data management and query software' },
	{ code: '43222600', title: 'Network service equipment' },
	{ code: '44121600', title: 'Desk supplies' },
	{ code: '44121701', title: 'Rollerball pens' },
	{ code: '72101500', title: 'Building maintenance and repair services' },
	{ code: '72102900', title: 'Facility maintenance and repair services' },
	{ code: '72103300', title: 'Infrastructure maintenance and repair services' },
	{ code: '72121400', title: 'Specialized public building construction services' },
	{ code: '72141100', title: 'Infrastructure building and surfacing and paving services' },
	{ code: '72151500', title: 'Electrical system services' },
	{ code: '76111500', title: 'General building and office cleaning and maintenance services' },
	{ code: '77101500', title: 'Environmental impact assessment' },
	{ code: '80111600', title: 'Temporary personnel services' },
	{ code: '81111500', title: 'Software or hardware engineering' },
	{ code: '81112200', title: 'Software maintenance and support' },
	{ code: '82121500', title: 'Printing' },
	{ code: '83111600', title: 'Mobile communications services' },
	{ code: '84111500', title: 'Accounting services' },
	{ code: '85101600', title: 'Healthcare provider support persons' },
	{ code: '86101700', title: 'Non scientific vocational training services' },
	{ code: '90101600', title: 'Banquet and catering services' },
	{ code: '92121500', title: 'Guard services' },
	{ code: '46171600', title: 'Surveillance and detection equipment' },
	{ code: '47131700', title: 'Restroom supplies' },
	{ code: '25101500', title: 'Passenger motor vehicles' },
	{ code: '25172500', title: 'Tires and tire tubes' },
	{ code: '39101600', title: 'Lamps and lightbulbs' },
	{ code: '40101700', title: 'Cooling equipment and parts and accessories' },
	{ code: '53102700', title: 'Uniforms' },
	{ code: '56101500', title: 'Furniture' },
	{ code: '78101800', title: 'Road cargo transport' },
	{ code: '80101500', title: 'Business and corporate management consultation services' },
	{ code: '81101500', title: 'Civil engineering' },
	{ code: '15101500', title: 'Petroleum and distillates' },
	{ code: '26111700', title: 'Batteries and cells and accessories' }
];

export const SAMPLE_AGENCIES: readonly string[] = [
	'Department of Administrative Services',
	'Department of Transportation',
	'Department of Correction',
	'Department of Energy and Environmental Protection',
	'Department of Children and Families',
	'Department of Public Health',
	'Department of Mental Health and Addiction Services',
	'Department of Emergency Services and Public Protection',
	'Department of Motor Vehicles',
	'Department of Social Services',
	'Department of Revenue Services',
	'Connecticut State Library'
];

const SPECIALISTS = [
	['Maria', 'Santos'],
	['David', 'Kowalski'],
	['Angela', 'Brooks'],
	['Kevin', 'Nguyen'],
	['Rachel', 'Goldberg'],
	['Marcus', 'Whitfield'],
	['Priya', 'Raman'],
	['Thomas', 'Reilly']
] as const;

const NAME_A = [
	'Granite',
	'Harbor',
	'Nutmeg',
	'Charter',
	'Riverbend',
	'Laurel',
	'Pequot',
	'Elm City',
	'Quinnipiac',
	'Mystic',
	'Litchfield',
	'Farmington',
	'Shoreline',
	'Colonial',
	'Housatonic',
	'Constitution'
];
const NAME_B = [
	'Technical',
	'Facility',
	'Supply',
	'Services',
	'Systems',
	'Builders',
	'Solutions',
	'Logistics',
	'Partners',
	'Works',
	'Group',
	'Associates'
];
const NAME_C = ['LLC', 'Inc.', 'Co.', 'Corp.', 'LLP'];

export type SolicitationStatus = 'open' | 'closed' | 'awarded';

export interface SampleSolicitation {
	id: string;
	/** e.g. "26PSX0012". */
	number: string;
	title: string;
	agency: string;
	/** Formal (sealed bid, open to the category) or informal (by invitation). */
	formal: boolean;
	/** RFP, IFB or RFQ. */
	method: 'Request for Proposals' | 'Invitation for Bid' | 'Request for Quotes';
	codes: string[];
	/** ISO instants. */
	postedAt: string;
	dueAt: string;
	status: SolicitationStatus;
	description: string;
	contact: { name: string; title: 'Contract Specialist'; email: string; phone: string };
	/** Sample contractor names invited (informal solicitations). */
	invited: string[];
}

export interface SampleContract {
	id: string;
	number: string;
	title: string;
	contractor: string;
	/** 'YYYY-MM-DD' */
	termStart: string;
	termEnd: string;
	codes: string[];
	usableBy: ('State agencies' | 'Municipalities')[];
	/** Certified Small/Minority Business Enterprise. */
	sbeMbe: boolean;
	description: string;
}

const TITLE_BY_CODE: Record<string, string[]> = {
	'43211503': ['Notebook Computers for Field Staff', 'Laptop Refresh Program'],
	'43211507': ['Desktop Computer Replacement', 'Workstations for Regional Offices'],
	'43232300': ['Data Management Platform', 'Reporting and Query Software Licenses'],
	'43222600': ['Network Switches and Routers', 'Campus Network Equipment'],
	'44121600': ['Office Desk Supplies', 'Desk Supplies for Agency Offices'],
	'44121701': ['Writing Instruments', 'Pens and Markers'],
	'72101500': ['Building Maintenance and Repair', 'HVAC and Building Repairs'],
	'72102900': ['Facility Maintenance Services', 'Preventive Facility Maintenance'],
	'72103300': ['Bridge Joint Repair', 'Culvert and Drainage Repair'],
	'72121400': ['Renovation of Public Building', 'Courthouse Renovation'],
	'72141100': ['Parking Lot Paving', 'Roadway Resurfacing'],
	'72151500': ['Electrical Upgrades', 'Emergency Generator Wiring'],
	'76111500': ['Janitorial Services', 'Office Cleaning Services'],
	'77101500': ['Environmental Impact Study', 'Site Environmental Assessment'],
	'80111600': ['Temporary Staffing Services', 'Seasonal Temporary Personnel'],
	'81111500': ['Software Engineering Services', 'Application Development Services'],
	'81112200': ['Software Maintenance and Support', 'Legacy System Support'],
	'82121500': ['Printing Services', 'Forms and Brochure Printing'],
	'83111600': ['Mobile Phone Service', 'Wireless Data Plans'],
	'84111500': ['Audit and Accounting Services', 'Financial Statement Audit'],
	'85101600': ['Nursing Staff Support', 'Healthcare Staffing Support'],
	'86101700': ['Workforce Training Services', 'Vocational Training Programs'],
	'90101600': ['Catering Services', 'Event Catering'],
	'92121500': ['Security Guard Services', 'Building Security Officers'],
	'46171600': ['Video Surveillance Systems', 'Security Camera Upgrade'],
	'47131700': ['Restroom Supplies', 'Paper and Soap Products'],
	'25101500': ['Fleet Sedans and SUVs', 'Passenger Vehicles'],
	'25172500': ['Tires for State Fleet', 'Tire Supply and Service'],
	'39101600': ['LED Lamps', 'Lighting Replacement Program'],
	'40101700': ['Cooling Equipment Replacement', 'Chiller Parts and Service'],
	'53102700': ['Uniforms and Outerwear', 'Staff Uniforms'],
	'56101500': ['Office Furniture', 'Furniture for New Offices'],
	'78101800': ['Freight Trucking Services', 'Road Cargo Transport'],
	'80101500': ['Management Consulting', 'Organizational Assessment'],
	'81101500': ['Civil Engineering Services', 'Bridge Inspection Engineering'],
	'15101500': ['Heating Oil and Diesel Fuel', 'Fuel Delivery'],
	'26111700': ['Batteries', 'Radio and Equipment Batteries']
};

const DAY = 24 * 60 * 60 * 1000;

/** Noon UTC of `now`'s day plus `days`, as an ISO date ('YYYY-MM-DD'). */
function dayIso(now: number, days: number): string {
	const d = new Date(now + days * DAY);
	return d.toISOString().slice(0, 10);
}

/**
 * 2:00 PM in Connecticut (Eastern) on a date, as an ISO instant: 18:00 UTC in daylight time,
 * 19:00 UTC in standard time (second Sunday of March to first Sunday of November).
 */
export function easternTwoPm(isoDate: string, hour = 14): string {
	const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
	const nthSunday = (month: number, n: number) => {
		const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
		return 1 + ((7 - first) % 7) + (n - 1) * 7;
	};
	const dstStart = Date.UTC(y, 2, nthSunday(3, 2));
	const dstEnd = Date.UTC(y, 10, nthSunday(11, 1));
	const t = Date.UTC(y, m - 1, d);
	const offset = t >= dstStart && t < dstEnd ? 4 : 5;
	return new Date(Date.UTC(y, m - 1, d, hour + offset)).toISOString();
}

function pick<T>(rand: () => number, list: readonly T[]): T {
	return list[Math.floor(rand() * list.length)]!;
}

export function contractorName(rand: () => number): string {
	return `${pick(rand, NAME_A)} ${pick(rand, NAME_B)} ${pick(rand, NAME_C)}`;
}

/** The sample contractors (fictional), deterministic from the seed. */
export function sampleContractors(seed = SAMPLE_SEED, count = 30): string[] {
	const rand = seededRandom(seed ^ 0x5a5a);
	const names = new Set<string>();
	while (names.size < count) names.add(contractorName(rand));
	return [...names];
}

/**
 * About 60 sample solicitations, dated around `now` (so some are open, some closed or awarded),
 * the same for the same seed and day.
 */
export function sampleSolicitations(
	now: number,
	seed = SAMPLE_SEED,
	count = 60
): SampleSolicitation[] {
	const rand = seededRandom(seed);
	const contractors = sampleContractors(seed);
	const today = Date.UTC(
		new Date(now).getUTCFullYear(),
		new Date(now).getUTCMonth(),
		new Date(now).getUTCDate()
	);
	const year = String(new Date(now).getUTCFullYear()).slice(2);
	const out: SampleSolicitation[] = [];
	for (let i = 0; i < count; i++) {
		const main = pick(rand, SAMPLE_CODES);
		const extra = rand() < 0.35 ? pick(rand, SAMPLE_CODES) : null;
		const codes = [...new Set([main.code, ...(extra ? [extra.code] : [])])];
		const formal = rand() < 0.75;
		const method = formal
			? rand() < 0.5
				? 'Request for Proposals'
				: 'Invitation for Bid'
			: 'Request for Quotes';
		const postedDaysAgo = Math.floor(rand() * 90);
		const openDays = 14 + Math.floor(rand() * 35);
		const posted = dayIso(today, -postedDaysAgo);
		const due = dayIso(today, openDays - postedDaysAgo);
		const postedAt = easternTwoPm(posted, 9);
		const dueAt = easternTwoPm(due);
		const closed = Date.parse(dueAt) <= now;
		const status: SolicitationStatus = !closed ? 'open' : rand() < 0.5 ? 'awarded' : 'closed';
		const agency = pick(rand, SAMPLE_AGENCIES);
		const [first, last] = pick(rand, SPECIALISTS);
		const title = pick(rand, TITLE_BY_CODE[main.code] ?? [main.title]);
		const invited = formal
			? []
			: Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(rand, contractors));
		out.push({
			id: `sol-${String(i + 1).padStart(3, '0')}`,
			number: `${year}${formal ? 'PSX' : 'RFQ'}${String(1 + i * 3 + Math.floor(rand() * 3)).padStart(4, '0')}`,
			title,
			agency,
			formal,
			method,
			codes,
			postedAt,
			dueAt,
			status,
			description: `The ${agency} seeks ${main.title.toLowerCase()}${extra && extra.code !== main.code ? ` and ${extra.title.toLowerCase()}` : ''} (${method}). ${formal ? 'This formal solicitation is open to all suppliers registered for its commodity codes.' : 'This informal solicitation is by invitation only.'} Sample text: this solicitation is fictional.`,
			contact: {
				name: `${first} ${last}`,
				title: 'Contract Specialist',
				email: `${first.toLowerCase()}.${last.toLowerCase()}@ct.gov.example`,
				phone: `(860) 713-${String(5000 + Math.floor(rand() * 999)).padStart(4, '0')}`
			},
			invited: [...new Set(invited)]
		});
	}
	return out;
}

/** About 40 sample statewide contracts with fictional contractors. */
export function sampleContracts(now: number, seed = SAMPLE_SEED, count = 40): SampleContract[] {
	const rand = seededRandom(seed ^ 0xc0ffee);
	const contractors = sampleContractors(seed);
	const today = Date.UTC(
		new Date(now).getUTCFullYear(),
		new Date(now).getUTCMonth(),
		new Date(now).getUTCDate()
	);
	const out: SampleContract[] = [];
	for (let i = 0; i < count; i++) {
		const main = pick(rand, SAMPLE_CODES);
		const startDaysAgo = Math.floor(rand() * 700);
		const years = 1 + Math.floor(rand() * 4);
		const contractor = pick(rand, contractors);
		const usable = rand();
		out.push({
			id: `con-${String(i + 1).padStart(3, '0')}`,
			number: `${String(new Date(today - startDaysAgo * DAY).getUTCFullYear()).slice(2)}PSX${String(100 + i * 7).padStart(4, '0')}`,
			title: pick(rand, TITLE_BY_CODE[main.code] ?? [main.title]),
			contractor,
			termStart: dayIso(today, -startDaysAgo),
			termEnd: dayIso(today, -startDaysAgo + years * 365),
			codes: [main.code],
			usableBy: usable < 0.6 ? ['State agencies', 'Municipalities'] : ['State agencies'],
			sbeMbe: rand() < 0.3,
			description: `Statewide contract for ${main.title.toLowerCase()} with ${contractor}. Sample text: this contract and contractor are fictional.`
		});
	}
	return out;
}
