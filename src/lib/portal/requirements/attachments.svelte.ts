/**
 * The Attachments page's state: the organization's files, the uploads in progress and what
 * became of each action (for the status region), over the portal's attachment functions (which
 * check the permission again before every write).
 */
import {
	FOLDERS,
	INSURANCE_KINDS,
	type FolderId,
	type InsuranceKind
} from '$lib/domain/requirements';
import {
	deleteFile,
	downloadFile,
	folderLabel,
	listOrgFiles,
	moveFile,
	setFileVisibility,
	setInsuranceKind,
	uploadFiles,
	type OrgFile
} from './sections-and-files';

export interface Notice {
	kind: 'ok' | 'error';
	text: string;
}

export interface UploadProgress {
	folder: FolderId;
	/** Files finished. */
	done: number;
	total: number;
	/** The file being uploaded ('' when all are done). */
	name: string;
}

export interface UploadResult {
	folder: FolderId;
	uploaded: string[];
	/** One reason per refused file; each names the file. */
	refused: string[];
}

export function kindLabel(kind: InsuranceKind | null): string {
	return INSURANCE_KINDS.find((k) => k.id === kind)?.label ?? 'Not set';
}

export class AttachmentsState {
	/** Null while loading. */
	files = $state<OrgFile[] | null>(null);
	loadError = $state<string | null>(null);
	selectedId = $state<string | null>(null);
	/** What the last action did (a status message) or why it failed (an alert). */
	notice = $state<Notice | null>(null);
	progress = $state<UploadProgress | null>(null);
	lastUpload = $state<UploadResult | null>(null);
	busy = $state(false);

	readonly counts = $derived(
		Object.fromEntries(
			FOLDERS.map((f) => [f.id, (this.files ?? []).filter((x) => x.folder === f.id).length])
		) as Record<FolderId, number>
	);
	readonly selected = $derived(this.files?.find((f) => f.id === this.selectedId) ?? null);

	inFolder(folder: FolderId): OrgFile[] {
		return (this.files ?? []).filter((f) => f.folder === folder);
	}

	async load(): Promise<void> {
		const listed = await listOrgFiles();
		if (listed.ok) {
			this.files = listed.value;
			this.loadError = null;
		} else {
			this.loadError = listed.error.message;
		}
	}

	select(id: string | null): void {
		this.selectedId = this.selectedId === id ? null : id;
		this.notice = null;
	}

	async upload(files: readonly File[], folder: FolderId, kind: InsuranceKind | null) {
		if (this.busy || files.length === 0) return;
		this.busy = true;
		this.notice = null;
		this.lastUpload = null;
		this.progress = { folder, done: 0, total: files.length, name: files[0]?.name ?? '' };
		const result = await uploadFiles(files, folder, kind, (done, total, name) => {
			this.progress = { folder, done, total, name };
		});
		this.busy = false;
		this.progress = null;
		if (!result.ok) {
			this.notice = { kind: 'error', text: `Nothing was uploaded: ${result.error.message}` };
			return;
		}
		const uploaded = result.value.flatMap((o) => (o.ok ? [o.file] : []));
		this.files = [...(this.files ?? []), ...uploaded];
		this.lastUpload = {
			folder,
			uploaded: uploaded.map((f) => f.name),
			refused: result.value.flatMap((o) => (o.ok ? [] : [o.reason]))
		};
	}

	#replace(file: OrgFile) {
		this.files = (this.files ?? []).map((f) => (f.id === file.id ? file : f));
	}

	async setVisible(file: OrgFile, visible: boolean) {
		const saved = await setFileVisibility(file.id, visible);
		if (!saved.ok) {
			this.notice = {
				kind: 'error',
				text: `Visible to Buyer was not changed: ${saved.error.message}`
			};
			return;
		}
		this.#replace(saved.value);
		this.notice = {
			kind: 'ok',
			text: visible
				? `“${file.name}” is now visible to the buyer (State of Connecticut).`
				: `“${file.name}” is now hidden from the buyer (State of Connecticut).`
		};
	}

	async setKind(file: OrgFile, kind: InsuranceKind | null) {
		const saved = await setInsuranceKind(file.id, kind);
		if (!saved.ok) {
			this.notice = {
				kind: 'error',
				text: `The document type was not changed: ${saved.error.message}`
			};
			return;
		}
		this.#replace(saved.value);
		this.notice = { kind: 'ok', text: `“${file.name}” is now filed as ${kindLabel(kind)}.` };
	}

	async move(file: OrgFile, folder: FolderId, kind: InsuranceKind | null) {
		const moved = await moveFile(file.id, folder, folder === 'insurance' ? kind : undefined);
		if (!moved.ok) {
			this.notice = { kind: 'error', text: `“${file.name}” was not moved: ${moved.error.message}` };
			return;
		}
		this.#replace(moved.value);
		this.notice = { kind: 'ok', text: `“${file.name}” was moved to ${folderLabel(folder)}.` };
	}

	async remove(file: OrgFile): Promise<boolean> {
		const deleted = await deleteFile(file.id);
		if (!deleted.ok) {
			this.notice = {
				kind: 'error',
				text: `“${file.name}” was not deleted: ${deleted.error.message}`
			};
			return false;
		}
		this.files = (this.files ?? []).filter((f) => f.id !== file.id);
		if (this.selectedId === file.id) this.selectedId = null;
		this.notice = { kind: 'ok', text: `“${file.name}” was deleted.` };
		return true;
	}

	async download(file: OrgFile) {
		const done = await downloadFile(file.id);
		this.notice = done.ok
			? { kind: 'ok', text: `“${file.name}” was downloaded.` }
			: { kind: 'error', text: `“${file.name}” could not be downloaded: ${done.error.message}` };
	}
}
