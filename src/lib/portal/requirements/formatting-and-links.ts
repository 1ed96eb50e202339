/**
 * Small helpers shared by the State of Connecticut requirement pages (Additional Required
 * Attributes, Attachments, Contract Award Readiness): today's local date, dates and sizes as
 * people read them, and where each thing is fixed.
 */
import { clockTime } from '$lib/domain/clock';
import type { FolderId } from '$lib/domain/requirements';

/** Today's date where the person is ('YYYY-MM-DD', local time, not UTC). */
export function localToday(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "March 7, 2026 at 3:04 PM" from an ISO timestamp. */
export function formatDateTime(iso: string): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	const date = d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
	return `${date} at ${clockTime(d)}`;
}

/** "Mar 7, 2026" from an ISO timestamp (file lists). */
export function formatShortDate(iso: string): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	return d.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "812 bytes", "14 KB", "2.4 MB". */
export function formatSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "1 file", "3 files". */
export function fileCount(n: number): string {
	return `${n} ${n === 1 ? 'file' : 'files'}`;
}

/**
 * Anchors of the Additional Required Attributes sections (readiness and dashboard links point
 * at them).
 */
export const SECTION_ANCHORS = {
	insurance: 'insurance',
	economicImpact: 'economic-impact',
	companyInfo: 'company-info',
	elections: 'elections',
	chro: 'chro',
	statutory: 'statutory',
	eo13g: 'eo13g'
} as const;

/** Query string that opens the Attachments page on a folder. */
export function folderQuery(folder: FolderId): string {
	return `?folder=${folder}`;
}

/**
 * The guide's "can be found here" links. The guide does not print their targets; these are the
 * home pages of the agencies responsible (deep links change too often to guess).
 */
export const INFO_LINKS = {
	sbe: 'https://portal.ct.gov/DAS',
	sba: 'https://www.sba.gov',
	dbe: 'https://portal.ct.gov/DOT',
	prequal: 'https://portal.ct.gov/DAS',
	chro: 'https://portal.ct.gov/CHRO',
	statutory: 'https://portal.ct.gov/OPM',
	/** Printed by the guide (statute 6). */
	ethicsForms: 'https://portal.ct.gov/OPM/Fin-PSA/Forms/Ethics-Forms',
	eo13g: 'https://portal.ct.gov/Office-of-the-Governor',
	eo13gInfo: 'https://portal.ct.gov/Office-of-the-Governor'
} as const;
