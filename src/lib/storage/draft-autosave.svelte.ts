/**
 * The draft manager the registration wizard uses: it holds the open draft and makes sure that
 * nothing a person typed is lost.
 *
 * - Every change is saved to IndexedDB 400 ms after the last one (debounced), and at once when
 *   the page is hidden or left (`visibilitychange`, `pagehide`).
 * - Every change is also copied synchronously to this tab's sessionStorage. An IndexedDB write
 *   begun in `pagehide` does not reliably survive an immediate reload on Chromium (0 of 20 in our
 *   trials), a synchronous Web Storage write does (20 of 20); `load()` takes whichever copy is
 *   newer. The copy is tab-scoped (the next visitor's tab never sees it), and it is removed only
 *   once a save has reached IndexedDB: without IndexedDB (memory mode) it is the one copy that
 *   survives a reload, so it stays.
 * - The values are stored sealed under the draft's key (see drafts.ts); the key lives in the
 *   resume link and in this tab's sessionStorage (`draftKeyOf`), nowhere else.
 * - Every save names the revision it was based on. If another tab saved first, the save is
 *   refused and `conflict` is set; tabs also announce their saves on a BroadcastChannel so the
 *   other tab learns at once, not only on its next save.
 * - A failed save (storage full...) sets `saveError`; the values stay in memory, and `retry()`
 *   or the next change tries again.
 *
 * Use (in a page):
 *   const draft = new DraftAutosave();
 *   onMount(() => { void draft.load(id, keyFromLink); return () => draft.destroy(); });
 *   // on each input: draft.updateStep('business', form.data, { stepReached: 2 })
 *   {#if draft.saveError} …{draft.saveError.message} <button onclick={() => draft.retry()}>Retry</button>
 *   {#if draft.conflict} … <button onclick={() => draft.reloadFromStorage()}>Load the newer version</button>
 *
 * Fields are Svelte `$state`, so pages read them directly. Nothing here needs a component.
 */
import { CONFLICT_MESSAGE, deleteDraft, loadDraft, saveDraft, type DraftRecord } from './drafts';
import { isDraftKey, newDraftKey, WRONG_KEY } from './draft-seal';
import { storageStatus } from './status';
import { newId, nowIso } from './ids';
import { fail, ok, type Problem, type Result, type StorageError } from '$lib/domain/result';
import { RECORD_SCHEMA_VERSION } from './schema';
import { toStorableJson } from './secrets';
import { isoDate, jsonObject, z } from './validate';
import { DRAFT_COPY_PREFIX, getWebStorage, readJson, removeKey, writeJson } from './web-storage';
import { draftKeyOf, forgetDraftKey, rememberDraftKey } from './draft-keys';

export const DRAFT_CHANNEL = 'ctsource-drafts';
/** Debounce of autosave; the issue asks for at most 500 ms after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 400;

export const draftCopyKey = (id: string) => `${DRAFT_COPY_PREFIX}${id}`;

export { draftKeyOf };

export const NO_KEY_MESSAGE =
	'This registration opens only from its resume link. Use the link you copied or were e-mailed when you chose Save and Return Later.';

/** The synchronous Web Storage copy of an open draft (never holds a password). */
const draftCopySchema = z.object({
	id: z.string().check(z.minLength(1)),
	schemaVersion: z.int().check(z.positive()),
	/** The revision these values are based on. */
	revision: z.int().check(z.nonnegative()),
	values: z.record(z.string(), jsonObject),
	stepReached: z.int().check(z.nonnegative()),
	currentStep: z.optional(z.string()),
	savedAt: isoDate,
	tabId: z.string()
});
type DraftCopy = z.infer<typeof draftCopySchema>;

const messageSchema = z.object({ id: z.string(), revision: z.number(), tabId: z.string() });
export type DraftSavedMessage = z.infer<typeof messageSchema>;

type Values = Record<string, Record<string, unknown>>;
type VisibilityTarget = EventTarget & { visibilityState: DocumentVisibilityState };

export interface DraftAutosaveOptions {
	/** @default AUTOSAVE_DELAY_MS */
	delayMs?: number;
	/** Where the synchronous copy goes. @default this tab's sessionStorage when usable */
	storage?: Storage | null;
	/** BroadcastChannel name; null turns cross-tab notices off. @default DRAFT_CHANNEL */
	channelName?: string | null;
	/** Target of `pagehide`. @default window */
	window?: EventTarget | null;
	/** Target of `visibilitychange`. @default document */
	document?: VisibilityTarget | null;
}

/** Resolves once storage is no longer waiting for IndexedDB to answer (at once if it is not). */
export function storageAnswered(): Promise<void> {
	return new Promise((resolve) => {
		let stop: (() => void) | undefined;
		stop = storageStatus.subscribe((s) => {
			if (s.waiting) return;
			stop?.();
			stop = undefined;
			resolve();
		});
		if (!storageStatus.get().waiting) stop?.();
	});
}

export class DraftAutosave {
	/** Id of the open draft ('' before load/startNew). */
	id = $state('');
	/** The open draft's key (the secret part of its resume link). */
	key = $state('');
	/** Values per step as stored: secrets stripped, JSON only. */
	values = $state.raw<Values>({});
	stepReached = $state(0);
	currentStep = $state<string | undefined>(undefined);
	/** The stored revision these values are based on (0: never saved). */
	revision = $state(0);
	/** Changes not yet in IndexedDB. */
	dirty = $state(false);
	saving = $state(false);
	/** When IndexedDB last accepted a save. */
	savedAt = $state<string | null>(null);
	/** The last save failed (quota, unavailable...); values are kept, `retry()` tries again. */
	saveError = $state<StorageError | null>(null);
	/** Another tab saved a newer revision; saving is paused until the person chooses. */
	conflict = $state<{ theirRevision: number } | null>(null);
	/** Fields of a damaged draft that could not be restored. */
	problems = $state.raw<Problem[]>([]);

	/** Identifies this tab's manager in Web Storage copies and channel messages. */
	readonly tabId = newId();

	#delayMs: number;
	#storage: Storage | null;
	#channelName: string | null;
	#window: EventTarget | null;
	#document: VisibilityTarget | null;
	#channel: BroadcastChannel | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#changes = 0;
	#queue: Promise<unknown> = Promise.resolve();
	#connected = false;

	constructor(options: DraftAutosaveOptions = {}) {
		this.#delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
		this.#storage =
			options.storage !== undefined ? options.storage : getWebStorage('sessionStorage');
		this.#channelName = options.channelName !== undefined ? options.channelName : DRAFT_CHANNEL;
		this.#window =
			options.window !== undefined ? options.window : typeof window !== 'undefined' ? window : null;
		this.#document =
			options.document !== undefined
				? options.document
				: typeof document !== 'undefined'
					? document
					: null;
	}

	// ---- opening ------------------------------------------------------------------------------

	/** Starts an empty draft (id and key generated unless given); this tab holds its key. */
	startNew(id: string = newId(), key: string = newDraftKey()): string {
		this.#reset(id);
		this.key = key;
		rememberDraftKey(id, key);
		this.#connect();
		return id;
	}

	/**
	 * Opens draft `id` from whichever is newer: IndexedDB or the Web Storage copy (written by the
	 * last keystroke before a reload or crash). A copy that wins is saved to IndexedDB right away.
	 * `key` comes from a resume link; without it, the key this tab holds is used, and a tab that
	 * holds none gets an 'invalid' error (NO_KEY_MESSAGE) and nothing is opened. 'waiting': IndexedDB
	 * has not answered yet and this tab holds no copy; load again once `storageAnswered()`.
	 */
	async load(
		id: string,
		key: string | null = draftKeyOf(id)
	): Promise<Result<{ source: 'indexeddb' | 'web-storage' | 'new' | 'waiting' }>> {
		this.#reset(id);
		if (!key || !isDraftKey(key)) return fail('invalid', NO_KEY_MESSAGE);
		const stored = await loadDraft(id, key);
		// A wrong key opens nothing (not even this tab's copy), and is not remembered.
		if (!stored.ok && stored.error.cause === WRONG_KEY) return stored;
		this.key = key;
		rememberDraftKey(id, key);
		this.#connect();
		const copy = this.#readCopy();
		// IndexedDB has not answered yet (see fallback.ts) and this tab holds no copy: the draft
		// is there, not in memory. Open it once storage answers (`storageAnswered`), not empty now.
		if (!stored.ok && stored.error.kind === 'not-found' && !copy && storageStatus.get().waiting) {
			return ok({ source: 'waiting' });
		}
		const record = stored.ok ? stored.value : null;
		if (!stored.ok && stored.error.kind !== 'not-found' && !copy) return stored;
		// `>=`: a copy is removed once its contents are saved, so one that is still there holds
		// changes made after the last save, even within the same millisecond.
		if (copy && (!record || Date.parse(copy.savedAt) >= Date.parse(record.updatedAt))) {
			this.values = copy.values;
			this.stepReached = copy.stepReached;
			this.currentStep = copy.currentStep;
			this.revision = copy.revision;
			this.savedAt = record?.updatedAt ?? null;
			this.#changed(); // re-copied under this tab, saved after the debounce
			return ok({ source: 'web-storage' });
		}
		if (stored.ok) {
			this.#apply(stored.value);
			this.problems = stored.problems;
			return ok({ source: 'indexeddb' }, stored.problems);
		}
		return ok({ source: 'new' });
	}

	// ---- changes ------------------------------------------------------------------------------

	/** Replaces one step's values (what the step's form holds now). */
	updateStep(
		step: string,
		stepValues: Record<string, unknown>,
		progress: { stepReached?: number; currentStep?: string } = {}
	): void {
		this.values = { ...this.values, [step]: toStorableJson(stepValues) };
		this.#progress(progress);
		this.#changed();
	}

	/** Replaces all values. */
	update(values: Values, progress: { stepReached?: number; currentStep?: string } = {}): void {
		const next: Values = {};
		for (const [step, stepValues] of Object.entries(values))
			next[step] = toStorableJson(stepValues);
		this.values = next;
		this.#progress(progress);
		this.#changed();
	}

	#progress(progress: { stepReached?: number; currentStep?: string }) {
		if (progress.stepReached !== undefined) {
			this.stepReached = Math.max(this.stepReached, progress.stepReached);
		}
		if (progress.currentStep !== undefined) this.currentStep = progress.currentStep;
	}

	#changed() {
		this.dirty = true;
		this.#changes++;
		this.#writeCopy();
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.#delayMs);
	}

	// ---- saving -------------------------------------------------------------------------------

	/**
	 * Saves now (used by "Save and Return Later", pagehide and the debounce). Saves run one after
	 * another; resolves to the stored record, or null when there was nothing to save.
	 */
	flush(): Promise<Result<DraftRecord | null>> {
		clearTimeout(this.#timer);
		const run = this.#queue.then(() => this.#save());
		this.#queue = run.catch(() => {});
		return run;
	}

	/** Resolves when no save is running or queued (e.g. before leaving a page). */
	async idle(): Promise<void> {
		await this.#queue;
	}

	/** Tries the failed save again. */
	retry(): Promise<Result<DraftRecord | null>> {
		return this.flush();
	}

	async #save(): Promise<Result<DraftRecord | null>> {
		if (!this.dirty || !this.id) return ok(null);
		if (this.conflict) {
			return fail('conflict', CONFLICT_MESSAGE, { theirRevision: this.conflict.theirRevision });
		}
		const changesAtStart = this.#changes;
		this.saving = true;
		const result = await saveDraft({
			id: this.id,
			key: this.key,
			values: this.values,
			stepReached: this.stepReached,
			currentStep: this.currentStep,
			baseRevision: this.revision
		});
		this.saving = false;
		if (result.ok) {
			this.revision = result.value.revision;
			this.savedAt = result.value.updatedAt;
			this.saveError = null;
			if (this.#changes === changesAtStart) {
				this.dirty = false;
				// In memory mode the copy is the only one a reload keeps: it stays.
				if (storageStatus.get().persistent) this.#removeCopy();
			} else {
				this.#writeCopy(); // newer changes, now based on the new revision
			}
			this.#post({ id: this.id, revision: result.value.revision, tabId: this.tabId });
		} else if (result.error.kind === 'conflict') {
			this.conflict = { theirRevision: result.error.theirRevision ?? 0 };
		} else {
			this.saveError = result.error;
		}
		return result;
	}

	// ---- conflicts ----------------------------------------------------------------------------

	/** Takes the other tab's version (discarding this tab's unsaved changes). */
	async reloadFromStorage(): Promise<Result<DraftRecord>> {
		clearTimeout(this.#timer);
		await this.#queue;
		const stored = await loadDraft(this.id, this.key);
		if (!stored.ok) return stored;
		this.#apply(stored.value);
		this.problems = stored.problems;
		this.#removeCopy(true);
		return stored;
	}

	/** Keeps this tab's version, replacing the newer one the other tab saved. */
	keepMine(): Promise<Result<DraftRecord | null>> {
		if (this.conflict) {
			this.revision = this.conflict.theirRevision;
			this.conflict = null;
			this.dirty = true;
		}
		return this.flush();
	}

	/** Deletes the draft everywhere (after submitting, or "Discard draft"). */
	async discard(): Promise<Result<void>> {
		clearTimeout(this.#timer);
		await this.#queue;
		this.#removeCopy(true);
		const result = await deleteDraft(this.id);
		forgetDraftKey(this.id);
		this.#reset(this.id);
		this.key = '';
		return result;
	}

	/** Stops listening; unsaved changes are copied and a last save is started. */
	destroy(): void {
		if (this.dirty) this.#onHide();
		clearTimeout(this.#timer);
		this.#window?.removeEventListener('pagehide', this.#onHide);
		this.#document?.removeEventListener('visibilitychange', this.#onVisibility);
		this.#channel?.close();
		this.#channel = null;
		this.#connected = false;
	}

	// ---- internals ----------------------------------------------------------------------------

	#reset(id: string) {
		clearTimeout(this.#timer);
		this.id = id;
		this.values = {};
		this.stepReached = 0;
		this.currentStep = undefined;
		this.revision = 0;
		this.dirty = false;
		this.savedAt = null;
		this.saveError = null;
		this.conflict = null;
		this.problems = [];
	}

	#apply(record: DraftRecord) {
		this.values = record.values;
		this.stepReached = record.stepReached;
		this.currentStep = record.currentStep;
		this.revision = record.revision;
		this.savedAt = record.updatedAt;
		this.dirty = false;
		this.saveError = null;
		this.conflict = null;
	}

	/** Listeners are attached on first use, never during prerendering. */
	#connect() {
		if (this.#connected) return;
		this.#connected = true;
		this.#window?.addEventListener('pagehide', this.#onHide);
		this.#document?.addEventListener('visibilitychange', this.#onVisibility);
		if (this.#channelName && typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(this.#channelName);
			this.#channel.onmessage = (event: MessageEvent) => this.#onMessage(event.data);
		}
	}

	/** Last chance before the page may be discarded: copy synchronously, then start a save. */
	#onHide = () => {
		if (!this.dirty) return;
		this.#writeCopy();
		void this.flush();
	};

	#onVisibility = () => {
		if (this.#document?.visibilityState === 'hidden') this.#onHide();
	};

	#onMessage(data: unknown) {
		const message = messageSchema.safeParse(data);
		if (!message.success) return;
		const { id, revision, tabId } = message.data;
		if (id !== this.id || tabId === this.tabId || revision <= this.revision) return;
		this.conflict = { theirRevision: Math.max(revision, this.conflict?.theirRevision ?? 0) };
	}

	#post(message: DraftSavedMessage) {
		try {
			this.#channel?.postMessage(message);
		} catch {
			// Channel closed (page leaving): the other tab still learns on its next save.
		}
	}

	#writeCopy() {
		if (!this.id) return;
		const copy: DraftCopy = {
			id: this.id,
			schemaVersion: RECORD_SCHEMA_VERSION,
			revision: this.revision,
			values: this.values as DraftCopy['values'],
			stepReached: this.stepReached,
			...(this.currentStep !== undefined && { currentStep: this.currentStep }),
			savedAt: nowIso(),
			tabId: this.tabId
		};
		// Failure (no storage, quota) is tolerable: the IndexedDB save still runs.
		writeJson(this.#storage, draftCopyKey(this.id), copy);
	}

	#readCopy(): DraftCopy | null {
		const parsed = draftCopySchema.safeParse(readJson(this.#storage, draftCopyKey(this.id)));
		return parsed.success && parsed.data.id === this.id ? parsed.data : null;
	}

	/** Removes the copy once saved; another tab's newer copy of the same draft is left alone. */
	#removeCopy(force = false) {
		const copy = this.#readCopy();
		if (force || !copy || copy.tabId === this.tabId)
			removeKey(this.#storage, draftCopyKey(this.id));
	}
}
