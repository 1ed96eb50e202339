import { GL71_THRESHOLD_CENTS, purchasePath } from '$lib/domain/boards/purchase-path';

describe('purchase path (General Letter 71)', () => {
	it('the threshold is $100,000.00', () => {
		expect(GL71_THRESHOLD_CENTS).toBe(10_000_000);
	});

	it('at the boundary: $100,000.00 is delegated, $100,000.01 needs DAS approval', () => {
		expect(purchasePath({ amount: '100,000.00', contractCovers: 'no' })).toEqual({
			ok: true,
			path: { kind: 'delegated', cents: 10_000_000 }
		});
		expect(purchasePath({ amount: '$100,000.01', contractCovers: 'no' })).toEqual({
			ok: true,
			path: { kind: 'das-approval', cents: 10_000_001 }
		});
		expect(purchasePath({ amount: '0', contractCovers: 'no' })).toMatchObject({
			path: { kind: 'delegated' }
		});
	});

	it('an existing DAS contract means the delegated authority does not apply, at any amount', () => {
		expect(purchasePath({ amount: '500', contractCovers: 'yes' })).toMatchObject({
			path: { kind: 'use-contract' }
		});
		expect(purchasePath({ amount: '250000', contractCovers: 'yes' })).toMatchObject({
			path: { kind: 'use-contract' }
		});
	});

	it('bad amounts and a missing answer get clear messages', () => {
		expect(purchasePath({ amount: '', contractCovers: 'no' })).toMatchObject({
			ok: false,
			field: 'amount',
			message: expect.stringMatching(/Enter the estimated cost/)
		});
		expect(purchasePath({ amount: '-5', contractCovers: 'no' })).toMatchObject({
			message: expect.stringMatching(/cannot be negative/)
		});
		expect(purchasePath({ amount: 'ten thousand', contractCovers: 'no' })).toMatchObject({
			message: expect.stringMatching(/as a number/)
		});
		expect(purchasePath({ amount: '10', contractCovers: '' })).toMatchObject({
			ok: false,
			field: 'contractCovers'
		});
	});
});
