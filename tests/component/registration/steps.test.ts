/**
 * The registration wizard's first three steps in jsdom: the error summary after Next and the
 * field marked invalid, for each named mistake that applies to the 'parent-fein' persona.
 */
import { freshDatabase } from '../../support/storage';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { goto } from '$app/navigation';
import {
	MISTAKES,
	mistakeAppliesTo,
	personaValues,
	type AnyMistake
} from '$lib/domain/registration/fixtures';
import { wizard } from '$lib/registration/wizard.svelte';
import InstructionsStep from '$lib/registration/steps/InstructionsStep.svelte';
import OrganizationStep from '$lib/registration/steps/OrganizationStep.svelte';
import ContactStep from '$lib/registration/steps/ContactStep.svelte';

vi.mock('$app/navigation', () => ({
	goto: vi.fn(),
	afterNavigate: vi.fn(),
	beforeNavigate: vi.fn(),
	onNavigate: vi.fn(),
	invalidateAll: vi.fn(),
	replaceState: vi.fn()
}));

/** Mistakes the page itself prevents (the State/Province list offers only Other abroad). */
const UI_PREVENTS = new Set(['non-us-country-with-us-state']);

const persona = personaValues('parent-fein');

/** Applicable mistakes of a step, except those that change the accepted address. */
function applicable<M extends AnyMistake>(list: readonly M[], values: Record<string, unknown>) {
	return list.filter((m) => {
		if (UI_PREVENTS.has(m.id) || !mistakeAppliesTo(m, persona)) return false;
		const changed = (m.apply as (v: unknown) => Record<string, unknown>)(values);
		return changed.acceptedAddress === values.acceptedAddress;
	});
}

beforeAll(() => {
	Element.prototype.scrollIntoView = vi.fn();
});

beforeEach(async () => {
	freshDatabase();
	vi.mocked(goto).mockClear();
	await wizard.open(null);
});

afterEach(() => cleanup());

async function pressNext() {
	const user = userEvent.setup();
	await user.click(screen.getByRole('button', { name: 'Next' }));
}

/** Asserts the summary links `message` and the field `id` is marked invalid. */
async function expectProblem(id: string, message: string) {
	const summary = await screen.findByRole('region', { name: 'There is a problem' });
	const links = within(summary)
		.getAllByRole('link')
		.map((a) => a.textContent);
	expect(links).toContain(message);
	const field = document.getElementById(id);
	expect(field).not.toBeNull();
	expect(field).toHaveAttribute('aria-invalid', 'true');
	expect(goto).not.toHaveBeenCalled();
}

describe('InstructionsStep', () => {
	it('shows the General Disclaimer with the agreement unchecked', () => {
		render(InstructionsStep);
		expect(screen.getByRole('heading', { name: 'General Disclaimer:' })).toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: /Yes, I agree\./ })).not.toBeChecked();
	});

	it('lists the missing agreement after Next, then goes on once agreed', async () => {
		const message = MISTAKES.instructions[0]!.expectedMessage;
		render(InstructionsStep);
		await pressNext();
		const summary = await screen.findByRole('region', { name: 'There is a problem' });
		expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
		expect(document.getElementById('agree-error')).toHaveTextContent(message);
		expect(goto).not.toHaveBeenCalled();

		const user = userEvent.setup();
		await user.click(screen.getByRole('checkbox', { name: /Yes, I agree\./ }));
		await pressNext();
		await vi.waitFor(() =>
			expect(goto).toHaveBeenCalledWith(expect.stringContaining('/register/organization'))
		);
	});
});

describe('OrganizationStep (parent-fein)', () => {
	it('goes on to the contact step with the persona’s values', async () => {
		wizard.update('organization', persona.organization);
		render(OrganizationStep);
		await pressNext();
		await vi.waitFor(() =>
			expect(goto).toHaveBeenCalledWith(expect.stringContaining('/register/contact'))
		);
	});

	const cases = applicable(MISTAKES.organization, persona.organization);
	it.each(cases.map((m) => [m.id, m] as const))('%s', async (_id, m) => {
		wizard.update('organization', m.apply(persona.organization));
		render(OrganizationStep);
		await pressNext();
		await expectProblem(m.field, m.expectedMessage);
	});
});

describe('ContactStep (parent-fein)', () => {
	it('goes on to the codes step with the persona’s values', async () => {
		wizard.update('contact', persona.contact);
		render(ContactStep);
		await pressNext();
		await vi.waitFor(() =>
			expect(goto).toHaveBeenCalledWith(expect.stringContaining('/register/codes'))
		);
	});

	const cases = applicable(MISTAKES.contact, persona.contact);
	it.each(cases.map((m) => [m.id, m] as const))('%s', async (_id, m) => {
		wizard.update('contact', m.apply(persona.contact));
		render(ContactStep);
		await pressNext();
		await expectProblem(m.field, m.expectedMessage);
	});
});
