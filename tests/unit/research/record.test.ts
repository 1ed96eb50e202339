import { describe, expect, it } from 'vitest';
import { ruleOf, sanitizeMessage } from '$lib/research/record';
import { mistake } from '$lib/domain/registration/fixtures';

describe('study recording keeps nothing typed', () => {
	it('masks quoted text, numbers and e-mail addresses in messages', () => {
		expect(
			sanitizeMessage('The username “JaneD” is already taken. Choose a different username.')
		).toBe('The username “…” is already taken. Choose a different username.');
		expect(sanitizeMessage('06103 - We could not find this address.')).toBe(
			'# - We could not find this address.'
		);
		expect(sanitizeMessage('Send to jane@example.com now')).toBe('Send to … now');
		// The address message keeps the guide's sentence, not the states it names.
		expect(sanitizeMessage(mistake('zip-not-in-state').expectedMessage)).toBe(
			'# - We could not find this address. Please check for spelling errors. If it appears correct, please double click here.'
		);
	});

	it('names the rule of a known message', () => {
		const m = mistake('legal-name-empty');
		expect(ruleOf(m.expectedMessage, 'organization')).toBe('legal-name-empty');
		expect(ruleOf('Something else', 'organization')).toBe('unlisted');
	});

	it('tags a message both steps show with the rule of the step that showed it (the ZIP code)', () => {
		const organization = mistake('zip-not-in-state');
		const contact = mistake('contact-zip-not-in-state');
		expect(organization.expectedMessage).toBe(contact.expectedMessage);
		expect(ruleOf(organization.expectedMessage, 'organization')).toBe('zip-not-in-state');
		expect(ruleOf(contact.expectedMessage, 'contact')).toBe('contact-zip-not-in-state');
	});
});
