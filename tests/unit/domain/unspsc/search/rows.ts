import type { UnspscRow } from '$lib/domain/unspsc/types';

/** A small dataset for the search tests: a few families with typical wordings. */
export const ROWS: UnspscRow[] = [
	['43000000', 'Information Technology Broadcasting and Telecommunications', null],
	[
		'43220000',
		'Data Voice or Multimedia Network Equipment or Platforms and Accessories',
		'43000000'
	],
	['43222600', 'Network service equipment', '43220000'],
	['43222609', 'Network routers', '43222600'],
	['43222610', 'Routers for network attached storage', '43222600'],
	['43222611', 'Replacement fan for 43222609 units', '43222600'],
	['43222612', 'Router', '43222600'],
	['40000000', 'Pumps and valves', null],
	['40140000', 'Valves', '40000000'],
	['40141600', 'Industrial valves', '40140000'],
	['40141601', 'Pumpkins', '40141600'],
	['40141602', 'Pump repair parts kit', '40141600'],
	['80000000', 'Management and Business Professionals and Administrative Services', null],
	['80101500', 'Business and corporate management consultation services', '80000000'],
	['80101508', 'Business intelligence consulting services', '80101500'],
	['80101509', 'Consultancy for crème brûlée makers', '80101500'],
	['72000000', 'Building and Facility Construction and Maintenance Services', null],
	['72151100', 'Plumbing construction services', '72000000'],
	['76110000', 'Cleaning and janitorial services', '72000000'],
	['26111700', 'Batteries and cells and accessories', '72000000']
];
