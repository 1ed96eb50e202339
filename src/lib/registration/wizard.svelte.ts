/**
 * The registration wizard's state for one tab: the open draft (autosaved through DraftAutosave),
 * the passwords typed in this tab (kept in memory only, never stored), and the flow setting.
 * One instance lives for the whole visit so moving between steps keeps everything.
 */
import { browser } from '$app/environment';
import { untrack } from 'svelte';
// Not through `$lib/domain/registration`: the wizard core is on every wizard page, and holds no
// step's shape (each page brings only its own step's rules).
import { coerceValues } from '$lib/domain/registration/coerce';
import { STEP_SLUGS } from '$lib/domain/registration/step-list';
import type { RegistrationValues, StepSlug } from '$lib/domain/registration/steps';
import type { z } from '$lib/domain/zod';
import { DraftAutosave, storageAnswered } from '$lib/storage/draft-autosave.svelte';
import { deleteExpiredDrafts, NO_DRAFT_MESSAGE } from '$lib/storage/drafts';
import { toStorableJson } from '$lib/storage/secrets';
import type { Result } from '$lib/domain/result';

export { REVIEW_SETTING, loadReviewSetting, saveReviewSetting } from './flow-settings';
import { loadReviewSetting, loadStyleSetting, type FlowStyle } from './flow-settings';

export type WizardPage = StepSlug | 'review';

class Wizard {
	readonly draft = new DraftAutosave();
	/** Passwords of this tab's visit: never in a draft; re-entered after a reload. */
	password = $state('');
	confirmPassword = $state('');
	/** The review step is on (default) or off (the guide's exact flow). */
	reviewOn = $state(true);
	/** As the guide, or improved (see flow-settings: a usability study's variant). */
	style = $state<FlowStyle>('improved');
	/** The draft has been opened (from storage or new). */
	ready = $state(false);
	/** Why the draft named in the address could not be opened (no key in this tab, wrong key...). */
	openError = $state<string | null>(null);
	/** A one-off message about the registration (after Start over). */
	notice = $state<string | null>(null);
	/** A step to open with its error summary shown (Submit found it invalid). */
	checkStep = $state<StepSlug | null>(null);

	/**
	 * The draft named in the address is in IndexedDB, which has not answered yet (see
	 * storage/fallback.ts): it opens once storage answers; meanwhile the step shows "Loading your
	 * registration…" under the site's storage warning.
	 */
	waitingForStorage = $state(false);

	#opening: Promise<void> | null = null;
	#reopen: Promise<void> | null = null;
	/** The shape each step's form read its values with: update() compares with its defaults. */
	#shapes: Partial<Record<StepSlug, z.ZodMiniObject>> = {};

	/**
	 * Opens draft `id` once per id, with `key` from its resume link or else the key this tab holds;
	 * without an id, starts a new registration at once (no storage is read before it shows).
	 */
	open(id: string | null, key?: string): Promise<void> {
		if (!browser) return Promise.resolve();
		if (this.ready && id && id === this.draft.id) return Promise.resolve();
		if (this.#opening) return this.#opening;
		this.password = '';
		this.confirmPassword = '';
		this.openError = null;
		if (!id) {
			// An untouched new registration is reused (opening twice makes one draft, not two).
			if (this.ready && this.#untouched()) return Promise.resolve();
			this.draft.startNew();
			this.ready = true;
			void this.#afterOpen();
			return Promise.resolve();
		}
		this.#opening = (async () => {
			this.ready = false;
			const opened = await this.draft.load(id, key);
			if (!opened.ok) {
				this.openError = opened.error.message;
				return;
			}
			// Not awaited: the page is built (and its storage warning shown) meanwhile.
			if (opened.value.source === 'waiting') {
				this.waitingForStorage = true;
				this.#reopen ??= storageAnswered().then(() => {
					this.#reopen = null;
					this.waitingForStorage = false;
					if (this.draft.id === id && !this.ready) return this.open(id, key);
				});
				return;
			}
			// A link (its key given) to a draft that is no longer stored opens nothing.
			if (key && opened.value.source === 'new') {
				this.openError = NO_DRAFT_MESSAGE;
				return;
			}
			await this.#afterOpen();
			this.ready = true;
		})().finally(() => (this.#opening = null));
		return this.#opening;
	}

	/** Resolves once a draft waiting for storage has opened (at once when none is waiting). */
	async whenOpen(): Promise<void> {
		await this.#opening;
		await this.#reopen;
	}

	#untouched(): boolean {
		const d = this.draft;
		return d.id !== '' && d.revision === 0 && !d.dirty && Object.keys(d.values).length === 0;
	}

	/** The flow setting, and the removal of drafts past their 30 days (neither blocks typing). */
	async #afterOpen() {
		[this.reviewOn, this.style] = await Promise.all([loadReviewSetting(), loadStyleSetting()]);
		void deleteExpiredDrafts();
	}

	/**
	 * The values of step `slug` (or just the fields of `shape`), read leniently from the draft with
	 * `shape`. Every step's values at once, for the review and Submit: `registrationValues()`.
	 */
	read<S extends z.ZodMiniObject>(slug: StepSlug, shape: S): z.infer<S> {
		return coerceValues(shape, this.draft.values[slug]);
	}

	/**
	 * The open step's values, read with its own shape (the page passes it: the wizard core loads no
	 * step's rules), passwords from memory.
	 */
	stepValues<K extends StepSlug>(slug: K, shape: z.ZodMiniObject): RegistrationValues[K] {
		this.#shapes[slug] = shape;
		const values = this.read(slug, shape) as RegistrationValues[K];
		if (slug !== 'contact') return values;
		return { ...values, password: this.password, confirmPassword: this.confirmPassword };
	}

	/**
	 * Records a step's current values (autosaved, passwords kept aside). Called from effects, so it
	 * reads the draft untracked; unchanged values are not saved again.
	 */
	update<K extends StepSlug>(slug: K, values: RegistrationValues[K], reached?: number) {
		untrack(() => {
			if (!this.ready) return;
			if (slug === 'contact') {
				const contact = values as RegistrationValues['contact'];
				this.password = contact.password;
				this.confirmPassword = contact.confirmPassword;
			}
			const progressed = reached !== undefined && reached > this.draft.stepReached;
			// A step the draft holds nothing for is compared with its defaults, known once its form
			// has read it (callers update the open step; values given before are simply saved).
			const shape = this.#shapes[slug];
			const before =
				this.draft.values[slug] ??
				(shape && toStorableJson(coerceValues(shape, {}) as Record<string, unknown>));
			const same =
				before !== undefined &&
				JSON.stringify(toStorableJson(values as Record<string, unknown>)) ===
					JSON.stringify(before);
			// Opening a step changes nothing: no draft is created until something is typed. Once
			// there is one (even unsaved yet), the step opened is recorded, to resume there.
			const untouched = this.draft.revision === 0 && !this.draft.dirty;
			if (same && !progressed && (this.draft.currentStep === slug || untouched)) return;
			this.notice = null;
			this.draft.updateStep(slug, values as Record<string, unknown>, {
				currentStep: slug,
				...(reached !== undefined && { stepReached: reached })
			});
		});
	}

	/** Bumped when the step's values are replaced from storage: the open step re-reads them. */
	generation = $state(0);

	/** Takes the version another tab saved, discarding this tab's unsaved changes. */
	async reloadNewer() {
		const result = await this.draft.reloadFromStorage();
		if (result.ok) this.generation++;
		return result;
	}

	/**
	 * "Start over and remove what I typed": deletes the draft everywhere (storage, this tab's copy
	 * and key) and starts a new one. On failure nothing is lost and the error says why.
	 */
	async startOver(): Promise<Result<void>> {
		const removed = await this.draft.discard();
		if (!removed.ok) return removed;
		this.password = '';
		this.confirmPassword = '';
		this.draft.startNew();
		this.generation++;
		this.notice = 'What you typed was removed. This is a new registration.';
		return removed;
	}

	/** After Submit: forget this tab's passwords and the draft. */
	finished() {
		this.password = '';
		this.confirmPassword = '';
		this.ready = false;
	}

	/** Which steps are complete, for the step indicator. */
	doneSteps(): boolean[] {
		return STEP_SLUGS.map((_, i) => i < this.draft.stepReached);
	}
}

export const wizard = new Wizard();
