import { add, type Problems } from '$lib/domain/requirements/attributes/problems';

describe('add', () => {
	it('adds a problem only when there is a message', () => {
		const list: Problems<'a' | 'b'> = [];
		add(list, 'a', null);
		add(list, 'a', false);
		add(list, 'a', '');
		add(list, 'b', 'Enter b');
		expect(list).toEqual([{ field: 'b', message: 'Enter b' }]);
	});
});
