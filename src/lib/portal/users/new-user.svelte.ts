/**
 * "New User": the form state of the page (the portal's form module): the user's information,
 * password and permissions under the user rules ($lib/portal/user-form), a UserName found taken
 * at Save kept as a problem until changed, and the save through createOrganizationUser. The
 * password lives only in this state until addUser hashes it; nothing else keeps it.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { FieldProblem } from '$lib/domain/registration/fields';
import { usernameKey } from '$lib/domain/validators';
import { FormState } from '$lib/forms/form.svelte';
import { isUsernameAvailable } from '$lib/storage/accounts';
import {
	emptyUserForm,
	takenMessage,
	USER_FORM_ORDER,
	userFormProblems,
	userInput,
	type UserFormValues
} from '../user-form';
import { createOrganizationUser, setUsersFlash } from '../users';
import { userFormBlur } from './user-form-blur';

export class NewUserForm {
	/** A UserName found taken at the last Save (it stays wrong until changed). */
	taken = $state<string | null>(null);
	/** A save that failed for a reason no field explains (storage, permission). */
	failure = $state<string | null>(null);
	readonly form: FormState<UserFormValues>;

	constructor() {
		this.form = new FormState<UserFormValues>({
			id: 'new-user',
			initial: emptyUserForm(),
			problems: (values) => this.problems(values),
			order: USER_FORM_ORDER,
			check: async (values, problems) => {
				if (problems.some((p) => p.field === 'username')) return problems;
				const available = await isUsernameAvailable(values.username);
				if (!available.ok || available.value) return problems;
				this.taken = values.username.trim();
				return this.problems(values);
			},
			submit: (values) => this.#save(values)
		});
	}

	/** Every problem of the values, in page order (with the UserName found taken). */
	problems(values: UserFormValues): FieldProblem[] {
		const found = userFormProblems(values, { withPassword: true });
		const taken = this.taken;
		if (
			taken &&
			!found.some((p) => p.field === 'username') &&
			usernameKey(values.username) === usernameKey(taken)
		) {
			found.push({ field: 'username', message: takenMessage(taken) });
		}
		return found;
	}

	/** For the form's `onfocusout` (see userFormBlur). */
	onFocusOut = (event: FocusEvent): void => userFormBlur(this.form, event);

	/** Save pressed. */
	submit = (event: SubmitEvent): void => {
		event.preventDefault();
		if (this.form.submitting) return;
		this.failure = null;
		void this.form.submit();
	};

	async #save(values: UserFormValues) {
		const saved = await createOrganizationUser(userInput(values), values.password);
		if (!saved.ok) {
			if (saved.error.kind === 'duplicate') {
				this.taken = values.username.trim();
				return { problems: this.problems(values) };
			}
			this.failure = saved.error.message;
			return;
		}
		this.form.values.password = '';
		this.form.values.confirmPassword = '';
		setUsersFlash(`User ${saved.value.username} was added.`);
		await goto(resolve('/portal/account/users'));
	}
}
