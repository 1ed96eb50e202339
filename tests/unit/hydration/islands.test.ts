import type { Component } from 'svelte';
import { keepIsland, withIslands, type RenderIsland } from '$lib/hydration/islands';

const Island = (() => {}) as unknown as Component<Record<string, unknown>>;
const render: RenderIsland = (_, props, context) =>
	`<!--[--><h2>${String(context.get('title'))}${String(props.more ?? '')}</h2><!--]-->`;

describe('withIslands', () => {
	it('writes the kept island’s markup into its host, once, without the token', () => {
		const token = keepIsland(Island, {}, new Map([['title', 'Organization Information']]));
		const page = `<main><div data-island="${token}"></div><p>after</p></main>`;
		expect(withIslands(page, render)).toBe(
			'<main><div><!--[--><h2>Organization Information</h2><!--]--></div><p>after</p></main>'
		);
		// Taken: the same page again is left as it is.
		expect(withIslands(page, render)).toBe(page);
	});

	it('keeps the host’s other attributes and passes the props', () => {
		const token = keepIsland(Island, { more: '!' }, new Map([['title', 'Contact']]));
		expect(withIslands(`<div class="x" data-island="${token}" id="y"></div>`, render)).toBe(
			'<div class="x" id="y"><!--[--><h2>Contact!</h2><!--]--></div>'
		);
	});

	it('fills every island of a page, and the islands inside an island', () => {
		const inner = keepIsland(Island, {}, new Map([['title', 'Address']]));
		const outer = keepIsland(
			Island,
			{ more: `<div data-island="${inner}"></div>` },
			new Map([['title', 'Organization']])
		);
		const other = keepIsland(Island, {}, new Map([['title', 'Header']]));
		expect(
			withIslands(`<div data-island="${other}"></div><div data-island="${outer}"></div>`, render)
		).toBe(
			'<div><!--[--><h2>Header</h2><!--]--></div>' +
				'<div><!--[--><h2>Organization<div><!--[--><h2>Address</h2><!--]--></div></h2><!--]--></div>'
		);
	});

	it('leaves a page without an island as it is', () => {
		expect(withIslands('<main><h1>Log In</h1></main>', render)).toBe(
			'<main><h1>Log In</h1></main>'
		);
	});
});
