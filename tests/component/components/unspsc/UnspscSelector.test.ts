import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import UnspscSelector from '$lib/components/unspsc/UnspscSelector.svelte';
import { buildSearchIndex, search } from '$lib/domain/unspsc/search';
import { UnspscTree } from '$lib/domain/unspsc/tree';
import type { UnspscRow } from '$lib/domain/unspsc/types';
import { setUnspscBackendForTests, type UnspscBackend } from '$lib/unspsc/client.svelte';

/** A small tree: three segments whose title order (A, B, I) differs from their code order. */
const ROWS: UnspscRow[] = [
	['43000000', 'Information Technology Broadcasting and Telecommunications', null],
	['43210000', 'Computer Equipment and Accessories', '43000000'],
	['43211500', 'Computers', '43210000'],
	['43211503', 'Notebook computers', '43211500'],
	['43211507', 'Desktop computers', '43211500'],
	[
		'43220000',
		'Data Voice or Multimedia Network Equipment or Platforms and Accessories',
		'43000000'
	],
	['43222500', 'Network security equipment', '43220000'],
	['43222501', 'Firewall network hardware', '43222500'],
	['43222600', 'Network service equipment', '43220000'],
	['43222609', 'Network routers', '43222600'],
	['43222610', 'Network service hubs', '43222600'],
	['53000000', 'Apparel and Luggage and Personal Care Products', null],
	['53100000', 'Clothing', '53000000'],
	['53101500', 'Slacks and trousers and shorts', '53100000'],
	['53101501', 'Mens slacks', '53101500'],
	['72000000', 'Building and Facility Construction and Maintenance Services', null],
	['72100000', 'Building and facility maintenance and repair services', '72000000'],
	['72101500', 'Building support services', '72100000'],
	['72101507', 'Building maintenance service', '72101500']
];

const IT = 'Information Technology Broadcasting and Telecommunications (43000000)';
const APPAREL = 'Apparel and Luggage and Personal Care Products (53000000)';
const BUILDING = 'Building and Facility Construction and Maintenance Services (72000000)';
const UNKNOWN = 'Unknown (no solicitation notifications)';

function backend(): UnspscBackend {
	const tree = new UnspscTree(ROWS);
	const index = buildSearchIndex(ROWS);
	return { tree, search: (query, limit) => search(index, query, { limit }) };
}

type Props = { codes?: string[]; unknown?: boolean; error?: string };

function setup(props: Props = {}) {
	const user = userEvent.setup();
	const onchange = vi.fn();
	const result = render(UnspscSelector, { ...props, onchange });
	const tree = () => screen.getByRole('tree', { name: 'Available Categories' });
	const item = (name: string) => screen.getByRole('treeitem', { name });
	const selected = () => screen.getByRole('region', { name: 'Selected Categories' }) as HTMLElement;
	return { user, onchange, tree, item, selected, ...result };
}

beforeEach(() => setUnspscBackendForTests(backend()));
afterAll(() => setUnspscBackendForTests(null));

describe('UnspscSelector: layout', () => {
	it('shows both panels, the segments by title with their codes, and only the segments', () => {
		const { tree, selected } = setup();
		expect(screen.getByRole('heading', { level: 3, name: 'Available Categories' })).toBeVisible();
		expect(screen.getByRole('heading', { level: 3, name: 'Selected Categories' })).toBeVisible();
		expect(within(selected()).getByText('Please Select any commodity')).toBeVisible();
		const items = within(tree()).getAllByRole('treeitem');
		// The guide's "Unknown" first, then the segments by title.
		expect(items.map((i) => i.textContent?.replace(/[▸▾]/g, '').trim())).toEqual([
			UNKNOWN,
			APPAREL,
			BUILDING,
			IT
		]);
		expect(items[0]).toHaveAccessibleName(UNKNOWN);
		expect(items[0]).toHaveAttribute('aria-checked', 'false');
		expect(items[0]).not.toHaveAttribute('aria-expanded');
		expect(items[1]).toHaveAttribute('aria-level', '1');
		expect(items[1]).toHaveAttribute('aria-setsize', '4');
		expect(items[3]).toHaveAttribute('aria-posinset', '4');
		expect(items[1]).toHaveAttribute('aria-expanded', 'false');
		// Lazy: nothing below the segments until one is opened.
		expect(screen.queryByText(/Computers/)).toBeNull();
		const search = screen.getByRole('searchbox', { name: 'Search' });
		expect(search).toHaveAttribute('id', 'codes');
		expect(search).toHaveAccessibleDescription(/Enter a keyword or search phrase and click Search/);
	});

	it('wires the error message to the search input and the tree', () => {
		const { tree } = setup({ error: 'Select at least one code' });
		const search = screen.getByRole('searchbox', { name: 'Search' });
		expect(search).toHaveAttribute('aria-invalid', 'true');
		expect(search).toHaveAccessibleDescription(/Select at least one code/);
		expect(tree()).toHaveAccessibleDescription('Select at least one code');
	});

	it('uses the heading level it is given', () => {
		render(UnspscSelector, { headingLevel: 2 });
		expect(screen.getByRole('heading', { level: 2, name: 'Available Categories' })).toBeVisible();
	});
});

describe('UnspscSelector: tree keyboard', () => {
	it('is one tab stop; arrows move, expand and collapse; Home/End; type-ahead', async () => {
		const { user, item, tree } = setup();
		screen.getByRole('button', { name: 'Search' }).focus();
		await user.tab();
		// "Unknown" is the first row, so the tree's tab stop.
		expect(item(UNKNOWN)).toHaveFocus();
		expect(item(UNKNOWN)).toHaveAttribute('tabindex', '0');
		expect(item(APPAREL)).toHaveAttribute('tabindex', '-1');
		await user.keyboard('{ArrowDown}');
		expect(item(APPAREL)).toHaveFocus();
		expect(item(APPAREL)).toHaveAttribute('tabindex', '0');
		expect(item(BUILDING)).toHaveAttribute('tabindex', '-1');

		await user.keyboard('{ArrowDown}');
		expect(item(BUILDING)).toHaveFocus();
		expect(item(BUILDING)).toHaveAttribute('tabindex', '0');
		expect(item(APPAREL)).toHaveAttribute('tabindex', '-1');
		await user.keyboard('{ArrowUp}');
		expect(item(APPAREL)).toHaveFocus();
		await user.keyboard('{End}');
		expect(item(IT)).toHaveFocus();
		await user.keyboard('{Home}');
		expect(item(UNKNOWN)).toHaveFocus();
		await user.keyboard('{ArrowUp}');
		expect(item(UNKNOWN)).toHaveFocus();

		await user.keyboard('{End}{ArrowRight}');
		expect(item(IT)).toHaveAttribute('aria-expanded', 'true');
		expect(item(IT)).toHaveFocus();
		// Children follow their parent (by code), one level down.
		const rows = within(tree()).getAllByRole('treeitem');
		expect(rows.map((r) => r.getAttribute('data-code'))).toEqual([
			'unknown',
			'53000000',
			'72000000',
			'43000000',
			'43210000',
			'43220000'
		]);
		expect(rows[4]).toHaveAccessibleName('Computer Equipment and Accessories (43210000)');
		expect(rows[4]).toHaveAttribute('aria-level', '2');
		expect(rows[5]).toHaveAttribute('aria-setsize', '2');
		expect(rows[5]).toHaveAttribute('aria-posinset', '2');
		await user.keyboard('{ArrowRight}');
		expect(item('Computer Equipment and Accessories (43210000)')).toHaveFocus();
		await user.keyboard('{ArrowDown}');
		expect(
			item('Data Voice or Multimedia Network Equipment or Platforms and Accessories (43220000)')
		).toHaveFocus();
		await user.keyboard('{End}');
		expect(
			item('Data Voice or Multimedia Network Equipment or Platforms and Accessories (43220000)')
		).toHaveFocus();
		await user.keyboard('{ArrowLeft}');
		expect(item(IT)).toHaveFocus();
		await user.keyboard('{ArrowLeft}');
		expect(item(IT)).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('treeitem', { name: /43210000/ })).toBeNull();

		// Type-ahead: a letter moves to the next row starting with it; quick letters form a word.
		await user.keyboard('b');
		expect(item(BUILDING)).toHaveFocus();
		await user.keyboard('i');
		expect(item(IT)).toHaveFocus();
		await user.keyboard('ap');
		expect(item(APPAREL)).toHaveFocus();
	});

	it('selects with Space; a selected code covers the codes below it', async () => {
		const { user, item, selected, onchange } = setup();
		item(IT).focus();
		await user.keyboard(' ');
		expect(item(IT)).toHaveAttribute('aria-checked', 'true');
		expect(onchange).toHaveBeenLastCalledWith({ codes: ['43000000'], unknown: false });
		expect(within(selected()).getByRole('checkbox', { name: IT })).toBeChecked();
		expect(within(selected()).getByText('1 selected')).toBeVisible();

		await user.keyboard('{ArrowRight}');
		const covered = item(`Computer Equipment and Accessories (43210000) Included in ${IT}`);
		expect(covered).toHaveAttribute('aria-checked', 'true');
		expect(covered).toHaveAttribute('aria-disabled', 'true');

		// Space on a covered row explains instead of changing anything.
		covered.focus();
		await user.keyboard(' ');
		expect(screen.getByText(/is included in Information Technology/)).toBeVisible();
		expect(onchange).toHaveBeenCalledTimes(1);

		// Space again on the selected row deselects it.
		item(IT).focus();
		await user.keyboard(' ');
		expect(item(IT)).toHaveAttribute('aria-checked', 'false');
		expect(onchange).toHaveBeenLastCalledWith({ codes: [], unknown: false });
	});

	it('shows ancestors of a selected code as partial (mixed)', async () => {
		const { user, item } = setup({ codes: ['43222609'] });
		expect(item(IT)).toHaveAttribute('aria-checked', 'mixed');
		expect(item(APPAREL)).toHaveAttribute('aria-checked', 'false');
		item(IT).focus();
		await user.keyboard('{ArrowRight}');
		expect(
			item('Data Voice or Multimedia Network Equipment or Platforms and Accessories (43220000)')
		).toHaveAttribute('aria-checked', 'mixed');
		expect(item('Computer Equipment and Accessories (43210000)')).toHaveAttribute(
			'aria-checked',
			'false'
		);
	});

	it('selecting a higher level drops the codes it covers and says so', async () => {
		const { user, item, selected, onchange } = setup({ codes: ['43211503', '43222609'] });
		await user.click(item(IT));
		expect(screen.getByText(`Selected ${IT}; it covers 2 codes you had selected.`)).toBeVisible();
		expect(onchange).toHaveBeenLastCalledWith({ codes: ['43000000'], unknown: false });
		expect(within(selected()).getAllByRole('checkbox')).toHaveLength(1);
	});

	it('opens and closes a node with a click on its arrow', async () => {
		const { user, item, onchange } = setup();
		const arrow = item(APPAREL).querySelector('[data-twisty]')!;
		await user.click(arrow);
		expect(item(APPAREL)).toHaveAttribute('aria-expanded', 'true');
		expect(item('Clothing (53100000)')).toBeVisible();
		await user.click(arrow);
		expect(item(APPAREL)).toHaveAttribute('aria-expanded', 'false');
		expect(onchange).not.toHaveBeenCalled();
	});
});

describe('UnspscSelector: search', () => {
	it('lists ranked matches with the ▼ breadcrumb and highlights; checking selects', async () => {
		const { user, selected, onchange } = setup();
		await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'router');
		const results = await screen.findByRole('list', { name: 'Search results' });
		expect(screen.queryByRole('tree')).toBeNull();
		const box = within(results).getByRole('checkbox', { name: 'Network routers (43222609)' });
		expect(box).toHaveAccessibleDescription(
			'Information Technology Broadcasting and Telecommunications (43000000), Data Voice or Multimedia Network Equipment or Platforms and Accessories (43220000), Network service equipment (43222600)'
		);
		const row = box.closest('li')!;
		expect(row.textContent).toContain(
			'▼ Information Technology Broadcasting and Telecommunications (43000000)'
		);
		expect(row.textContent).toContain('▼ Network service equipment (43222600)');
		expect(row.querySelector('mark')?.textContent).toMatch(/^router/);
		// The breadcrumb is text, not more checkboxes.
		expect(within(row).getAllByRole('checkbox')).toHaveLength(1);

		await user.click(box);
		expect(box).toBeChecked();
		expect(onchange).toHaveBeenLastCalledWith({ codes: ['43222609'], unknown: false });
		expect(
			within(selected()).getByRole('checkbox', { name: 'Network routers (43222609)' })
		).toBeChecked();
		await user.click(box);
		expect(box).not.toBeChecked();
		expect(within(selected()).getByText('Please Select any commodity')).toBeVisible();
	});

	it('updates as the person types and announces the count politely', async () => {
		const { user } = setup();
		const input = screen.getByRole('searchbox', { name: 'Search' });
		await user.type(input, 'network');
		const results = await screen.findByRole('list', { name: 'Search results' });
		expect(within(results).getAllByRole('checkbox').length).toBeGreaterThan(2);
		const live = document.querySelector('[aria-live="polite"].ct-visually-hidden')!;
		await waitFor(() => expect(live).toHaveTextContent(/^\d+ categories found for “network”\.$/));
		await user.clear(input);
		await user.type(input, 'routers{Enter}');
		await waitFor(() => expect(live).toHaveTextContent('1 category found for “routers”.'));
		await user.click(screen.getByRole('button', { name: 'Search' }));
		expect(live).toHaveTextContent('1 category found for “routers”.');
	});

	it('shows covered results as included and disabled', async () => {
		const { user } = setup({ codes: ['43220000'] });
		await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'routers');
		const box = await screen.findByRole('checkbox', { name: 'Network routers (43222609)' });
		expect(box).toBeChecked();
		expect(box).toBeDisabled();
		expect(box).toHaveAccessibleDescription(
			/Included in Data Voice or Multimedia Network Equipment or Platforms and Accessories \(43220000\)$/
		);
	});

	it('says so when nothing matches, and offers to browse', async () => {
		const { user, tree } = setup();
		const input = screen.getByRole('searchbox', { name: 'Search' });
		await user.type(input, 'qqqzzzxxj');
		await user.click(screen.getByRole('button', { name: 'Search' }));
		expect(await screen.findByText('No categories match “qqqzzzxxj”.')).toBeVisible();
		expect(screen.getByText(/Try a shorter or more general keyword/)).toBeVisible();
		const live = document.querySelector('[aria-live="polite"].ct-visually-hidden')!;
		await waitFor(() => expect(live).toHaveTextContent('No categories found for “qqqzzzxxj”.'));
		await user.click(screen.getByRole('button', { name: 'browse all categories' }));
		expect(tree()).toBeVisible();
		expect(input).toHaveValue('');
		expect(input).toHaveFocus();
	});
});

describe('UnspscSelector: Unknown', () => {
	it('replaces the codes, and a code replaces it, saying so each time', async () => {
		const { user, item, selected, onchange } = setup({ codes: ['43211503', '53101501'] });
		const unknown = item(UNKNOWN);
		await user.click(unknown);
		expect(unknown).toHaveAttribute('aria-checked', 'true');
		expect(screen.getByText('“Unknown” replaced your 2 selected codes.')).toBeVisible();
		expect(onchange).toHaveBeenLastCalledWith({ codes: [], unknown: true });
		// Listed under Selected Categories like any code.
		expect(within(selected()).getByRole('checkbox', { name: UNKNOWN })).toBeChecked();

		item(BUILDING).focus();
		await user.keyboard(' ');
		expect(unknown).toHaveAttribute('aria-checked', 'false');
		expect(screen.getByText(`Selected ${BUILDING}; “Unknown” was turned off.`)).toBeVisible();
		expect(onchange).toHaveBeenLastCalledWith({ codes: ['72000000'], unknown: false });

		// Space on its row chooses it again; a second Space turns it off.
		unknown.focus();
		await user.keyboard(' ');
		expect(onchange).toHaveBeenLastCalledWith({ codes: [], unknown: true });
		await user.keyboard(' ');
		expect(onchange).toHaveBeenLastCalledWith({ codes: [], unknown: false });
	});

	it('is found by searching "unknown" (or its start), first in the results', async () => {
		const { user, selected, onchange } = setup({ codes: ['53101501'] });
		const input = screen.getByRole('searchbox', { name: 'Search' });
		await user.type(input, 'unknown');
		const results = await screen.findByRole('list', { name: 'Search results' });
		const box = within(results).getAllByRole('checkbox')[0]!;
		expect(box).toHaveAccessibleName(UNKNOWN);
		expect(screen.getByText(/^1 category matches “unknown”\./)).toBeVisible();
		await user.click(box);
		expect(box).toBeChecked();
		expect(onchange).toHaveBeenLastCalledWith({ codes: [], unknown: true });
		expect(screen.getByText('“Unknown” replaced your 1 selected code.')).toBeVisible();
		expect(within(selected()).getByRole('checkbox', { name: UNKNOWN })).toBeChecked();

		await user.clear(input);
		await user.type(input, 'unk');
		expect(
			within(await screen.findByRole('list', { name: 'Search results' })).getByRole('checkbox', {
				name: UNKNOWN
			})
		).toBeChecked();
		await user.clear(input);
		await user.type(input, 'router');
		await screen.findByRole('checkbox', { name: 'Network routers (43222609)' });
		expect(screen.queryByRole('checkbox', { name: UNKNOWN, hidden: false })).toBe(
			within(selected()).getByRole('checkbox', { name: UNKNOWN })
		);
	});
});

describe('UnspscSelector: Selected Categories', () => {
	it('removes a code with its Remove button or by clearing its checkbox', async () => {
		const { user, selected, onchange } = setup({ codes: ['53101501', '43211503', '72101507'] });
		const panel = within(selected());
		expect(panel.getByText('3 selected')).toBeVisible();
		// Sorted by code.
		expect(panel.getAllByRole('checkbox').map((c) => c.id)).toEqual([
			'codes-sel-43211503',
			'codes-sel-53101501',
			'codes-sel-72101507'
		]);
		await user.click(panel.getByRole('button', { name: 'Remove Notebook computers (43211503)' }));
		expect(onchange).toHaveBeenLastCalledWith({ codes: ['53101501', '72101507'], unknown: false });
		expect(panel.getByText('2 selected')).toBeVisible();
		// Focus stays in the list, on the Remove button that took the row's place.
		expect(panel.getByRole('button', { name: 'Remove Mens slacks (53101501)' })).toHaveFocus();

		await user.click(panel.getByRole('checkbox', { name: 'Mens slacks (53101501)' }));
		expect(onchange).toHaveBeenLastCalledWith({ codes: ['72101507'], unknown: false });
		expect(
			panel.getByRole('checkbox', { name: 'Building maintenance service (72101507)' })
		).toHaveFocus();
	});

	it('clears all only after confirmation', async () => {
		const { user, selected, onchange } = setup({ codes: ['43211503', '53101501'] });
		const panel = within(selected());
		await user.click(panel.getByRole('button', { name: 'Clear all' }));
		expect(panel.getByText('Remove all 2 selected categories?')).toBeVisible();
		expect(panel.getByRole('button', { name: 'Yes, clear all' })).toHaveFocus();
		await user.click(panel.getByRole('button', { name: 'Cancel' }));
		expect(panel.getByText('2 selected')).toBeVisible();
		expect(panel.getByRole('button', { name: 'Clear all' })).toHaveFocus();
		expect(onchange).not.toHaveBeenCalled();

		await user.keyboard('{Enter}');
		await user.keyboard('{Escape}');
		expect(panel.getByRole('button', { name: 'Clear all' })).toHaveFocus();

		await user.keyboard('{Enter}');
		await user.click(panel.getByRole('button', { name: 'Yes, clear all' }));
		expect(onchange).toHaveBeenLastCalledWith({ codes: [], unknown: false });
		expect(panel.getByText('Please Select any commodity')).toBeVisible();
		expect(screen.getByRole('heading', { name: 'Selected Categories' })).toHaveFocus();
	});
});

describe('UnspscSelector: loading', () => {
	it('shows a loading state, then an error with a retry', async () => {
		let fail: (e: Error) => void = () => {};
		let attempts = 0;
		setUnspscBackendForTests(() => {
			attempts++;
			if (attempts > 1) return Promise.resolve(backend());
			return new Promise((_, reject) => (fail = reject));
		});
		const { user, tree } = setup();
		expect(screen.getByText('Loading commodity codes…')).toBeVisible();
		fail(new Error('The commodity code list could not be loaded (HTTP 503).'));
		expect(await screen.findByText(/could not be loaded \(HTTP 503\)/)).toBeVisible();
		await user.click(screen.getByRole('button', { name: 'Try again' }));
		expect(tree()).toBeVisible();
	});
});

describe('UnspscSelector: accessibility', () => {
	it('has no axe violations with the tree open, a selection, and search results', async () => {
		const { user, item, container } = setup({ codes: ['43220000', '53101501'] });
		item(IT).focus();
		await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}{ArrowRight}');
		const treeRun = await axe.run(container);
		expect(treeRun.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

		await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'network');
		await screen.findByRole('list', { name: 'Search results' });
		const resultsRun = await axe.run(container);
		expect(resultsRun.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
});
