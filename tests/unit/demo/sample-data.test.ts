import { describe, expect, it } from 'vitest';
import { rolesText, sampleLogins, SAMPLE_STEPS } from '$lib/demo/sample-data';
import { PASSWORD_RULES } from '$lib/domain/validators';

describe('demo sample data', () => {
	const logins = sampleLogins();

	it('lists the parent, branch, DBA, sole proprietor, foreign and expired-certification suppliers and extra users', () => {
		expect(logins.map((l) => l.username)).toEqual([
			'SampleVendor',
			'sv_newhaven',
			expect.any(String),
			'maria.oneill',
			expect.any(String),
			expect.any(String),
			'sv_bidder',
			'sv_profile'
		]);
		expect(new Set(logins.map((l) => l.username.toLowerCase())).size).toBe(logins.length);
		expect(logins.find((l) => l.note.includes('DBA'))?.organization).toContain('DBA');
		expect(SAMPLE_STEPS).toBe(logins.length + 1);
	});

	it('gives the extra users their own permissions and passwords that meet the policy', () => {
		const bidder = logins.find((l) => l.username === 'sv_bidder')!;
		expect(rolesText(bidder.roles)).toBe('Respond to solicitations');
		expect(bidder.organization).toBe('Sample Vendor LLC');
		for (const l of logins) {
			for (const rule of PASSWORD_RULES)
				expect(rule.test(l.password, l.username), `${l.username}: ${rule.label}`).toBe(true);
		}
	});
});
