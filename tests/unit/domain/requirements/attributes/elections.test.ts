import {
	certificationStatus,
	certificationWarnings,
	electionProblems,
	emptyElections
} from '$lib/domain/requirements/attributes/elections';
import { fields, date } from '../helpers';

describe('elections', () => {
	it('a yes needs real Active and Expiration dates, expiration after activation', () => {
		const v = emptyElections();
		expect(electionProblems(v)).toEqual([]);
		v.sbe = {
			elected: 'yes',
			active: { month: '', day: '', year: '' },
			expiration: date('2027-01-01')
		};
		v.dbe = {
			elected: 'yes',
			active: { month: '2', day: '30', year: '2026' },
			expiration: date('2027-01-01')
		};
		v.sba = { elected: 'yes', active: date('2026-05-01'), expiration: date('2026-05-01') };
		v.smbe = {
			elected: 'no',
			active: { month: '2', day: '30', year: '2026' },
			expiration: date('2020-01-01')
		};
		const problems = electionProblems(v);
		expect(fields(problems)).toEqual(['sbe.active', 'sba.expiration', 'dbe.active']);
		expect(problems[0]?.message).toBe('Enter the SBE Active Date: Month, Day and Year');
		expect(problems[1]?.message).toBe('SBA Expiration Date must be after the SBA Active Date');
		expect(problems[2]?.message).toMatch(/real date/);
		v.sbe.active = date('2024-02-29');
		v.dbe.active = date('2026-02-28');
		v.sba.expiration = date('2026-05-02');
		expect(electionProblems(v)).toEqual([]);
	});

	it('warns when expired or expiring within 60 days', () => {
		const today = '2026-11-22';
		const e = (expiration: string) => ({
			elected: 'yes' as const,
			active: date('2024-01-01'),
			expiration: date(expiration)
		});
		expect(certificationStatus(e('2026-11-21'), today)).toMatchObject({
			kind: 'expired',
			daysAgo: 1
		});
		expect(certificationStatus(e('2026-11-22'), today)).toMatchObject({
			kind: 'expiring',
			daysLeft: 0
		});
		expect(certificationStatus(e('2027-01-21'), today)).toMatchObject({
			kind: 'expiring',
			daysLeft: 60
		});
		expect(certificationStatus(e('2027-01-22'), today)).toMatchObject({
			kind: 'current',
			daysLeft: 61
		});
		expect(certificationStatus({ ...e('2027-01-22'), elected: 'no' }, today).kind).toBe(
			'not-elected'
		);
		const v = emptyElections();
		v.sbe = e('2026-10-01');
		v.prequal = e('2026-12-01');
		v.dbe = e('2028-01-01');
		const warnings = certificationWarnings(v, today);
		expect(warnings).toHaveLength(2);
		expect(warnings[0]).toMatch(/SBE certification expired on October 1, 2026/);
		expect(warnings[1]).toMatch(
			/Prequalification certification expires on December 1, 2026 \(in 9 days\)/
		);
	});
});
