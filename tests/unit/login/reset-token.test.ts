import { forgetResetToken, takeResetToken } from '$lib/login/reset-token';
import { freshStorage, globals, MemoryStorage } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});

describe('the reset token of this tab', () => {
	it('is read from the address once, then from the tab (the address no longer has it)', () => {
		expect(takeResetToken(new URL('https://host/login/reset'))).toBe('');
		expect(takeResetToken(new URL('https://host/login/reset?token=abc'))).toBe('abc');
		expect(takeResetToken(new URL('https://host/login/reset'))).toBe('abc');
		// A new link wins over the one kept.
		expect(takeResetToken(new URL('https://host/login/reset?token=def'))).toBe('def');
		forgetResetToken();
		expect(takeResetToken(new URL('https://host/login/reset'))).toBe('');
	});

	it('belongs to the tab: another tab does not get it', () => {
		takeResetToken(new URL('https://host/login/reset?token=abc'));
		globals.sessionStorage = new MemoryStorage();
		expect(takeResetToken(new URL('https://host/login/reset'))).toBe('');
	});
});
