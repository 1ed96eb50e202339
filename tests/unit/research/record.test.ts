import { describe, expect, it } from 'vitest';
import { ruleOf, sanitizeMessage } from '$lib/research/record';
import { mistake } from '$lib/domain/registration/fixtures';
import { participantProblem, parseTasks } from '$lib/research/study-sessions';

describe('study recording keeps nothing typed', () => {
	it('masks quoted text, numbers and e-mail addresses in messages', () => {
		expect(
			sanitizeMessage('The username “JaneD” is already taken. Choose a different username.')
		).toBe('The username “…” is already taken. Choose a different username.');
		expect(sanitizeMessage('06103 - We could not find this address.')).toBe(
			'# - We could not find this address.'
		);
		expect(sanitizeMessage('Send to jane@example.com now')).toBe('Send to … now');
	});

	it('names the rule of a known message', () => {
		const m = mistake('legal-name-empty');
		expect(ruleOf(m.expectedMessage)).toBe('legal-name-empty');
		expect(ruleOf('Something else')).toBe('unlisted');
	});

	it('accepts participant codes, never names with spaces', () => {
		expect(participantProblem('P-07')).toBeNull();
		expect(participantProblem('')).toBe('Enter the participant code');
		expect(participantProblem('Jane Doe')).toMatch(/letters, numbers or dashes/);
		expect(participantProblem('x')).toMatch(/2 to 20/);
		expect(parseTasks(' a \n\n b\n')).toEqual(['a', 'b']);
	});
});
