/**
 * The flow variants a study compares: the wizard's flow settings, named. "As the guide" is the
 * wizard where the portal deliberately differs from the guide (phone numbers in digits only, the
 * password rules only after a failed attempt, an unverified address accepted by a double click).
 */
export const VARIANTS = [
	{ id: 'review-on', label: 'Review step on', reviewStep: true, style: 'improved' },
	{ id: 'review-off', label: 'Review step off', reviewStep: false, style: 'improved' },
	{ id: 'guide', label: 'As the guide (review step on)', reviewStep: true, style: 'guide' }
] as const;
export type VariantId = (typeof VARIANTS)[number]['id'];
export type Variant = (typeof VARIANTS)[number];

/** What a study compares: the variants the balanced order assigns in turn. */
export const COMPARISONS = [
	{ id: 'review', label: 'Review step on or off', variants: ['review-on', 'review-off'] },
	{
		id: 'guide',
		label: 'Improved or as the guide (phone entry, password rules, unverified address)',
		variants: ['review-on', 'guide']
	}
] as const satisfies readonly { id: string; label: string; variants: readonly VariantId[] }[];
export type ComparisonId = (typeof COMPARISONS)[number]['id'];

export function comparisonOf(id: string | undefined) {
	return COMPARISONS.find((c) => c.id === id) ?? COMPARISONS[0];
}

/** The variant with this id; a session saved before variants were named, by its flow setting. */
export function variantOf(id: string | undefined, reviewStep = true): Variant {
	return VARIANTS.find((v) => v.id === id) ?? VARIANTS.find((v) => v.reviewStep === reviewStep)!;
}
