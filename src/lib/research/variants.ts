/** The flow variants a study compares (the wizard's flow settings, named). */
export const VARIANTS = [
	{ id: 'review-on', label: 'Review step on', reviewStep: true },
	{ id: 'review-off', label: 'Review step off', reviewStep: false }
] as const;
export type VariantId = (typeof VARIANTS)[number]['id'];
export type Variant = (typeof VARIANTS)[number];

/** The variant with this id; a session saved before variants were named, by its flow setting. */
export function variantOf(id: string | undefined, reviewStep = true): Variant {
	return VARIANTS.find((v) => v.id === id) ?? VARIANTS.find((v) => v.reviewStep === reviewStep)!;
}
