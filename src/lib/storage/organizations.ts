/**
 * Organizations: read one, change one (with its history entry in the same transaction), list
 * them, and find them by TIN or D-U-N-S number for the duplicate checks.
 */
import {
	normalizeDigits,
	orgDefaults,
	organizationRecordSchema,
	storableOrganizationDetails,
	type HistoryEntry,
	type OrganizationPatch,
	type OrganizationRecord
} from './account-records';
import { transact } from './db';
import { nowIso } from './ids';
import { fail, ok, type Problem, type Result } from '$lib/domain/result';
import { checkList, checkRecord } from './validate';
import type { Tx } from './backend';

async function readOrganization(tx: Tx, id: string) {
	const raw = await tx.get('organizations', id);
	if (raw === undefined) return null;
	return checkRecord(organizationRecordSchema, raw, {
		store: 'organizations',
		key: id,
		defaults: orgDefaults()
	});
}

/** The organization as stored, refused when it is gone or too damaged to use. */
async function existingOrganization(
	tx: Tx,
	id: string,
	damaged: string
): Promise<Result<{ record: OrganizationRecord; problems: Problem[] }>> {
	const checked = await readOrganization(tx, id);
	if (!checked) return fail('not-found', 'This organization no longer exists.');
	if (!checked.record) return fail('invalid', damaged, { problems: checked.problems });
	return ok({ record: checked.record, problems: checked.problems });
}

export async function getOrganization(id: string): Promise<Result<OrganizationRecord>> {
	return transact(
		'The organization could not be loaded',
		['organizations'],
		'readonly',
		async (tx) => {
			const checked = await existingOrganization(
				tx,
				id,
				'This organization record is too damaged to be shown.'
			);
			return checked.ok ? ok(checked.value.record, checked.value.problems) : checked;
		}
	);
}

/**
 * Changes an organization; with `change`, the history entry is written in the same transaction
 * (no change without its entry, no entry without its change).
 */
export async function updateOrganization(
	id: string,
	patch: OrganizationPatch,
	change?: Omit<HistoryEntry, 'at'>
): Promise<Result<OrganizationRecord>> {
	return transact(
		'Your changes to the organization were not saved',
		['organizations'],
		'readwrite',
		async (tx) => {
			const current = await existingOrganization(tx, id, 'This organization record is damaged.');
			if (!current.ok) return current;
			const next: OrganizationRecord = { ...current.value.record, updatedAt: nowIso() };
			if (patch.legalName !== undefined) next.legalName = patch.legalName.trim();
			if (patch.tin !== undefined) next.tin = normalizeDigits(patch.tin);
			if (patch.duns !== undefined) next.duns = normalizeDigits(patch.duns);
			if (patch.details !== undefined) next.details = storableOrganizationDetails(patch.details);
			if (patch.registration !== undefined) next.registration = patch.registration;
			if (change) next.history = [...(next.history ?? []), { ...change, at: next.updatedAt }];
			await tx.put('organizations', next);
			return ok(next);
		}
	);
}

export async function listOrganizations(): Promise<Result<OrganizationRecord[]>> {
	return transact(
		'The organizations could not be listed',
		['organizations'],
		'readonly',
		async (tx) => {
			const raws = await tx.getAll('organizations');
			const { records, problems } = checkList(
				organizationRecordSchema,
				raws,
				'organizations',
				orgDefaults
			);
			return ok(records, problems);
		}
	);
}

async function findOrganizationsBy(field: 'tin' | 'duns', value: string) {
	const digits = normalizeDigits(value);
	if (!digits) return ok<OrganizationRecord[]>([]);
	return transact(
		'Could not check for an existing registration',
		['organizations'],
		'readonly',
		async (tx) => {
			const raws = await tx.getAllByIndex('organizations', field, digits);
			const { records, problems } = checkList(
				organizationRecordSchema,
				raws,
				'organizations',
				orgDefaults
			);
			return ok(records, problems);
		}
	);
}

/** Organizations registered with this TIN (any formatting), for the duplicate check. */
export function findOrganizationsByTin(tin: string): Promise<Result<OrganizationRecord[]>> {
	return findOrganizationsBy('tin', tin);
}

/** The organization with this D-U-N-S number, or null. */
export async function findOrganizationByDuns(
	duns: string
): Promise<Result<OrganizationRecord | null>> {
	const found = await findOrganizationsBy('duns', duns);
	return found.ok ? ok(found.value[0] ?? null, found.problems) : found;
}
