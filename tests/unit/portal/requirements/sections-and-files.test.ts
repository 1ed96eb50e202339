/**
 * The organization's attachments through the portal: uploads checked by content, a file moved
 * out of and back into Insurance documents keeps a kind only when given one again.
 */
import { createAccount } from '$lib/storage';
import { session } from '$lib/portal/session.svelte';
import { listOrgFiles, moveFile, uploadFiles } from '$lib/portal/requirements/sections-and-files';
import { freshStorage, must } from '../../../support/storage';

const PDF = new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n%%EOF\n')]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]);

beforeEach(async () => {
	freshStorage();
	await session.end('logout');
	const { user } = must(
		await createAccount({
			organization: { legalName: 'Acme LLC' },
			user: {
				username: 'alice',
				email: 'a@example.com',
				firstName: 'Alice',
				roles: ['manage-profile']
			},
			password: 'correct horse battery staple'
		})
	);
	must(await session.start(user));
});

describe('attachments', () => {
	it('uploads a real PDF and refuses a program named .pdf, by name', async () => {
		const seen: string[] = [];
		const outcomes = must(
			await uploadFiles(
				[new File([PDF], 'coi.pdf'), new File([EXE], 'setup.pdf')],
				'insurance',
				'certificate',
				(done, total, name) => seen.push(`${done}/${total} ${name}`)
			)
		);
		expect(seen).toEqual(['0/2 coi.pdf', '1/2 setup.pdf', '2/2 ']);
		expect(outcomes[0]).toMatchObject({
			ok: true,
			file: { folder: 'insurance', insuranceKind: 'certificate', visibleToBuyer: true }
		});
		expect(outcomes[1]).toMatchObject({ ok: false, name: 'setup.pdf' });
		if (!outcomes[1]!.ok) expect(outcomes[1]!.reason).toMatch(/“setup\.pdf”.*a Windows program/);
		expect(must(await listOrgFiles())).toHaveLength(1);
	});

	it('moving out of Insurance documents drops the kind; moving back can set it again', async () => {
		const [uploaded] = must(
			await uploadFiles([new File([PDF], 'coi.pdf')], 'insurance', 'certificate')
		);
		if (!uploaded?.ok) throw new Error('not uploaded');
		const id = uploaded.file.id;
		expect(must(await moveFile(id, 'other'))).toMatchObject({
			folder: 'other',
			insuranceKind: null
		});
		expect(must(await moveFile(id, 'insurance'))).toMatchObject({
			folder: 'insurance',
			insuranceKind: null
		});
		expect(must(await moveFile(id, 'other'))).toMatchObject({ folder: 'other' });
		expect(must(await moveFile(id, 'insurance', 'endorsement'))).toMatchObject({
			folder: 'insurance',
			insuranceKind: 'endorsement'
		});
	});
});
