import { blankDate, dateMessage, formatIso } from '$lib/domain/requirements/attributes/dates';

describe('attribute dates', () => {
	it('starts from an empty Month/Day/Year', () => {
		expect(blankDate()).toEqual({ month: '', day: '', year: '' });
		expect(blankDate()).not.toBe(blankDate());
	});

	it('names the date in each message, and has none for a real date', () => {
		expect(dateMessage('SBE Active Date', { month: '3', day: '7', year: '2026' })).toBeNull();
		expect(dateMessage('SBE Active Date', { month: '3', day: '', year: '2026' })).toBe(
			'Enter the SBE Active Date: Month, Day and Year'
		);
		expect(dateMessage('Date', { month: '3', day: '7', year: '1850' })).toBe(
			'Date: enter a year between 1900 and 2100'
		);
		expect(dateMessage('Date', { month: '2', day: '30', year: '2026' })).toBe(
			'Date must be a real date (check the day for the month, e.g. no February 30)'
		);
	});

	it('shows an ISO date the U.S. way, whatever the time zone', () => {
		expect(formatIso('2026-03-07')).toBe('March 7, 2026');
		expect(formatIso('2027-12-31')).toBe('December 31, 2027');
	});
});
