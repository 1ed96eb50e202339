/** The wizard's flow settings (switched in the demo tools), apart from the wizard itself. */
import { z } from '$lib/domain/zod';
import { getMeta, setMeta } from '$lib/storage/meta';

/** Flow setting key: whether "Check your answers" follows Step 4 (demo tools switch it). */
export const REVIEW_SETTING = 'flow.reviewStep';

export async function loadReviewSetting(): Promise<boolean> {
	const stored = await getMeta(REVIEW_SETTING, z.boolean());
	return stored.ok && stored.value !== null ? stored.value : true;
}

export async function saveReviewSetting(on: boolean) {
	return setMeta(REVIEW_SETTING, on);
}
