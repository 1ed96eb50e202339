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

/**
 * Flow setting key: where the portal deliberately differs from the guide, whether the wizard
 * behaves as the guide describes (a usability study's "as the guide" variant) or as improved:
 * phone numbers in digits only or in any format, the password rules shown only after a failed
 * attempt or before typing, an unverified address accepted by a double click on "here" or by one
 * press.
 */
export const STYLE_SETTING = 'flow.style';
export type FlowStyle = 'improved' | 'guide';

export async function loadStyleSetting(): Promise<FlowStyle> {
	const stored = await getMeta(STYLE_SETTING, z.enum(['improved', 'guide']));
	return stored.ok && stored.value ? stored.value : 'improved';
}

export async function saveStyleSetting(style: FlowStyle) {
	return setMeta(STYLE_SETTING, style);
}
