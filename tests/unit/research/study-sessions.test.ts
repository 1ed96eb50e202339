import { describe, expect, it } from 'vitest';
import { participantProblem } from '$lib/research/study-sessions';

describe('study recording keeps nothing typed', () => {
	it('accepts participant codes, never names with spaces', () => {
		expect(participantProblem('P-07')).toBeNull();
		expect(participantProblem('')).toBe('Enter the participant code');
		expect(participantProblem('Jane Doe')).toMatch(/letters, numbers or dashes/);
		expect(participantProblem('x')).toMatch(/2 to 20/);
	});
});
