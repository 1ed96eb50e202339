import { render } from '@testing-library/svelte';
import type { FormState, FormStateOptions, FormValues, SubmitResult } from '$lib/forms/form.svelte';
import FormHarness from './FormHarness.svelte';
import {
	dropUnsaved,
	hasKeptUnsaved,
	hasUnsaved,
	keepUnsaved,
	resetUnsavedForTests,
	setUnsavedOwner,
	takeUnsaved,
	trackUnsaved,
	type Tracked
} from '$lib/forms/unsaved';

function tracked(id: string, values: Record<string, string>, dirty = true): Tracked {
	return { id, dirty: () => dirty, snapshot: () => ({ ...values }) };
}

let signedIn: string | null;

/** Moves this (jsdom) page to `path`, past SvelteKit's warning about its router. */
const goTo = (path: string) => History.prototype.replaceState.call(history, null, '', path);

beforeEach(() => {
	resetUnsavedForTests();
	signedIn = null;
	setUnsavedOwner(() => signedIn);
	goTo('/portal/account/contacts');
});

describe('unsaved changes', () => {
	it('are on screen while a tracked form is dirty, and gone when it is untracked', () => {
		const untrack = trackUnsaved(tracked('contacts', { email: 'a@b.example' }));
		trackUnsaved(tracked('other', {}, false));
		expect(hasUnsaved()).toBe(true);
		untrack();
		expect(hasUnsaved()).toBe(false);
	});

	it('kept when a session ends come back once, to the same user on the same page', () => {
		trackUnsaved(tracked('contacts', { email: 'typed@example.com' }));
		trackUnsaved(tracked('clean', { email: '' }, false));
		expect(keepUnsaved('user-1')).toBe(true);
		expect(hasKeptUnsaved()).toBe(true);

		// Nobody signed in yet: nothing is handed out (and nothing is dropped).
		expect(takeUnsaved('contacts')).toBeNull();
		signedIn = 'user-1';
		goTo('/portal/account/org');
		expect(takeUnsaved('contacts')).toBeNull(); // another page
		goTo('/portal/account/contacts');
		expect(takeUnsaved('clean')).toBeNull(); // it had nothing unsaved
		expect(takeUnsaved('contacts')).toEqual({ email: 'typed@example.com' });
		expect(takeUnsaved('contacts')).toBeNull(); // once
		expect(hasKeptUnsaved()).toBe(false);
	});

	it('kept for one user are dropped when another logs in', () => {
		trackUnsaved(tracked('contacts', { email: 'typed@example.com' }));
		keepUnsaved('user-1');
		signedIn = 'user-2';
		expect(takeUnsaved('contacts')).toBeNull();
		expect(hasKeptUnsaved()).toBe(false);
		signedIn = 'user-1';
		expect(takeUnsaved('contacts')).toBeNull();
	});

	it('are not kept when no form is dirty, and dropped on purpose', () => {
		trackUnsaved(tracked('contacts', {}, false));
		expect(keepUnsaved('user-1')).toBe(false);
		trackUnsaved(tracked('org', { dba: 'x' }));
		keepUnsaved('user-1');
		dropUnsaved();
		expect(hasKeptUnsaved()).toBe(false);
	});
});

/** A FormState made in a component, as pages make them; tracked until `unmount`. */
function made<V extends FormValues>(options: FormStateOptions<V>) {
	let form: FormState<V> | undefined;
	const { unmount } = render(FormHarness<V>, { options, onform: (f: FormState<V>) => (form = f) });
	return { form: form!, unmount };
}

describe('FormState and unsaved changes', () => {
	type Values = { email: string };
	const saved: SubmitResult<Values> = { outcome: { kind: 'saved', at: 'now' } };
	const options = (
		submit: FormStateOptions<Values>['submit'] = async () => saved
	): FormStateOptions<Values> => ({
		id: 'contacts',
		initial: { email: 'old@example.com' },
		problems: () => [],
		submit
	});

	it('is dirty once the values differ from those it opened with, set or saved', async () => {
		const { form, unmount } = made(options());
		expect(form.dirty).toBe(false);
		expect(hasUnsaved()).toBe(false);
		form.values.email = 'new@example.com';
		expect(form.dirty).toBe(true);
		expect(hasUnsaved()).toBe(true);
		form.values.email = 'old@example.com';
		expect(form.dirty).toBe(false);

		form.set({ email: 'loaded@example.com' });
		expect(form.dirty).toBe(false);
		form.values.email = 'typed@example.com';
		expect(form.dirty).toBe(true);
		await form.submit();
		expect(form.outcome).toMatchObject({ kind: 'saved' });
		expect(form.dirty).toBe(false);

		form.values.email = 'again@example.com';
		expect(hasUnsaved()).toBe(true);
		unmount(); // the page went: nothing on screen is unsaved
		expect(hasUnsaved()).toBe(false);
	});

	it('a submit that moves the page on by itself is no unsaved change, during or after it', async () => {
		let duringSubmit: boolean | undefined;
		const { form } = made(
			options(async () => {
				duringSubmit = hasUnsaved(); // the page's own goto asks the guard here
			})
		);
		form.values.email = 'typed@example.com';
		await form.submit();
		expect(duringSubmit).toBe(false);
		expect(form.dirty).toBe(false);
	});

	it('stays dirty when its save fails', async () => {
		const { form } = made(
			options(async () => ({ outcome: { kind: 'failed', message: 'Disk full.' } }))
		);
		form.values.email = 'typed@example.com';
		await form.submit();
		expect(form.outcome).toMatchObject({ kind: 'failed' });
		expect(form.dirty).toBe(true);
	});

	it('opens with the values kept for its user, says so, and counts them as unsaved', () => {
		trackUnsaved(tracked('contacts', { email: 'kept@example.com' }));
		keepUnsaved('user-1');
		signedIn = 'user-1';
		const { form } = made(options());
		expect(form.values.email).toBe('kept@example.com');
		expect(form.outcome).toMatchObject({ kind: 'restored' });
		expect(form.outcome && 'message' in form.outcome && form.outcome.message).toMatch(
			/What you typed before your session ended is back in the form/
		);
		expect(form.dirty).toBe(true);
	});

	it('a form loaded later (set) shows the kept values instead of the loaded ones, once', () => {
		trackUnsaved(tracked('contacts', { email: 'kept@example.com' }));
		keepUnsaved('user-1');
		signedIn = 'user-1';
		const { form } = made({ ...options(), initial: { email: '' } });
		form.set({ email: 'stored@example.com' });
		expect(form.values.email).toBe('kept@example.com');
		expect(form.dirty).toBe(true);
		form.set({ email: 'stored@example.com' });
		expect(form.values.email).toBe('stored@example.com');
	});
});
