/**
 * "Edit User" (?id=): the state of the page. The user's information and permissions are a form
 * of the portal's form module (user rules, a UserName found taken, and the organization rule
 * that someone must keep "Manage users"); beside it the account actions: password reset e-mail,
 * unlock, suspend / unsuspend and delete. Every action goes through $lib/portal/users, which
 * checks the permission, the organization and userChangeProblem again; the notes shown
 * beforehand are the same rules.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import {
	isMainContact,
	userChangeProblem,
	type Permission,
	type UserChange
} from '$lib/domain/permissions';
import type { FieldProblem } from '$lib/domain/registration/fields';
import { usernameKey } from '$lib/domain/validators';
import { FormState } from '$lib/forms/form.svelte';
import { isUsernameAvailable, type UserRecord } from '$lib/storage/accounts';
import type { Result } from '$lib/domain/result';
import { tick } from 'svelte';
import { session } from '../session.svelte';
import {
	displayName,
	emptyUserForm,
	permissionFieldId,
	takenMessage,
	USER_FORM_ORDER,
	userFormProblems,
	userFormValues,
	userInput,
	type UserFormValues
} from '../user-form';
import {
	deleteOrganizationUser,
	loadOrganizationUser,
	NOT_IN_ORGANIZATION_MESSAGE,
	resetOrganizationUserPassword,
	rolesWith,
	saveOrganizationUser,
	setUsersFlash,
	suspendOrganizationUser,
	unlockOrganizationUser,
	unsuspendOrganizationUser,
	userStatus
} from '../users';
import { userFormBlur } from './user-form-blur';

/** Where an account action's confirmation shows (a Save's outcome is the form's, SaveOutcome). */
export type Area = 'password' | 'account';
export type RefusalArea = Area | 'suspend' | 'delete';

/** The time of a save (a user record keeps none). */
const nowIso = (): string => new Date().toISOString();

/** The name a sentence uses for a user. */
export const userName = (u: UserRecord) => displayName(u) || u.username;

export class EditUserPage {
	user = $state<UserRecord | null>(null);
	users = $state<UserRecord[]>([]);
	actorId = $state('');
	notFound = $state<string | null>(null);
	/** The form's values are the user's (false while loading). */
	loaded = $state(false);
	busy = $state(false);
	taken = $state<string | null>(null);
	now = $state(Date.now());
	/**
	 * The confirmation of the last account action, shown (and announced) where it was taken; a
	 * Save's is the form's outcome. One of them shows at a time.
	 */
	notice = $state<{ area: Area; text: string } | null>(null);
	/** A refusal or failure of the last action, next to it. */
	problem = $state<{ area: RefusalArea; text: string } | null>(null);
	/** The "Delete user …?" question (a ConfirmDialog). */
	dialog = $state<{ open(): void } | undefined>();

	readonly form: FormState<UserFormValues> = new FormState<UserFormValues>({
		id: 'edit-user',
		initial: emptyUserForm(),
		problems: (values) => this.problems(values),
		order: USER_FORM_ORDER,
		check: async (values, problems) => {
			const user = this.user;
			if (
				!user ||
				problems.some((p) => p.field === 'username') ||
				usernameKey(values.username) === user.usernameLower
			) {
				return problems;
			}
			const available = await isUsernameAvailable(values.username);
			if (!available.ok || available.value) return problems;
			this.taken = values.username.trim();
			return this.problems(values);
		},
		submit: (values) => this.#save(values)
	});

	readonly title = $derived(this.user ? `Edit User ${this.user.username}` : 'Edit User');
	readonly status = $derived(this.user ? userStatus(this.user, this.now) : null);
	readonly suspendProblem = $derived(this.changeProblem({ kind: 'suspend' }));
	readonly deleteProblem = $derived(this.changeProblem({ kind: 'delete' }));
	/** Why "Manage users" must stay ticked, when it must. */
	readonly keepManagerNote = $derived.by(() => {
		const user = this.user;
		if (!user || !user.roles.includes('manage-users')) return null;
		const without = this.form.values.permissions.filter((p) => p !== 'manage-users');
		return this.changeProblem({ kind: 'roles', roles: rolesWith(user.roles, without) });
	});
	readonly permissionNotes = $derived<Partial<Record<Permission, string>>>(
		this.keepManagerNote && this.form.values.permissions.includes('manage-users')
			? { 'manage-users': this.keepManagerNote }
			: {}
	);

	changeProblem(change: UserChange): string | null {
		return this.user ? userChangeProblem(this.users, this.user.id, change, this.actorId) : null;
	}

	/** Every problem of the values, in page order (UserName taken, "Manage users" kept). */
	problems(values: UserFormValues): FieldProblem[] {
		const user = this.user;
		if (!user) return [];
		const found = userFormProblems(values, { withPassword: false });
		const taken = this.taken;
		if (
			taken &&
			!found.some((p) => p.field === 'username') &&
			usernameKey(values.username) === usernameKey(taken)
		) {
			found.push({ field: 'username', message: takenMessage(taken) });
		}
		const roles = this.changeProblem({
			kind: 'roles',
			roles: rolesWith(user.roles, values.permissions)
		});
		if (roles) found.push({ field: permissionFieldId('manage-users'), message: roles });
		return found;
	}

	/** Opens the page on a user (again when the id changes). */
	async load(userId: string): Promise<void> {
		this.user = null;
		this.loaded = false;
		this.notFound = null;
		const loaded = await loadOrganizationUser(userId);
		if (!loaded.ok) {
			this.notFound =
				loaded.error.kind === 'not-found' ? NOT_IN_ORGANIZATION_MESSAGE : loaded.error.message;
			return;
		}
		this.#apply(loaded.value.user, loaded.value.users);
		this.actorId = loaded.value.actor.id;
		const mainAddress = session.organization?.details.mainContact.address;
		this.form.set(
			userFormValues(loaded.value.user, isMainContact(loaded.value.user) ? mainAddress : undefined)
		);
		this.loaded = true;
	}

	/** Takes a user record written by an action (the form keeps what is being typed). */
	#apply(next: UserRecord, all: UserRecord[] = this.users) {
		this.user = next;
		this.users = all.some((u) => u.id === next.id)
			? all.map((u) => (u.id === next.id ? next : u))
			: all;
		this.now = Date.now();
	}

	#done(area: Area, text: string) {
		this.problem = null;
		this.notice = { area, text };
	}

	/** Nothing from the last action or Save stays on the page. */
	#clear() {
		this.notice = null;
		this.problem = null;
		this.form.outcome = null;
	}

	/** For the form's `onfocusout` (see userFormBlur). */
	onFocusOut = (event: FocusEvent): void => userFormBlur(this.form, event);

	/** Save pressed. */
	save = (event: SubmitEvent): void => {
		event.preventDefault();
		if (!this.user || this.busy || this.form.submitting) return;
		this.#clear();
		void this.form.submit();
	};

	async #save(values: UserFormValues) {
		const user = this.user;
		if (!user) return;
		this.busy = true;
		const saved = await saveOrganizationUser(user.id, userInput(values));
		this.busy = false;
		if (!saved.ok) {
			if (saved.error.kind === 'duplicate') {
				this.taken = values.username.trim();
				return { problems: this.problems(values) };
			}
			return { outcome: { kind: 'failed' as const, message: saved.error.message } };
		}
		this.#apply(saved.value);
		// Worded by the page: "Saved. The changes to user … were saved."
		return { outcome: { kind: 'saved' as const, at: nowIso() } };
	}

	/** Runs an action on the user and shows its confirmation or its refusal beside it. */
	async #act(
		area: Area,
		refusedAt: RefusalArea,
		action: () => Promise<Result<UserRecord>>,
		message: (u: UserRecord) => string
	) {
		if (this.busy) return;
		this.#clear();
		this.busy = true;
		const result = await action();
		this.busy = false;
		if (!result.ok) {
			this.problem = { area: refusedAt, text: result.error.message };
			return;
		}
		this.#apply(result.value);
		this.#done(area, message(result.value));
	}

	resetPassword = (): void => {
		const target = this.user;
		if (!target) return;
		void this.#act(
			'password',
			'password',
			() => resetOrganizationUserPassword(target.id),
			(u) =>
				`A password reset e-mail was sent to ${u.email}. Its link lets ${userName(u)} choose a new password; it works once, for 30 minutes.`
		);
	};

	unlock = (): void => {
		const target = this.user;
		if (!target) return;
		void this.#act(
			'password',
			'password',
			() => unlockOrganizationUser(target.id),
			(u) => `User ${u.username} was unlocked and can log in again.`
		);
	};

	toggleSuspension = (): void => {
		const target = this.user;
		if (!target) return;
		if (!target.suspended && this.suspendProblem) {
			this.#clear();
			this.problem = { area: 'suspend', text: this.suspendProblem };
			return;
		}
		void this.#act(
			'account',
			'suspend',
			() =>
				target.suspended
					? unsuspendOrganizationUser(target.id)
					: suspendOrganizationUser(target.id),
			(u) =>
				u.suspended
					? `User ${u.username} was suspended: they cannot log in, and any session they had open was ended.`
					: `User ${u.username} was unsuspended and can log in again.`
		);
	};

	askDelete = (): void => {
		if (!this.user) return;
		this.#clear();
		if (this.deleteProblem) {
			this.problem = { area: 'delete', text: this.deleteProblem };
			return;
		}
		this.dialog?.open();
	};

	confirmDelete = async (): Promise<void> => {
		const user = this.user;
		if (!user || this.busy) return;
		this.busy = true;
		const deleted = await deleteOrganizationUser(user.id);
		this.busy = false;
		if (!deleted.ok) {
			this.problem = { area: 'delete', text: deleted.error.message };
			await tick();
			document.getElementById('delete-user')?.focus();
			return;
		}
		setUsersFlash(`User ${deleted.value.username} was deleted.`);
		await goto(resolve('/portal/account/users'));
	};
}
