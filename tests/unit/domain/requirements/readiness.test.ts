import { emptyElections, emptyEo13g, readiness } from '$lib/domain/requirements';
import { date } from './helpers';

describe('award readiness', () => {
	const today = '2026-11-22';
	it('turns complete item by item', () => {
		const base = { files: [], companyInfo: null, elections: null, eo13g: null, today };
		expect(
			readiness(base)
				.filter((i) => i.done)
				.map((i) => i.id)
		).toEqual(['certifications']);

		const files = [
			{
				folder: 'insurance' as const,
				insuranceKind: 'certificate' as const,
				visibleToBuyer: false,
				uploadedAt: '2026-11-01T10:00:00Z'
			},
			{ folder: 'w9' as const, visibleToBuyer: true, uploadedAt: '2025-03-01T10:00:00Z' },
			{ folder: 'statutory' as const, visibleToBuyer: true, uploadedAt: '2025-12-31T10:00:00Z' }
		];
		const partly = readiness({ ...base, files });
		expect(partly.find((i) => i.id === 'certificate-of-insurance')).toMatchObject({
			done: false,
			detail: expect.stringMatching(/hidden from the buyer/)
		});
		expect(partly.find((i) => i.id === 'w9')?.done).toBe(true);
		expect(partly.find((i) => i.id === 'statutory')?.done).toBe(false);

		const complete = readiness({
			files: [
				{ ...files[0]!, visibleToBuyer: true },
				files[1]!,
				{ ...files[2]!, uploadedAt: '2026-01-05T10:00:00Z' }
			],
			companyInfo: {
				incorporatingState: 'CT',
				webAddress: 'https://a.example',
				sosRegistered: 'no',
				usDot: '',
				ctTaxNumber: '1234567890'
			},
			elections: emptyElections(),
			eo13g: { ...emptyEo13g(), date: date('2026-11-01') },
			today
		});
		expect(complete.every((i) => i.done)).toBe(true);
	});
});
