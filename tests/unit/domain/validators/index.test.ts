import * as validators from '$lib/domain/validators';

describe('validators index', () => {
	it('re-exports every module', () => {
		for (const name of [
			'normalizeTin',
			'dunsProblem',
			'parseUsPhone',
			'zipMatchesState',
			'passwordProblems',
			'usernameProblem',
			'legalNameProblem',
			'parseUsd',
			'parseMonthDayYear'
		]) {
			expect(typeof (validators as Record<string, unknown>)[name], name).toBe('function');
		}
	});
});
