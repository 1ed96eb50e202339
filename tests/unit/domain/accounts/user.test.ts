import { parseUserDetails } from '$lib/domain/accounts';

describe('parseUserDetails', () => {
	it('gives every key its default and leaves the address absent, never throwing', () => {
		for (const raw of [{}, undefined, null, 'garbage', 7, []]) {
			const d = parseUserDetails(raw);
			expect(d).toEqual({ jobTitle: '', phone: null, middleInitial: '', country: '' });
			expect(d).not.toHaveProperty('address');
		}
	});

	it('keeps what the registration stored for the main contact', () => {
		expect(parseUserDetails({ jobTitle: 'Owner', phone: '8605551234' })).toEqual({
			jobTitle: 'Owner',
			phone: '8605551234',
			middleInitial: '',
			country: ''
		});
	});

	it('completes a partial address of the user and drops one that is not an object', () => {
		expect(parseUserDetails({ middleInitial: 'Q', address: { city: 'Hartford' } })).toEqual({
			jobTitle: '',
			phone: null,
			middleInitial: 'Q',
			country: '',
			address: {
				address1: '',
				address2: '',
				city: 'Hartford',
				state: '',
				otherRegion: '',
				postalCode: '',
				country: ''
			}
		});
		expect(parseUserDetails({ address: 'Main Street' }).address).toBeUndefined();
		expect(parseUserDetails({ address: null }).address).toBeUndefined();
	});

	it('drops wrongly typed values and keeps unknown keys', () => {
		const d = parseUserDetails({ middleInitial: 5, phone: 8605551234, country: ['US'], nick: 'J' });
		expect(d).toMatchObject({ middleInitial: '', phone: null, country: '', nick: 'J' });
	});
});
