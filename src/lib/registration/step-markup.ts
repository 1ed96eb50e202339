/**
 * A prerendered wizard page's step, from the page's render to the hook that writes the step's
 * markup into the page (see StepHost): the page's own hydration must find the step's host empty.
 * Used while pages are prerendered, never in the browser; the rendering itself is the hook's
 * (`svelte/server` stays out of the browser's code).
 */
import type { Component } from 'svelte';

interface KeptStep {
	Step: Component;
	/** The contexts the step is rendered with: the page's own. */
	context: Map<unknown, unknown>;
}

const kept = new Map<string, KeptStep>();
let next = 0;

/** Keeps a page's step; the returned token marks its host in the page's HTML. */
export function keepStep(Step: Component, context: Map<unknown, unknown>): string {
	const token = String(++next);
	kept.set(token, { Step, context });
	return token;
}

const HOST = /<div data-step-host="(\d+)"([^>]*)><\/div>/;

/**
 * The page with its step's markup, made by `render`, in the step's host; a page without one is
 * unchanged.
 */
export function withStepMarkup(
	html: string,
	render: (Step: Component, context: Map<unknown, unknown>) => string
): string {
	const host = HOST.exec(html);
	const step = host && kept.get(host[1]!);
	if (!host || !step) return html;
	kept.delete(host[1]!);
	return html.replace(host[0], () => `<div${host[2]}>${render(step.Step, step.context)}</div>`);
}
