/**
 * The purchase-path rule of the agency guidance (General Letter 71): executive branch agencies
 * may buy goods and services costing the threshold or less without prior and specific approval
 * from DAS, contingent on no existing DAS contract covering the goods or services.
 */
import { parseUsd } from '../validators';

/**
 * Delegated purchasing authority under General Letter 71, in cents ($100,000.00). One named
 * constant: DAS pages have cited other figures over time.
 */
export const GL71_THRESHOLD_CENTS = 100_000_00;

export type PurchasePath =
	| { kind: 'use-contract'; cents: number }
	| { kind: 'delegated'; cents: number }
	| { kind: 'das-approval'; cents: number };

export type PurchasePathInput = { amount: string; contractCovers: 'yes' | 'no' | '' };

export type PurchasePathResult =
	| { ok: true; path: PurchasePath }
	| { ok: false; field: 'amount' | 'contractCovers'; message: string };

export function purchasePath(input: PurchasePathInput): PurchasePathResult {
	const parsed = parseUsd(input.amount);
	if (!parsed.ok) {
		const message =
			parsed.reason === 'empty'
				? 'Enter the estimated cost in U.S. dollars, like 25,000'
				: parsed.reason === 'negative'
					? 'The estimated cost cannot be negative'
					: parsed.reason === 'too-many-decimals'
						? 'Enter dollars and cents only, like 99,999.99'
						: 'Enter the estimated cost as a number in U.S. dollars, like 25,000 or 99,999.99';
		return { ok: false, field: 'amount', message };
	}
	if (input.contractCovers === '') {
		return {
			ok: false,
			field: 'contractCovers',
			message: 'Choose whether an existing DAS contract covers the goods or services'
		};
	}
	const cents = parsed.cents;
	if (input.contractCovers === 'yes') return { ok: true, path: { kind: 'use-contract', cents } };
	if (cents <= GL71_THRESHOLD_CENTS) return { ok: true, path: { kind: 'delegated', cents } };
	return { ok: true, path: { kind: 'das-approval', cents } };
}
