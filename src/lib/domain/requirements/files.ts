/**
 * Attachments: the guide's Document Category folders and what may be uploaded. A file is accepted
 * by its extension AND by its first bytes (content signature), so an executable renamed to .pdf is
 * refused, by name, with the reason.
 */

export const FOLDERS = [
	{ id: 'insurance', label: 'Insurance documents' },
	{ id: 'certification', label: 'Certification documents' },
	{ id: 'w9', label: 'W-9' },
	{ id: 'statutory', label: 'Statutory affidavits/certifications' },
	{ id: 'other', label: 'Other' }
] as const;

export type FolderId = (typeof FOLDERS)[number]['id'];

export const INSURANCE_KINDS = [
	{ id: 'declaration', label: 'Insurance Declaration' },
	{ id: 'certificate', label: 'Certificate of Insurance (Acord Form)' },
	{ id: 'endorsement', label: 'Endorsement of Policy' }
] as const;

export type InsuranceKind = (typeof INSURANCE_KINDS)[number]['id'];

export function folderLabel(id: string): string {
	return FOLDERS.find((f) => f.id === id)?.label ?? 'Other';
}

export function isFolderId(id: string): id is FolderId {
	return FOLDERS.some((f) => f.id === id);
}

/** Largest file accepted: 10 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Bytes of a file's start that the signature check needs. */
export const SIGNATURE_BYTES = 8;

type Signature = 'pdf' | 'ole' | 'zip' | 'jpeg' | 'png';

const KINDS: Record<string, { label: string; signature: Signature; mime: string }> = {
	pdf: { label: 'PDF', signature: 'pdf', mime: 'application/pdf' },
	doc: { label: 'Word', signature: 'ole', mime: 'application/msword' },
	docx: {
		label: 'Word',
		signature: 'zip',
		mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
	},
	xls: { label: 'Excel', signature: 'ole', mime: 'application/vnd.ms-excel' },
	xlsx: {
		label: 'Excel',
		signature: 'zip',
		mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	},
	jpg: { label: 'JPEG', signature: 'jpeg', mime: 'image/jpeg' },
	jpeg: { label: 'JPEG', signature: 'jpeg', mime: 'image/jpeg' },
	png: { label: 'PNG', signature: 'png', mime: 'image/png' }
};

/** For the file input's accept attribute. */
export const ACCEPT = Object.keys(KINDS)
	.map((ext) => `.${ext}`)
	.join(',');

export const ALLOWED_TYPES_TEXT = 'PDF, Word (.doc, .docx), Excel (.xls, .xlsx), JPEG or PNG';

const SIGNATURES: Record<Signature, number[]> = {
	pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
	ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // Office 97-2003
	zip: [0x50, 0x4b, 0x03, 0x04], // PK.. (Office Open XML)
	jpeg: [0xff, 0xd8, 0xff],
	png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
};

/** What the first bytes look like, for the refusal message. */
function sniff(head: Uint8Array): string | null {
	if (head[0] === 0x4d && head[1] === 0x5a) return 'a Windows program';
	if (head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46) {
		return 'a Linux program';
	}
	if (head[0] === 0x23 && head[1] === 0x21) return 'a script';
	const text = new TextDecoder().decode(head).toLowerCase();
	if (text.startsWith('<!doc') || text.startsWith('<html') || text.startsWith('<svg')) {
		return 'a web page';
	}
	return null;
}

function matches(head: Uint8Array, signature: Signature): boolean {
	return SIGNATURES[signature].every((byte, i) => head[i] === byte);
}

export function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export type UploadCheck = { ok: true; mime: string } | { ok: false; reason: string };

/**
 * Whether a file may be uploaded: its extension is an allowed kind, its first bytes match that
 * kind, it is not empty and at most 10 MB. The reason names the file.
 */
export function checkUpload(file: { name: string; size: number }, head: Uint8Array): UploadCheck {
	const name = file.name;
	const ext = extensionOf(name);
	const kind = KINDS[ext];
	if (!kind) {
		return {
			ok: false,
			reason: `“${name}” was not uploaded: ${ext ? `.${ext} files are` : 'files without an extension are'} not accepted. Upload ${ALLOWED_TYPES_TEXT} files.`
		};
	}
	if (file.size === 0)
		return { ok: false, reason: `“${name}” was not uploaded: the file is empty.` };
	if (file.size > MAX_FILE_BYTES) {
		const mb = (file.size / 1024 / 1024).toFixed(1);
		return {
			ok: false,
			reason: `“${name}” was not uploaded: it is ${mb} MB, and files must be 10 MB or smaller.`
		};
	}
	if (!matches(head, kind.signature)) {
		const actually = sniff(head);
		return {
			ok: false,
			reason: `“${name}” was not uploaded: its name says ${kind.label}, but its content is ${actually ?? `not a ${kind.label} file`}. Upload the real document.`
		};
	}
	return { ok: true, mime: kind.mime };
}
