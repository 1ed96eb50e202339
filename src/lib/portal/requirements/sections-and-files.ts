/**
 * Account Management → State of Connecticut: the Additional Required Attributes sections as
 * stored with the organization (details.requirements.<section> = { values, updatedAt }), and the
 * organization's attachments (upload with checks, move, visibility, delete, download). Every
 * action checks the "Manage organization profile" permission again before it writes.
 */
import {
	checkUpload,
	emptyCompanyInfo,
	emptyEconomicImpact,
	emptyElections,
	emptyEo13g,
	folderLabel,
	SIGNATURE_BYTES,
	type CompanyInfoValues,
	type ElectionsValues,
	type Eo13gValues,
	type EconomicImpactValues,
	type FolderId,
	type InsuranceKind,
	type ReadinessFile,
	readiness,
	type ReadinessItem
} from '$lib/domain/requirements';
import { type OrganizationRecord } from '$lib/storage/accounts';
import type { DocumentRef } from '$lib/storage/boards';
import {
	deleteAttachment,
	getAttachment,
	listAttachments,
	saveAttachment,
	updateAttachment,
	type AttachmentRecord
} from '$lib/storage/attachments';
import { type Result } from '$lib/domain/result';
import { fail, ok } from '$lib/domain/result';
import { saveOrganization } from '../organization';
import { session } from '../session.svelte';
import { localToday } from './formatting-and-links';

export interface SectionValues {
	economicImpact: EconomicImpactValues;
	companyInfo: CompanyInfoValues;
	elections: ElectionsValues;
	eo13g: Eo13gValues;
}

export type SectionId = keyof SectionValues;

export const SECTION_TITLES: Record<SectionId, string> = {
	economicImpact: 'Connecticut Economic Impact Form',
	companyInfo: 'Additional Company Information',
	elections: 'Certifications and Prequalification',
	eo13g: "Contractor's Declaration (Executive Order No. 13G)"
};

const EMPTY: { [K in SectionId]: () => SectionValues[K] } = {
	economicImpact: emptyEconomicImpact,
	companyInfo: emptyCompanyInfo,
	elections: emptyElections,
	eo13g: emptyEo13g
};

export interface StoredSection<K extends SectionId> {
	values: SectionValues[K];
	/** When it was last saved (ISO), null when never. */
	updatedAt: string | null;
}

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Merges stored values over the empty ones, keeping only known keys of the right type (the
 * organization's details keep a section's values as JSON: their shape is the section's).
 */
function merge<T>(empty: T, stored: unknown): T {
	if (!isJson(empty)) return typeof stored === typeof empty ? (stored as T) : empty;
	const out: Json = { ...empty };
	const from = isJson(stored) ? stored : {};
	for (const key of Object.keys(out)) {
		if (key in from) out[key] = merge(out[key], from[key]);
	}
	return out as T;
}

/** A section as stored with the organization (empty values when never saved). */
export function readSection<K extends SectionId>(
	org: OrganizationRecord | null,
	id: K
): StoredSection<K> {
	const stored = org?.details.requirements[id];
	return {
		values: merge(EMPTY[id](), stored?.values),
		updatedAt: stored?.updatedAt ?? null
	};
}

/** Saves one section (the caller validated it); recorded in the organization's history. */
export async function saveSection<K extends SectionId>(
	id: K,
	values: SectionValues[K]
): Promise<Result<OrganizationRecord>> {
	return saveOrganization(`Additional Required Attributes: ${SECTION_TITLES[id]}`, (org) => {
		const before = readSection(org, id);
		const changed = JSON.stringify(before.values) !== JSON.stringify(values);
		return {
			patch: {
				details: {
					...org.details,
					requirements: {
						...org.details.requirements,
						[id]: { values: structuredClone(values), updatedAt: new Date().toISOString() }
					}
				}
			},
			fields: changed || !before.updatedAt ? [SECTION_TITLES[id]] : []
		};
	});
}

// ---- attachments -----------------------------------------------------------------------------

export interface OrgFile {
	id: string;
	name: string;
	size: number;
	type: string;
	folder: FolderId;
	insuranceKind: InsuranceKind | null;
	visibleToBuyer: boolean;
	uploadedAt: string;
}

const FOLDER_IDS = ['insurance', 'certification', 'w9', 'statutory', 'other'];

function toOrgFile(a: AttachmentRecord): OrgFile {
	const folder = (FOLDER_IDS.includes(a.category ?? '') ? a.category : 'other') as FolderId;
	const kind = a.insuranceKind;
	return {
		id: a.id,
		name: a.name,
		size: a.size,
		type: a.type,
		folder,
		insuranceKind:
			folder === 'insurance' &&
			(kind === 'declaration' || kind === 'certificate' || kind === 'endorsement')
				? kind
				: null,
		visibleToBuyer: a.visibleToBuyer !== false,
		uploadedAt: a.createdAt
	};
}

/** The signed-in organization's files, oldest first. */
export async function listOrgFiles(): Promise<Result<OrgFile[]>> {
	const org = session.organization;
	if (!org) return fail('invalid', 'Your session has ended. Log in again.');
	const listed = await listAttachments({ organizationId: org.id });
	return listed.ok ? ok(listed.value.map(toOrgFile), listed.problems) : listed;
}

export function readinessFiles(files: readonly OrgFile[]): ReadinessFile[] {
	return files.map((f) => ({
		folder: f.folder,
		insuranceKind: f.insuranceKind,
		visibleToBuyer: f.visibleToBuyer,
		uploadedAt: f.uploadedAt
	}));
}

/**
 * An organization's Contract Award Readiness checklist from what it has stored: its files and its
 * Additional Required Attributes (the supplier's page and the agency's finalize both read this).
 */
export async function organizationReadiness(
	org: OrganizationRecord,
	now = new Date()
): Promise<Result<ReadinessItem[]>> {
	const listed = await listAttachments({ organizationId: org.id });
	if (!listed.ok) return listed;
	const section = <K extends 'companyInfo' | 'elections' | 'eo13g'>(id: K) => {
		const s = readSection(org, id);
		return s.updatedAt ? s.values : null;
	};
	return ok(
		readiness({
			// "Uploaded this calendar year" is the person's year, not UTC's (New Year's Eve).
			files: readinessFiles(listed.value.map(toOrgFile)).map((f) => ({
				...f,
				uploadedAt: localToday(new Date(f.uploadedAt))
			})),
			companyInfo: section('companyInfo'),
			elections: section('elections'),
			eo13g: section('eo13g'),
			today: localToday(now)
		}),
		listed.problems
	);
}

export type UploadOutcome = { name: string } & (
	{ ok: true; file: OrgFile } | { ok: false; reason: string }
);

/**
 * Uploads files one by one into a folder, refusing (by name, with the reason) any that is not an
 * allowed kind by extension and content, or is over 10 MB. `progress` is told before each file.
 */
export async function uploadFiles(
	files: readonly File[],
	folder: FolderId,
	insuranceKind: InsuranceKind | null,
	progress?: (done: number, total: number, name: string) => void
): Promise<Result<UploadOutcome[]>> {
	const auth = await session.authorize('manage-profile');
	if (!auth.ok) return auth;
	const outcomes: UploadOutcome[] = [];
	for (const [i, file] of files.entries()) {
		progress?.(i, files.length, file.name);
		const head = new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer());
		const check = checkUpload(file, head);
		if (!check.ok) {
			outcomes.push({ name: file.name, ok: false, reason: check.reason });
			continue;
		}
		const saved = await saveAttachment({
			organizationId: auth.value.organization.id,
			name: file.name,
			blob: file,
			type: check.mime,
			category: folder,
			insuranceKind: folder === 'insurance' ? insuranceKind : null,
			visibleToBuyer: true
		});
		outcomes.push(
			saved.ok
				? { name: file.name, ok: true, file: toOrgFile(saved.value) }
				: { name: file.name, ok: false, reason: `“${file.name}”: ${saved.error.message}` }
		);
	}
	progress?.(files.length, files.length, '');
	return ok(outcomes);
}

async function ownFile(id: string): Promise<Result<AttachmentRecord>> {
	const auth = await session.authorize('manage-profile');
	if (!auth.ok) return auth;
	const found = await getAttachment(id);
	if (!found.ok) return found;
	if (found.value.organizationId !== auth.value.organization.id) {
		return fail('not-found', 'This file was not found in your organization.');
	}
	return found;
}

/**
 * Moves a file to another folder. Leaving Insurance documents drops the insurance kind; moving
 * into it takes `insuranceKind` (which of the three documents it is) when given.
 */
export async function moveFile(
	id: string,
	folder: FolderId,
	insuranceKind?: InsuranceKind | null
): Promise<Result<OrgFile>> {
	const file = await ownFile(id);
	if (!file.ok) return file;
	const moved = await updateAttachment(id, {
		category: folder,
		...(folder !== 'insurance' && { insuranceKind: null }),
		...(folder === 'insurance' && insuranceKind !== undefined && { insuranceKind })
	});
	return moved.ok ? ok(toOrgFile(moved.value)) : moved;
}

export async function setFileVisibility(id: string, visible: boolean): Promise<Result<OrgFile>> {
	const file = await ownFile(id);
	if (!file.ok) return file;
	const saved = await updateAttachment(id, { visibleToBuyer: visible });
	return saved.ok ? ok(toOrgFile(saved.value)) : saved;
}

export async function setInsuranceKind(
	id: string,
	kind: InsuranceKind | null
): Promise<Result<OrgFile>> {
	const file = await ownFile(id);
	if (!file.ok) return file;
	const saved = await updateAttachment(id, { insuranceKind: kind });
	return saved.ok ? ok(toOrgFile(saved.value)) : saved;
}

export async function deleteFile(id: string): Promise<Result<void>> {
	const file = await ownFile(id);
	if (!file.ok) return file;
	return deleteAttachment(id);
}

/**
 * Saves the file to the person's computer, exactly as uploaded. It is handed over as a download
 * (application/octet-stream), never opened inline: an uploaded file is not trusted content.
 */
export async function downloadFile(id: string): Promise<Result<void>> {
	const auth = await session.authorize(null);
	if (!auth.ok) return auth;
	const found = await getAttachment(id);
	if (!found.ok) return found;
	if (found.value.organizationId !== auth.value.organization.id) {
		return fail('not-found', 'This file was not found in your organization.');
	}
	offerDownload(found.value.name, found.value.blob);
	return ok(undefined);
}

/**
 * Hands a stored file to the person's computer as a download (application/octet-stream), never
 * opened inline: an uploaded file is not trusted content.
 */
export function offerDownload(name: string, content: Blob): void {
	const blob = new Blob([content], { type: 'application/octet-stream' });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Stores files for a solicitation, an addendum or a response ('solicitation:<id>', ...) with the
 * attachment rules (an allowed kind by extension and content, 10 MB at most); refused ones come
 * back with their reason.
 */
async function saveOwnedFiles(
	ownerId: string,
	files: readonly File[]
): Promise<{ saved: DocumentRef[]; refused: string[] }> {
	const saved: DocumentRef[] = [];
	const refused: string[] = [];
	for (const file of files) {
		const head = new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer());
		const check = checkUpload(file, head);
		if (!check.ok) {
			refused.push(check.reason);
			continue;
		}
		const stored = await saveAttachment({ ownerId, name: file.name, blob: file, type: check.mime });
		if (stored.ok) {
			const { id, name, size, type } = stored.value;
			saved.push({ id, name, size, type });
		} else refused.push(`“${file.name}”: ${stored.error.message}`);
	}
	return { saved, refused };
}

/**
 * Stores files for an owner (see saveOwnedFiles), then lists them on the owner's record with
 * `attach` (given the new files' references); when that fails the stored files are removed again,
 * so no file is left that no record names.
 */
export async function attachOwnedFiles<T>(
	ownerId: string,
	files: readonly File[],
	attach: (refs: DocumentRef[]) => Promise<Result<T>>,
	/** Refuse them all when one is refused (nothing is attached then). */
	allOrNothing = false
): Promise<Result<{ value: T; refused: string[] }>> {
	const { saved, refused } = await saveOwnedFiles(ownerId, files);
	const forget = async () => {
		for (const ref of saved) await deleteAttachment(ref.id);
	};
	if (allOrNothing && refused.length) {
		await forget();
		return fail('invalid', refused.join(' '));
	}
	const attached = await attach(saved);
	if (!attached.ok) {
		await forget();
		return attached;
	}
	return ok({ value: attached.value, refused });
}
/** Downloads a solicitation's, an addendum's or a response's file. */
export async function downloadOwnedFile(ownerId: string, id: string): Promise<Result<void>> {
	const found = await getAttachment(id);
	if (!found.ok) return found;
	if (found.value.ownerId !== ownerId) return fail('not-found', 'This file was not found.');
	offerDownload(found.value.name, found.value.blob);
	return ok(undefined);
}

export { folderLabel };
