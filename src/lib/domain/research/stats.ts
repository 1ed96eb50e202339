/**
 * The small-sample statistics a usability study reports: completion rates with confidence
 * intervals, medians and quartiles of task times, and the formatting that puts them on screen.
 * Usability studies run 5 to 20 participants, so the methods are the ones that behave at that size
 * (Wilson and adjusted-Wald intervals rather than the plain Wald one, which collapses to 0%–0% at
 * 0/5), and the wording warns when there are too few sessions to compare anything.
 */

/** An observed rate and its confidence interval, each 0..1. */
export interface RateInterval {
	/** The observed rate, successes / n. */
	rate: number;
	low: number;
	high: number;
}

/** Whether a count of successes out of n can be a rate: integers, 0 ≤ successes ≤ n, n > 0. */
function validCount(successes: number, n: number): boolean {
	return (
		Number.isInteger(successes) && Number.isInteger(n) && n > 0 && successes >= 0 && successes <= n
	);
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/**
 * The Wilson score interval for successes out of n (z = 1.96 for 95%): centre
 * (p + z²/2n) / (1 + z²/n), half-width z·√(p(1−p)/n + z²/4n²) / (1 + z²/n). It stays inside 0..1
 * and is not degenerate at 0/n or n/n, which matters with five participants. The endpoints at 0/n
 * and n/n are exactly 0 and 1 (as they are algebraically, without rounding noise). Null when n is 0
 * or the counts are not a rate.
 */
export function wilsonInterval(successes: number, n: number, z = 1.96): RateInterval | null {
	if (!validCount(successes, n)) return null;
	const p = successes / n;
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
	return {
		rate: p,
		low: successes === 0 ? 0 : clamp01(centre - half),
		high: successes === n ? 1 : clamp01(centre + half)
	};
}

/**
 * The adjusted-Wald (Agresti–Coull) interval: add z²/2 successes and z²/2 failures, then take the
 * plain Wald interval p̃ ± z·√(p̃(1−p̃)/ñ) with ñ = n + z², p̃ = (successes + z²/2) / ñ. Sauro and
 * Lewis recommend it for completion rates; it can reach past 0 or 1, so it is clamped to 0..1.
 * `rate` is still the observed rate (what the page shows), not p̃. Null when n is 0 or the counts
 * are not a rate.
 */
export function adjustedWald(successes: number, n: number, z = 1.96): RateInterval | null {
	if (!validCount(successes, n)) return null;
	const z2 = z * z;
	const nAdjusted = n + z2;
	const pAdjusted = (successes + z2 / 2) / nAdjusted;
	const half = z * Math.sqrt((pAdjusted * (1 - pAdjusted)) / nAdjusted);
	return {
		rate: successes / n,
		low: clamp01(pAdjusted - half),
		high: clamp01(pAdjusted + half)
	};
}

/** The arithmetic mean, or null for no values. */
export function mean(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The p-quantile of ascending values by the "inclusive" method (Excel QUARTILE.INC, R type 7,
 * NumPy's default): position (n − 1)·p counted from 0, interpolating linearly between the two
 * neighbours. Chosen because spreadsheets give the same numbers, so a researcher can check a
 * figure by hand, and because it never reaches outside the fastest and slowest observed times.
 */
function quantileOfSorted(sorted: readonly number[], p: number): number {
	const position = (sorted.length - 1) * p;
	const below = Math.floor(position);
	const lower = sorted[below] as number;
	const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
	return lower + (position - below) * (upper - lower);
}

/** The values in ascending order, leaving the caller's array alone. */
const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/**
 * The first quartile, median and third quartile by the inclusive method (see quantileOfSorted):
 * [1, 2, 3, 4] gives 1.75, 2.5, 3.25. Null for no values.
 */
export function quartiles(
	values: readonly number[]
): { q1: number; median: number; q3: number } | null {
	if (values.length === 0) return null;
	const sorted = ascending(values);
	return {
		q1: quantileOfSorted(sorted, 0.25),
		median: quantileOfSorted(sorted, 0.5),
		q3: quantileOfSorted(sorted, 0.75)
	};
}

/**
 * The median (the middle value, or the mean of the two middle values), or null for no values.
 * Task times are skewed by the one participant who got lost, so the median is the time to report.
 */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	return quantileOfSorted(ascending(values), 0.5);
}

/**
 * A duration in milliseconds as people read it, always with one decimal of seconds: '1.0 s',
 * '1.4 s', '59.9 s', and from one minute on '1 min 2.3 s' (not '62.3 s').
 *
 * The rule: the duration is first rounded to whole tenths of a second, half up (1049 ms → 1.0 s,
 * 1050 ms → 1.1 s, 950 ms → 1.0 s), and only then split into minutes and seconds. Rounding once,
 * before splitting, means equal strings always mean equal rounded durations, and 59 960 ms reads
 * '1 min 0.0 s' rather than '60.0 s'. The arithmetic is on whole tenths, so no binary fraction
 * (1.05 is not exactly 1.05 in floating point) can round the wrong way. A negative or non-finite
 * duration (a clock that went backwards) reads as 0.0 s.
 */
export function formatSeconds(ms: number): string {
	const tenths = Number.isFinite(ms) && ms > 0 ? Math.floor((ms + 50) / 100) : 0;
	const minutes = Math.floor(tenths / 600);
	const rest = tenths - minutes * 600;
	const seconds = `${Math.floor(rest / 10)}.${rest % 10} s`;
	return minutes > 0 ? `${minutes} min ${seconds}` : seconds;
}

/**
 * A rate 0..1 as a whole percentage, '67%'. No decimals: with a dozen participants a decimal claims
 * a precision the data does not have. Rounds half up (0.125 → '13%').
 */
export function formatPercent(rate: number): string {
	return `${Math.round(rate * 100)}%`;
}

/** A confidence interval as '35%–88%' (an en dash, as a range is written). */
export function formatInterval(ci: { low: number; high: number }): string {
	return `${formatPercent(ci.low)}–${formatPercent(ci.high)}`;
}

/** The fewest sessions per variant before two variants' figures are worth setting side by side. */
export const MIN_PER_VARIANT = 5;

/** "3 and 2", "3, 6 and 2": counts as a sentence lists them. */
function listCounts(counts: readonly number[]): string {
	if (counts.length <= 1) return counts.join('');
	return `${counts.slice(0, -1).join(', ')} and ${counts[counts.length - 1]}`;
}

/**
 * Whether the variants' figures can be compared: every variant ran at least MIN_PER_VARIANT
 * sessions and there are at least two variants. When not, the plain sentence to show above the
 * figures, so that nobody reads a 2-session difference as a finding. `counts` holds the sessions
 * per variant, in the order the variants are shown.
 */
export function comparability(counts: readonly number[]): { ok: boolean; message: string | null } {
	if (counts.length === 0) {
		return { ok: false, message: 'No variant was run yet: there is nothing to compare.' };
	}
	if (counts.length === 1) {
		return { ok: false, message: 'Only one variant was run: there is nothing to compare.' };
	}
	if (counts.some((count) => count < MIN_PER_VARIANT)) {
		return {
			ok: false,
			message: `Too few participants to compare variants: ${listCounts(counts)} sessions (at least ${MIN_PER_VARIANT} each are needed). Treat these figures as anecdotes.`
		};
	}
	return { ok: true, message: null };
}
