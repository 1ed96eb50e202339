import { mayShowConfirmation, rememberConfirmation } from '$lib/registration/confirmation-access';
import { freshStorage, globals, MemoryStorage } from '../../support/storage';

beforeEach(() => {
	freshStorage();
});

describe('who sees a registration confirmation', () => {
	it('only the tab that submitted it', () => {
		expect(mayShowConfirmation('org-1')).toBe(false);
		rememberConfirmation('org-1');
		rememberConfirmation('org-1');
		rememberConfirmation('org-2');
		expect(mayShowConfirmation('org-1')).toBe(true);
		expect(mayShowConfirmation('org-2')).toBe(true);
		expect(mayShowConfirmation('org-3')).toBe(false);
		// Another tab (its own sessionStorage): nothing.
		globals.sessionStorage = new MemoryStorage();
		expect(mayShowConfirmation('org-1')).toBe(false);
	});
});
