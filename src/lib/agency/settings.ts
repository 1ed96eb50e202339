/** The agency side's demo settings (switched in the demo tools). */
import { z } from '$lib/domain/zod';
import { getMeta, setMeta } from '$lib/storage/meta';

/**
 * WebProcure's rule: an Approved supplier that edits its legal name, DBA, type of business or
 * taxpayer identification number returns to Pending. On unless the demo tools switch it off.
 */
export const RETURN_TO_PENDING_SETTING = 'agency.returnToPending';

export async function loadReturnToPending(): Promise<boolean> {
	const stored = await getMeta(RETURN_TO_PENDING_SETTING, z.boolean());
	return stored.ok && stored.value !== null ? stored.value : true;
}

export async function saveReturnToPending(on: boolean) {
	return setMeta(RETURN_TO_PENDING_SETTING, on);
}
