import {
	adjustedWald,
	comparability,
	formatInterval,
	formatPercent,
	formatSeconds,
	mean,
	median,
	MIN_PER_VARIANT,
	quartiles,
	wilsonInterval
} from '$lib/domain/research';

describe('wilsonInterval', () => {
	it('gives 39.7%–89.2% for 7 of 10', () => {
		// z = 1.96, z² = 3.8416, p = 0.7, n = 10.
		// Denominator 1 + z²/n = 1.38416. Centre (0.7 + 0.19208) / 1.38416 = 0.644492.
		// Half-width 1.96 × √(0.021 + 0.009604) / 1.38416 = 1.96 × 0.174940 / 1.38416 = 0.247719.
		// Low 0.396773, high 0.892211.
		const ci = wilsonInterval(7, 10)!;
		expect(ci.rate).toBe(0.7);
		expect(ci.low).toBeCloseTo(0.396773, 5);
		expect(ci.high).toBeCloseTo(0.892211, 5);
	});

	it('is not degenerate at 0 of 5, and starts exactly at 0', () => {
		// Centre = half-width = (3.8416 / 10) / (1 + 3.8416 / 5) = 0.38416 / 1.76832 = 0.217246.
		const ci = wilsonInterval(0, 5)!;
		expect(ci).toEqual({ rate: 0, low: 0, high: expect.closeTo(0.434491, 5) });
	});

	it('is not degenerate at 5 of 5, and ends exactly at 1', () => {
		const ci = wilsonInterval(5, 5)!;
		expect(ci).toEqual({ rate: 1, low: expect.closeTo(0.565509, 5), high: 1 });
	});

	it('is wide for a single success', () => {
		// Centre (1 + 1.9208) / 4.8416 = 0.603272; half-width 1.96 × 0.98 / 4.8416 = 0.396728.
		const ci = wilsonInterval(1, 1)!;
		expect(ci).toEqual({ rate: 1, low: expect.closeTo(0.206543, 5), high: 1 });
	});

	it('has no interval without participants or for counts that are not a rate', () => {
		expect(wilsonInterval(0, 0)).toBeNull();
		expect(wilsonInterval(6, 5)).toBeNull();
		expect(wilsonInterval(-1, 5)).toBeNull();
		expect(wilsonInterval(1.5, 5)).toBeNull();
	});

	it('narrows with a smaller z', () => {
		const wide = wilsonInterval(7, 10)!;
		const narrow = wilsonInterval(7, 10, 1.645)!;
		expect(narrow.low).toBeGreaterThan(wide.low);
		expect(narrow.high).toBeLessThan(wide.high);
	});
});

describe('adjustedWald', () => {
	it('gives 39.2%–89.7% for 7 of 10', () => {
		// ñ = 10 + 3.8416 = 13.8416; p̃ = (7 + 1.9208) / 13.8416 = 0.644492.
		// Half-width 1.96 × √(0.644492 × 0.355508 / 13.8416) = 1.96 × 0.128659 = 0.252172.
		// Low 0.392320, high 0.896664.
		const ci = adjustedWald(7, 10)!;
		expect(ci.rate).toBe(0.7);
		expect(ci.low).toBeCloseTo(0.39232, 5);
		expect(ci.high).toBeCloseTo(0.896664, 5);
	});

	it('is clamped to 0..1 where the adjusted interval reaches past it', () => {
		// 0/5: p̃ = 1.9208 / 8.8416 = 0.217246, half-width 0.271818: low −0.054573 → 0.
		expect(adjustedWald(0, 5)).toEqual({ rate: 0, low: 0, high: expect.closeTo(0.489064, 5) });
		// 5/5 mirrors it: high 1.054573 → 1.
		expect(adjustedWald(5, 5)).toEqual({ rate: 1, low: expect.closeTo(0.510936, 5), high: 1 });
	});

	it('has no interval without participants', () => {
		expect(adjustedWald(0, 0)).toBeNull();
		expect(adjustedWald(3, 2)).toBeNull();
	});
});

describe('mean, median and quartiles', () => {
	it('take the inclusive (QUARTILE.INC) quartiles of an even count', () => {
		// Positions (n − 1) × p = 0.75, 1.5, 2.25 into [1, 2, 3, 4].
		expect(quartiles([1, 2, 3, 4])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25 });
		expect(median([1, 2, 3, 4])).toBe(2.5);
	});

	it('sort first, and take the quartiles of an odd count', () => {
		// Sorted [1, 2, 3]; positions 0.5, 1, 1.5.
		expect(quartiles([3, 1, 2])).toEqual({ q1: 1.5, median: 2, q3: 2.5 });
		expect(median([3, 1, 2])).toBe(2);
	});

	it('leave the caller’s array in its order', () => {
		const values = [3, 1, 2];
		quartiles(values);
		median(values);
		expect(values).toEqual([3, 1, 2]);
	});

	it('sort numbers as numbers, not as text', () => {
		expect(median([10, 9, 100])).toBe(10);
	});

	it('handle one value', () => {
		expect(quartiles([4200])).toEqual({ q1: 4200, median: 4200, q3: 4200 });
		expect(mean([4200])).toBe(4200);
	});

	it('average', () => {
		expect(mean([1, 2, 3, 4])).toBe(2.5);
		expect(mean([12_000, 3_000, 6_000])).toBe(7_000);
	});

	it('are null for no values', () => {
		expect(mean([])).toBeNull();
		expect(median([])).toBeNull();
		expect(quartiles([])).toBeNull();
	});
});

describe('formatSeconds', () => {
	it('always shows one decimal', () => {
		expect(formatSeconds(1000)).toBe('1.0 s');
		expect(formatSeconds(1400)).toBe('1.4 s');
		expect(formatSeconds(0)).toBe('0.0 s');
		expect(formatSeconds(59_900)).toBe('59.9 s');
	});

	it('rounds half up on tenths of a second', () => {
		expect(formatSeconds(950)).toBe('1.0 s');
		expect(formatSeconds(1049)).toBe('1.0 s');
		expect(formatSeconds(1050)).toBe('1.1 s');
		expect(formatSeconds(49)).toBe('0.0 s');
		expect(formatSeconds(50)).toBe('0.1 s');
		expect(formatSeconds(1049.9)).toBe('1.0 s');
	});

	it('shows minutes from one minute on', () => {
		expect(formatSeconds(60_000)).toBe('1 min 0.0 s');
		expect(formatSeconds(61_000)).toBe('1 min 1.0 s');
		expect(formatSeconds(62_300)).toBe('1 min 2.3 s');
		expect(formatSeconds(125_460)).toBe('2 min 5.5 s');
		expect(formatSeconds(3_600_000)).toBe('60 min 0.0 s');
	});

	it('rounds before splitting, so 59.95 s reads as a minute and never as 60.0 s', () => {
		expect(formatSeconds(59_949)).toBe('59.9 s');
		expect(formatSeconds(59_950)).toBe('1 min 0.0 s');
		expect(formatSeconds(119_960)).toBe('2 min 0.0 s');
	});

	it('gives equal strings only for equal rounded durations', () => {
		const seen = new Map<string, number>();
		for (let ms = 0; ms <= 130_000; ms += 7) {
			const tenths = Math.floor((ms + 50) / 100);
			const text = formatSeconds(ms);
			if (seen.has(text)) expect(seen.get(text), text).toBe(tenths);
			else seen.set(text, tenths);
		}
		expect(new Set(seen.values()).size).toBe(seen.size);
	});

	it('shows a negative or non-finite duration as 0.0 s', () => {
		expect(formatSeconds(-500)).toBe('0.0 s');
		expect(formatSeconds(NaN)).toBe('0.0 s');
		expect(formatSeconds(Infinity)).toBe('0.0 s');
	});
});

describe('formatPercent and formatInterval', () => {
	it('shows whole percentages', () => {
		expect(formatPercent(2 / 3)).toBe('67%');
		expect(formatPercent(0)).toBe('0%');
		expect(formatPercent(1)).toBe('100%');
		expect(formatPercent(0.125)).toBe('13%');
		expect(formatPercent(0.004)).toBe('0%');
	});

	it('shows an interval as a range with an en dash', () => {
		expect(formatInterval({ low: 0.35, high: 0.88 })).toBe('35%–88%');
		expect(formatInterval(wilsonInterval(7, 10)!)).toBe('40%–89%');
		expect(formatInterval(wilsonInterval(0, 5)!)).toBe('0%–43%');
	});
});

describe('comparability', () => {
	it('needs at least five sessions per variant', () => {
		expect(MIN_PER_VARIANT).toBe(5);
		expect(comparability([5, 5])).toEqual({ ok: true, message: null });
		expect(comparability([12, 9, 5])).toEqual({ ok: true, message: null });
	});

	it('warns in a plain sentence when a variant has too few sessions', () => {
		expect(comparability([3, 2])).toEqual({
			ok: false,
			message:
				'Too few participants to compare variants: 3 and 2 sessions (at least 5 each are needed). Treat these figures as anecdotes.'
		});
		expect(comparability([8, 4])).toEqual({
			ok: false,
			message:
				'Too few participants to compare variants: 8 and 4 sessions (at least 5 each are needed). Treat these figures as anecdotes.'
		});
		expect(comparability([6, 3, 7]).message).toBe(
			'Too few participants to compare variants: 6, 3 and 7 sessions (at least 5 each are needed). Treat these figures as anecdotes.'
		);
	});

	it('has nothing to compare with one variant or none', () => {
		expect(comparability([20])).toEqual({
			ok: false,
			message: 'Only one variant was run: there is nothing to compare.'
		});
		expect(comparability([])).toEqual({
			ok: false,
			message: 'No variant was run yet: there is nothing to compare.'
		});
	});
});
