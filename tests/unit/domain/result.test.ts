import { fail, ok, type Result } from '$lib/domain/result';
import * as storageResult from '$lib/domain/result';

describe('Result', () => {
	it('ok carries the value and the problems (none by default)', () => {
		expect(ok(3)).toEqual({ ok: true, value: 3, problems: [] });
		const problems = [{ path: 'values.name', message: 'Required' }];
		expect(ok('x', problems)).toEqual({ ok: true, value: 'x', problems });
	});

	it('fail carries the kind, the message and any extra detail', () => {
		const r: Result<number> = fail('conflict', 'Saved in another tab', { theirRevision: 4 });
		expect(r).toEqual({
			ok: false,
			error: { kind: 'conflict', message: 'Saved in another tab', theirRevision: 4 }
		});
		expect(fail('not-found', 'Gone')).toEqual({
			ok: false,
			error: { kind: 'not-found', message: 'Gone' }
		});
	});

	it('is still available from $lib/domain/result', () => {
		expect(storageResult.ok).toBe(ok);
		expect(storageResult.fail).toBe(fail);
	});
});
