import { isUnspscCode, levelOf, parentCodesByDigits } from '$lib/domain/unspsc/codes';

describe('UNSPSC codes', () => {
	it('recognises 8-digit codes only', () => {
		expect(isUnspscCode('43222609')).toBe(true);
		expect(isUnspscCode('10000000')).toBe(true);
		for (const s of ['4322260', '432226090', 'A', '', '4322260x', ' 43222609', '00000000']) {
			expect(isUnspscCode(s)).toBe(false);
		}
	});

	it('reads the level from the trailing zero pairs', () => {
		expect(levelOf('43000000')).toBe('segment');
		expect(levelOf('43220000')).toBe('family');
		expect(levelOf('43222600')).toBe('class');
		expect(levelOf('43222609')).toBe('commodity');
		expect(levelOf('43222610')).toBe('commodity');
	});

	it('lists parent candidates by digits, nearest first, excluding the code itself', () => {
		expect(parentCodesByDigits('43222609')).toEqual(['43222600', '43220000', '43000000']);
		expect(parentCodesByDigits('43222600')).toEqual(['43220000', '43000000']);
		expect(parentCodesByDigits('43220000')).toEqual(['43000000']);
		expect(parentCodesByDigits('43000000')).toEqual([]);
		// An inner 00 pair makes candidates coincide: each is listed once.
		expect(parentCodesByDigits('10001500')).toEqual(['10000000']);
		expect(parentCodesByDigits('10100001')).toEqual(['10100000', '10000000']);
	});
});
