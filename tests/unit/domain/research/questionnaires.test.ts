import {
	meanSeq,
	SEQ_QUESTION,
	SEQ_SCALE,
	seqValid,
	SUS_GRADE_FLOORS,
	SUS_SCALE,
	SUS_STATEMENTS,
	susGrade,
	susReading,
	susScore
} from '$lib/domain/research';

describe('the questionnaires', () => {
	it('asks the SEQ on a 7-point scale with words at the endpoints only', () => {
		expect(SEQ_QUESTION).toBe('Overall, how difficult or easy was the task to complete?');
		expect(SEQ_SCALE.map((p) => p.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(SEQ_SCALE.map((p) => p.label)).toEqual([
			'Very difficult',
			'2',
			'3',
			'4',
			'5',
			'6',
			'Very easy'
		]);
	});

	it('has the ten standard SUS statements, in order', () => {
		expect(SUS_STATEMENTS).toHaveLength(10);
		expect(SUS_STATEMENTS[0]).toBe('I think that I would like to use this system frequently.');
		expect(SUS_STATEMENTS[1]).toBe('I found the system unnecessarily complex.');
		expect(SUS_STATEMENTS[3]).toBe(
			'I think that I would need the support of a technical person to be able to use this system.'
		);
		expect(SUS_STATEMENTS[6]).toBe(
			'I would imagine that most people would learn to use this system very quickly.'
		);
		expect(SUS_STATEMENTS[9]).toBe(
			'I needed to learn a lot of things before I could get going with this system.'
		);
		expect(new Set(SUS_STATEMENTS).size).toBe(10);
	});

	it('answers the SUS on a 5-point agreement scale', () => {
		expect(SUS_SCALE.map((p) => p.value)).toEqual([1, 2, 3, 4, 5]);
		expect(SUS_SCALE[0]?.label).toBe('Strongly disagree');
		expect(SUS_SCALE[4]?.label).toBe('Strongly agree');
	});
});

describe('susScore', () => {
	it('scores all neutral answers 50', () => {
		// Every item contributes 2 (odd: 3 − 1, even: 5 − 3): 20 × 2.5 = 50.
		expect(susScore([3, 3, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(50);
	});

	it('scores the best answers 100 and the worst 0', () => {
		expect(susScore([5, 1, 5, 1, 5, 1, 5, 1, 5, 1])).toBe(100);
		expect(susScore([1, 5, 1, 5, 1, 5, 1, 5, 1, 5])).toBe(0);
	});

	it('scores Brooke-style example answers 82.5', () => {
		// Odd items (answer − 1): 4→3, 4→3, 4→3, 5→4, 4→3 = 16.
		// Even items (5 − answer): 2→3, 1→4, 2→3, 1→4, 2→3 = 17.
		// By item: 3+3+3+4+3+3+4+4+3+3 = 33; 33 × 2.5 = 82.5.
		expect(susScore([4, 2, 4, 1, 4, 2, 5, 1, 4, 2])).toBe(82.5);
	});

	it('does not treat all-agree as the best score (half the statements are negative)', () => {
		// Odd: 5 × 4 = 20; even: 5 × 0 = 0; 20 × 2.5 = 50.
		expect(susScore([5, 5, 5, 5, 5, 5, 5, 5, 5, 5])).toBe(50);
	});

	it('has no score for an incomplete or out-of-range questionnaire', () => {
		expect(susScore([])).toBeNull();
		expect(susScore([3, 3, 3, 3, 3, 3, 3, 3, 3])).toBeNull();
		expect(susScore([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3])).toBeNull();
		expect(susScore([3, 3, 3, null, 3, 3, 3, 3, 3, 3])).toBeNull();
		expect(susScore([3, 3, 3, 3, 3, 3, 3, 3, 3, undefined])).toBeNull();
		expect(susScore([0, 3, 3, 3, 3, 3, 3, 3, 3, 3])).toBeNull();
		expect(susScore([3, 3, 3, 3, 3, 3, 3, 3, 3, 6])).toBeNull();
		expect(susScore([3, 3, 3, 3, 2.5, 3, 3, 3, 3, 3])).toBeNull();
		expect(susScore([3, 3, 3, 3, NaN, 3, 3, 3, 3, 3])).toBeNull();
	});

	it('leaves the answers alone', () => {
		const answers = [4, 2, 4, 1, 4, 2, 5, 1, 4, 2];
		susScore(answers);
		expect(answers).toEqual([4, 2, 4, 1, 4, 2, 5, 1, 4, 2]);
	});
});

describe('susGrade', () => {
	it('grades on the Sauro–Lewis curve at each boundary', () => {
		const cases: [number, string, number, string][] = [
			[84.1, 'A+', 84, 'A'],
			[80.8, 'A', 80.7, 'A−'],
			[78.9, 'A−', 78.8, 'B+'],
			[77.2, 'B+', 77.1, 'B'],
			[74.1, 'B', 74, 'B−'],
			[72.6, 'B−', 72.5, 'C+'],
			[71.1, 'C+', 71, 'C'],
			[65, 'C', 64.9, 'C−'],
			[62.7, 'C−', 62.6, 'D'],
			[51.7, 'D', 51.6, 'F']
		];
		for (const [at, grade, below, gradeBelow] of cases) {
			expect(susGrade(at), `${at}`).toBe(grade);
			expect(susGrade(below), `${below}`).toBe(gradeBelow);
		}
	});

	it('covers the whole range', () => {
		expect(susGrade(100)).toBe('A+');
		expect(susGrade(0)).toBe('F');
		expect(susGrade(68)).toBe('C');
		expect(susGrade(82.5)).toBe('A');
	});

	it('lists its floors from the best grade down', () => {
		const floors = SUS_GRADE_FLOORS.map((f) => f.min);
		expect(floors).toEqual([...floors].sort((a, b) => b - a));
	});
});

describe('susReading', () => {
	it('names the grade and where the score sits against the average of 68', () => {
		expect(susReading(82.5)).toBe('Grade A, above average (68 is average)');
		expect(susReading(75)).toBe('Grade B, above average (68 is average)');
		expect(susReading(68)).toBe('Grade C, average (68 is average)');
		expect(susReading(67.5)).toBe('Grade C, below average (68 is average)');
		expect(susReading(40)).toBe('Grade F, below average (68 is average)');
	});
});

describe('the SEQ', () => {
	it('accepts integers 1..7 only', () => {
		for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(seqValid(n)).toBe(true);
		for (const n of [0, 8, -1, 3.5, NaN, Infinity, null, undefined, '4']) {
			expect(seqValid(n), String(n)).toBe(false);
		}
	});

	it('averages the valid answers, leaving out unanswered ones', () => {
		expect(meanSeq([7, 5, 6])).toBe(6);
		expect(meanSeq([7, null, 4, undefined])).toBe(5.5);
		expect(meanSeq([2, 9, 0, 4])).toBe(3);
	});

	it('has no mean without an answer', () => {
		expect(meanSeq([])).toBeNull();
		expect(meanSeq([null, undefined])).toBeNull();
	});
});
