import {
	companyInfoComplete,
	companyInfoProblems,
	emptyCompanyInfo,
	normalizeStateCode,
	webAddressProblem
} from '$lib/domain/requirements/attributes/company-info';
import { fields } from '../helpers';

describe('Additional Company Information', () => {
	it('state is a 2-letter U.S. state abbreviation; web address http(s); DOT digits; CT tax number', () => {
		const ok = {
			incorporatingState: 'ct',
			webAddress: 'https://www.samplevendor.example',
			sosRegistered: 'yes',
			usDot: '1234567',
			ctTaxNumber: '1234567890'
		};
		expect(companyInfoProblems(ok)).toEqual([]);
		expect(companyInfoProblems(emptyCompanyInfo())).toEqual([]);
		const bad = companyInfoProblems({
			incorporatingState: 'Connecticut',
			webAddress: 'ftp://files.example.com',
			sosRegistered: 'maybe',
			usDot: '12A',
			ctTaxNumber: '12345'
		});
		expect(fields(bad)).toEqual([
			'incorporatingState',
			'webAddress',
			'sosRegistered',
			'usDot',
			'ctTaxNumber'
		]);
		expect(companyInfoProblems({ ...ok, incorporatingState: 'XX' })[0]?.message).toMatch(
			/not a U.S. State abbreviation/
		);
		expect(companyInfoProblems({ ...ok, webAddress: 'www.example.com' })[0]?.message).toMatch(
			/start with https:\/\//
		);
		expect(companyInfoProblems({ ...ok, webAddress: 'http://localhost' })).toHaveLength(1);
		expect(companyInfoProblems({ ...ok, ctTaxNumber: '1234567890-001' })).toEqual([]);
	});
});

describe('company information fields', () => {
	it('upper-cases the state abbreviation', () => {
		expect(normalizeStateCode(' ct ')).toBe('CT');
	});

	it('wants a full http(s) web address, and says how to fix one without a scheme', () => {
		expect(webAddressProblem('')).toBeNull();
		expect(webAddressProblem('https://www.example.com')).toBeNull();
		expect(webAddressProblem('example.com')).toBe(
			'Web Address: start with https:// (for example https://example.com)'
		);
		expect(webAddressProblem('ftp://x.com')).toBe(
			'Web Address: enter a website address starting with https:// or http://'
		);
		expect(webAddressProblem('http://localhost')).toBe(
			'Web Address: enter the full website address, like https://www.example.com'
		);
	});

	it('is complete when every field that applies to all is filled and valid', () => {
		const full = {
			incorporatingState: 'CT',
			webAddress: 'https://a.com',
			sosRegistered: 'yes',
			usDot: '',
			ctTaxNumber: '1234567890'
		};
		expect(companyInfoComplete(emptyCompanyInfo())).toBe(false);
		expect(companyInfoComplete(full)).toBe(true);
		expect(companyInfoComplete({ ...full, incorporatingState: 'XX' })).toBe(false);
		expect(companyInfoComplete({ ...full, usDot: 'abc' })).toBe(false);
	});
});
