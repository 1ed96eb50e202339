import type { Component } from 'svelte';
import { keepStep, withStepMarkup } from '$lib/registration/step-markup';

const Step = (() => {}) as unknown as Component;
const render = (_: Component, context: Map<unknown, unknown>) =>
	`<!--[--><h2>${String(context.get('title'))}</h2><!--]-->`;

describe('withStepMarkup', () => {
	it('writes the kept step’s markup into its host, once, without the token', () => {
		const token = keepStep(Step, new Map([['title', 'Organization Information']]));
		const page = `<main><div data-step-host="${token}"></div><p>after</p></main>`;
		expect(withStepMarkup(page, render)).toBe(
			'<main><div><!--[--><h2>Organization Information</h2><!--]--></div><p>after</p></main>'
		);
		// Taken: the same page again is left as it is.
		expect(withStepMarkup(page, render)).toBe(page);
	});

	it('keeps the host’s other attributes', () => {
		const token = keepStep(Step, new Map([['title', 'Contact']]));
		expect(withStepMarkup(`<div data-step-host="${token}" class="x"></div>`, render)).toBe(
			'<div class="x"><!--[--><h2>Contact</h2><!--]--></div>'
		);
	});

	it('leaves a page without a step as it is', () => {
		expect(withStepMarkup('<main><h1>Log In</h1></main>', render)).toBe(
			'<main><h1>Log In</h1></main>'
		);
	});
});
