/**
 * A clone anywhere builds the real code list: the project's files alone (what `git clone` gives,
 * with no ../shared folder beside them) make src/generated/unspsc.json with all 13,288 codes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

describe('a fresh clone', { timeout: 120_000 }, () => {
	let dir = '';
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('builds the UNSPSC data from the vendored list, with no folder beside it', () => {
		dir = mkdtempSync(join(tmpdir(), 'ctsource-clone-'));
		const clone = join(dir, 'portal');
		// The files a clone holds: tracked, plus new ones not ignored (so the test also checks
		// work not yet committed).
		const files = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], {
			cwd: repo,
			encoding: 'utf8'
		})
			.split('\0')
			.filter(Boolean);
		for (const file of files) {
			mkdirSync(dirname(join(clone, file)), { recursive: true });
			cpSync(join(repo, file), join(clone, file));
		}
		symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'));

		const env = { ...process.env };
		delete env.UNSPSC_CSV;
		const out = execFileSync(join(clone, 'node_modules/.bin/tsx'), ['scripts/build-unspsc.ts'], {
			cwd: clone,
			env,
			encoding: 'utf8'
		});
		expect(out).toContain('data/unspsc/unspsc-ungm-2026-04-21.csv');
		expect(out).not.toContain('SAMPLE');
		const data = JSON.parse(readFileSync(join(clone, 'src/generated/unspsc.json'), 'utf8')) as {
			rows: unknown[];
		};
		expect(data.rows).toHaveLength(13_288);
	});
});
