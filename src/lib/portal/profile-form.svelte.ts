/**
 * One My Account form: its values, its problems and its Save, behaving like the registration
 * wizard's steps (src/lib/registration/step-form.svelte.ts) without superforms, which would
 * outweigh these pages' own code: the same domain rules, a field checked when it loses focus
 * once changed, every problem in the error summary on Save (focused), and a "Saved"
 * confirmation. What the person typed stays in the form whatever happens to the Save.
 */
import type { FieldProblem } from '$lib/domain/registration/fields';
import type { OrganizationRecord } from '$lib/storage/accounts';
import type { Result } from '$lib/storage/result';
import { NO_CHANGES_MESSAGE } from './organization';

export interface ProfileFormOptions<V> {
	/** The values the form opens with (from the organization record). */
	initial: V;
	/** Every problem in the values, in page order (the domain's rules). */
	problems: (values: V) => FieldProblem[];
	/** Checks that need storage (duplicates), run on Save once the rules pass. */
	check?: (values: V) => Promise<FieldProblem[]>;
	/** Saves through saveOrganization (which checks the permission and records the history). */
	save: (values: V) => Promise<Result<OrganizationRecord>>;
	/** The values to continue with after a save (the record as stored). */
	reset?: (saved: OrganizationRecord) => V;
}

export type SaveOutcome =
	| { kind: 'saved'; at: string }
	| { kind: 'unchanged'; message: string }
	| { kind: 'failed'; message: string };

export class ProfileForm<V extends object> {
	values = $state<V>(undefined as unknown as V);
	/** The problems shown beside their fields (and in the summary after Save). */
	problems = $state<FieldProblem[]>([]);
	/** The summary lists problems only after the person pressed Save. */
	showSummary = $state(false);
	/** Bumped on every Save so the summary takes focus again. */
	attempt = $state(0);
	saving = $state(false);
	outcome = $state<SaveOutcome | null>(null);

	/** The error summary's entries: each field's first problem, in page order. */
	readonly summary = $derived(
		this.showSummary ? this.problems.map((p) => ({ id: p.field, text: p.message })) : []
	);

	#options: ProfileFormOptions<V>;
	/** Fields the person changed (not state: only read when a field loses focus). */
	#edited: Record<string, true> = {};

	constructor(options: ProfileFormOptions<V>) {
		this.#options = options;
		this.values = options.initial;
	}

	/** The message shown next to a field, if any. */
	error(field: string): string | undefined {
		return this.problems.find((p) => p.field === field)?.message;
	}

	/** The person typed in or changed a field (input and change events of the form). */
	edited(field: string): void {
		if (field) this.#edited[field] = true;
	}

	/**
	 * Re-checks one field when it loses focus, once it was changed: its message appears,
	 * changes or goes; the others shown keep theirs (updated, or gone when fixed).
	 */
	validateField(field: string, force = false): void {
		if (!force && !this.#edited[field]) return;
		const all = firstPerField(this.#options.problems(this.values));
		const shown = this.problems.map((p) => p.field);
		this.problems = all.filter((p) => p.field === field || shown.includes(p.field));
	}

	/** Save: checks everything; when all is well, saves and confirms. */
	async submit(): Promise<void> {
		if (this.saving) return;
		this.outcome = null;
		const values = $state.snapshot(this.values) as V;
		let problems = firstPerField(this.#options.problems(values));
		if (problems.length === 0 && this.#options.check) {
			this.saving = true;
			problems = firstPerField(await this.#options.check(values));
			this.saving = false;
		}
		this.problems = problems;
		this.attempt++;
		this.showSummary = problems.length > 0;
		if (problems.length > 0) return;

		this.saving = true;
		const result = await this.#options.save(values);
		this.saving = false;
		if (result.ok) {
			this.#edited = {};
			if (this.#options.reset) this.values = this.#options.reset(result.value);
			this.outcome = { kind: 'saved', at: result.value.updatedAt };
		} else if (result.error.message === NO_CHANGES_MESSAGE) {
			this.outcome = { kind: 'unchanged', message: result.error.message };
		} else {
			this.outcome = { kind: 'failed', message: result.error.message };
		}
	}
}

/** One problem per field (the first), keeping their order. */
function firstPerField(problems: FieldProblem[]): FieldProblem[] {
	return problems.filter((p, i) => problems.findIndex((q) => q.field === p.field) === i);
}
