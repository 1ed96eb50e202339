/**
 * The boards' search and filters, kept in the URL so a filtered view can be shared: parsing the
 * query string, applying it to the list, and writing it back.
 */
import { covers } from './matching';

const PAGE_SIZE = 15;
export const BID_PAGE_SIZE = PAGE_SIZE;
export const CONTRACT_PAGE_SIZE = PAGE_SIZE;

const CODE = /^\d{8}$/;

/** "Current" is open; "Past" is closed and awarded. */
export type BidStatusFilter = 'open' | 'closed' | 'awarded' | 'past' | 'all';
export type BidTypeFilter = 'all' | 'formal' | 'informal';
export type BidSort = 'due-asc' | 'due-desc';

export interface BidFilters {
	q: string;
	status: BidStatusFilter;
	agency: string;
	type: BidTypeFilter;
	codes: string[];
	sort: BidSort;
	page: number;
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
	allowed.includes(value as T) ? (value as T) : fallback;

const pageNumber = (value: string | null) => {
	const n = Number(value);
	return Number.isInteger(n) && n >= 1 ? n : 1;
};

const codesParam = (value: string | null) =>
	[...new Set((value ?? '').split(',').map((c) => c.trim()))].filter((c) => CODE.test(c));

export function parseBidFilters(params: URLSearchParams): BidFilters {
	return {
		q: (params.get('q') ?? '').trim(),
		status: oneOf(params.get('status'), ['open', 'closed', 'awarded', 'past', 'all'], 'open'),
		agency: (params.get('agency') ?? '').trim(),
		type: oneOf(params.get('type'), ['all', 'formal', 'informal'], 'all'),
		codes: codesParam(params.get('codes')),
		sort: oneOf(params.get('sort'), ['due-asc', 'due-desc'], 'due-asc'),
		page: pageNumber(params.get('page'))
	};
}

/** The query string of a filter; defaults are left out so URLs stay short. */
export function bidFiltersQuery(f: BidFilters): string {
	const p = new URLSearchParams();
	if (f.q) p.set('q', f.q);
	if (f.status !== 'open') p.set('status', f.status);
	if (f.agency) p.set('agency', f.agency);
	if (f.type !== 'all') p.set('type', f.type);
	if (f.codes.length) p.set('codes', f.codes.join(','));
	if (f.sort !== 'due-asc') p.set('sort', f.sort);
	if (f.page > 1) p.set('page', String(f.page));
	const s = p.toString();
	return s ? `?${s}` : '';
}

export interface BidLike {
	number: string;
	title: string;
	agency: string;
	description: string;
	formal: boolean;
	codes: readonly string[];
	status: 'open' | 'closed' | 'awarded';
	dueAt: string;
}

/** Every word of the query appears somewhere in the item (any case). */
export function keywordMatch(q: string, haystack: readonly string[]): boolean {
	const text = haystack.join(' ').toLowerCase();
	return q
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean)
		.every((word) => text.includes(word));
}

/** A filter code matches an item when it equals or covers one of the item's codes. */
export function codeFilterMatch(filter: readonly string[], codes: readonly string[]): boolean {
	return !filter.length || filter.some((f) => codes.some((c) => covers(f, c)));
}

export function filterBids<T extends BidLike>(items: readonly T[], f: BidFilters): T[] {
	const statusOk = (s: BidLike['status']) =>
		f.status === 'all' ||
		s === f.status ||
		(f.status === 'past' && (s === 'closed' || s === 'awarded'));
	const out = items.filter(
		(s) =>
			statusOk(s.status) &&
			(!f.agency || s.agency === f.agency) &&
			(f.type === 'all' || (f.type === 'formal') === s.formal) &&
			codeFilterMatch(f.codes, s.codes) &&
			(!f.q || keywordMatch(f.q, [s.number, s.title, s.agency, s.description, ...s.codes]))
	);
	const dir = f.sort === 'due-desc' ? -1 : 1;
	return out.sort(
		(a, b) => dir * a.dueAt.localeCompare(b.dueAt) || a.number.localeCompare(b.number)
	);
}

/** One page of a list (pages count from 1; a page past the end shows the last). */
export function paginate<T>(items: readonly T[], page: number, size = PAGE_SIZE) {
	const pages = Math.max(1, Math.ceil(items.length / size));
	const current = Math.min(Math.max(1, page), pages);
	return {
		items: items.slice((current - 1) * size, current * size),
		page: current,
		pages,
		total: items.length,
		from: items.length ? (current - 1) * size + 1 : 0,
		to: Math.min(current * size, items.length)
	};
}

// ---- Contract Board ----------------------------------------------------------------------------

export interface ContractFilters {
	q: string;
	/** SBE/MBE contractors only. */
	sbe: boolean;
	usableBy: 'all' | 'State agencies' | 'Municipalities';
	codes: string[];
	page: number;
}

export function parseContractFilters(params: URLSearchParams): ContractFilters {
	return {
		q: (params.get('q') ?? '').trim(),
		sbe: params.get('sbe') === 'yes',
		usableBy: oneOf(params.get('usable'), ['all', 'State agencies', 'Municipalities'], 'all'),
		codes: codesParam(params.get('codes')),
		page: pageNumber(params.get('page'))
	};
}

export function contractFiltersQuery(f: ContractFilters): string {
	const p = new URLSearchParams();
	if (f.q) p.set('q', f.q);
	if (f.sbe) p.set('sbe', 'yes');
	if (f.usableBy !== 'all') p.set('usable', f.usableBy);
	if (f.codes.length) p.set('codes', f.codes.join(','));
	if (f.page > 1) p.set('page', String(f.page));
	const s = p.toString();
	return s ? `?${s}` : '';
}

export interface ContractLike {
	number: string;
	title: string;
	contractor: string;
	description: string;
	codes: readonly string[];
	usableBy: readonly string[];
	sbeMbe: boolean;
	termEnd: string;
}

export function filterContracts<T extends ContractLike>(
	items: readonly T[],
	f: ContractFilters
): T[] {
	return items
		.filter(
			(c) =>
				(!f.sbe || c.sbeMbe) &&
				(f.usableBy === 'all' || c.usableBy.includes(f.usableBy)) &&
				codeFilterMatch(f.codes, c.codes) &&
				(!f.q || keywordMatch(f.q, [c.number, c.title, c.contractor, c.description, ...c.codes]))
		)
		.sort((a, b) => a.title.localeCompare(b.title) || a.number.localeCompare(b.number));
}
