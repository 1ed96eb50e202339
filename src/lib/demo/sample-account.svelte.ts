/**
 * "Sample supplier accounts": a persona and its UserName on the portal's form pattern
 * ($lib/forms/form.svelte). The UserName follows the contact step's rule (under the field and in
 * the error summary); a valid form registers the persona's organization the way Submit My
 * Registration does, and `result` says what came of it.
 */
import { usernameMessage } from '$lib/domain/registration/contact';
import { PERSONAS, personaValues, type PersonaId } from '$lib/domain/registration/personas';
import { FormState } from '$lib/forms/form.svelte';

export interface SampleAccountValues extends Record<string, unknown> {
	personaId: PersonaId;
	username: string;
}

export class SampleAccountForm {
	/** What the last Create did (the created account, or why it was not created). */
	result = $state<{ ok: boolean; text: string } | null>(null);
	readonly form = new FormState<SampleAccountValues>({
		id: 'sample-account',
		initial: { personaId: PERSONAS[0]!.id, username: PERSONAS[0]!.values.contact.username },
		problems: (values) => {
			const message = usernameMessage(values.username);
			return message ? [{ field: 'username', message }] : [];
		},
		order: ['username'],
		idOf: (field) => `sample-${field}`,
		submit: (values) => this.#create(values)
	});

	/** A persona was picked: its own UserName. */
	pick = (): void => {
		const persona = PERSONAS.find((p) => p.id === this.form.values.personaId) ?? PERSONAS[0]!;
		this.form.values.username = persona.values.contact.username;
		this.form.clearErrors();
		this.result = null;
	};

	submit = (event: SubmitEvent): void => {
		event.preventDefault();
		this.result = null;
		void this.form.submit();
	};

	async #create(input: SampleAccountValues): Promise<void> {
		const values = personaValues(input.personaId);
		values.contact.username = input.username.trim();
		// Submit My Registration and its rules load when the person creates an account.
		const [{ submitRegistration }, { firstInvalidStep }] = await Promise.all([
			import('$lib/registration/submit'),
			import('$lib/domain/registration/schemas')
		]);
		const outcome = await submitRegistration(values, firstInvalidStep(values));
		if (outcome.kind === 'done') {
			this.result = {
				ok: true,
				text: `Created ${outcome.organization.legalName}. Username: ${outcome.user.username} · Password: ${values.contact.password}`
			};
		} else {
			this.result = {
				ok: false,
				text:
					outcome.kind === 'failed'
						? outcome.message
						: (outcome.message ??
							`This persona cannot be registered now: its ${outcome.step} step is refused (for example, its taxpayer number is already registered).`)
			};
		}
	}
}
