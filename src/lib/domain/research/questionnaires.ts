/**
 * The questionnaires a usability session asks: the Single Ease Question (SEQ) after each task and
 * the System Usability Scale (SUS, John Brooke, 1996) at the end. The wording is the published
 * wording, word for word: a reworded questionnaire no longer compares with the published norms
 * (the SUS average of 68, the Sauro–Lewis grades), which is the only reason to use a standard one.
 */

/** One point of a rating scale: the stored value and what the participant reads beside it. */
export interface ScalePoint {
	value: number;
	label: string;
}

/** The SEQ, asked right after each task while the task is fresh. */
export const SEQ_QUESTION = 'Overall, how difficult or easy was the task to complete?';

/**
 * The SEQ's 7 points. Only the endpoints carry words (as published); the middle points show their
 * numbers, so participants read the scale as evenly spaced rather than as named categories.
 */
export const SEQ_SCALE: readonly ScalePoint[] = [
	{ value: 1, label: 'Very difficult' },
	{ value: 2, label: '2' },
	{ value: 3, label: '3' },
	{ value: 4, label: '4' },
	{ value: 5, label: '5' },
	{ value: 6, label: '6' },
	{ value: 7, label: 'Very easy' }
];

/**
 * The ten SUS statements, in their standard order. The order matters: odd statements are worded
 * positively and even ones negatively, and `susScore` relies on that alternation.
 */
export const SUS_STATEMENTS: readonly string[] = [
	'I think that I would like to use this system frequently.',
	'I found the system unnecessarily complex.',
	'I thought the system was easy to use.',
	'I think that I would need the support of a technical person to be able to use this system.',
	'I found the various functions in this system were well integrated.',
	'I thought there was too much inconsistency in this system.',
	'I would imagine that most people would learn to use this system very quickly.',
	'I found the system very cumbersome to use.',
	'I felt very confident using the system.',
	'I needed to learn a lot of things before I could get going with this system.'
];

/** The SUS agreement scale: 5 points, words at the endpoints only (as published). */
export const SUS_SCALE: readonly ScalePoint[] = [
	{ value: 1, label: 'Strongly disagree' },
	{ value: 2, label: '2' },
	{ value: 3, label: '3' },
	{ value: 4, label: '4' },
	{ value: 5, label: 'Strongly agree' }
];

/** The published SUS average (Sauro, from some 500 studies): the score people compare with. */
export const SUS_AVERAGE = 68;

/** Whether a value is a point of a 1..`max` scale: an integer in range (not 2.5, not NaN). */
function onScale(value: unknown, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
}

/**
 * A participant's SUS score, 0..100, by the standard scoring: each odd (positively worded)
 * statement contributes its answer − 1, each even (negatively worded) one contributes 5 − answer,
 * so every item contributes 0..4; the sum (0..40) × 2.5 gives 0..100. Null unless there are exactly
 * ten answers, each an integer 1..5: a SUS with a missing answer has no standard score, and
 * guessing one would make it look comparable with the norms when it is not.
 */
export function susScore(answers: readonly (number | null | undefined)[]): number | null {
	if (answers.length !== SUS_STATEMENTS.length) return null;
	let sum = 0;
	for (const [index, answer] of answers.entries()) {
		if (!onScale(answer, 5)) return null;
		// index 0 is statement 1 (odd, positive); index 1 is statement 2 (even, negative).
		sum += index % 2 === 0 ? answer - 1 : 5 - answer;
	}
	return sum * 2.5;
}

/** The Sauro–Lewis curved grades, best first (the minus is U+2212, see SUS_GRADE_FLOORS). */
export type SusGrade = 'A+' | 'A' | 'A−' | 'B+' | 'B' | 'B−' | 'C+' | 'C' | 'C−' | 'D' | 'F';

/**
 * The floors of the Sauro–Lewis curved grading scale (Sauro & Lewis, Quantifying the User
 * Experience, 2016), best first. The published table lists ranges with gaps (A is 80.8–84.0, A+
 * 84.1–100); floors close those gaps for averaged scores such as 84.05, which get the lower grade.
 * The minus is U+2212 so that screen readers say "A minus" rather than "A dash".
 */
export const SUS_GRADE_FLOORS: readonly { grade: SusGrade; min: number }[] = [
	{ grade: 'A+', min: 84.1 },
	{ grade: 'A', min: 80.8 },
	{ grade: 'A−', min: 78.9 },
	{ grade: 'B+', min: 77.2 },
	{ grade: 'B', min: 74.1 },
	{ grade: 'B−', min: 72.6 },
	{ grade: 'C+', min: 71.1 },
	{ grade: 'C', min: 65 },
	{ grade: 'C−', min: 62.7 },
	{ grade: 'D', min: 51.7 }
];

/** The Sauro–Lewis curved grade of a SUS score (0..100): F below 51.7. */
export function susGrade(score: number): SusGrade {
	return SUS_GRADE_FLOORS.find((floor) => score >= floor.min)?.grade ?? 'F';
}

/**
 * The short reading shown beside a SUS score, e.g. 'Grade B, above average (68 is average)'. A bare
 * number invites reading it as a percentage (82.5 is not "82.5% usable"); naming the average and
 * the curved grade says what the number means.
 */
export function susReading(score: number): string {
	const relation =
		score > SUS_AVERAGE ? 'above average' : score < SUS_AVERAGE ? 'below average' : 'average';
	return `Grade ${susGrade(score)}, ${relation} (${SUS_AVERAGE} is average)`;
}

/** Whether a value is an SEQ answer: an integer 1..7. */
export function seqValid(n: unknown): n is number {
	return onScale(n, SEQ_SCALE.length);
}

/**
 * The mean SEQ answer over the valid answers (unanswered and out-of-range entries are left out, so
 * one skipped task does not drag the mean to zero), or null when there is none.
 */
export function meanSeq(values: readonly (number | null | undefined)[]): number | null {
	const valid = values.filter(seqValid);
	if (valid.length === 0) return null;
	return valid.reduce((sum, value) => sum + value, 0) / valid.length;
}
