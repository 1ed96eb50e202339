import { checkUpload } from '$lib/domain/requirements/files';

describe('uploads', () => {
	const bytes = (...b: number[]) => Uint8Array.from([...b, 0, 0, 0, 0, 0, 0, 0, 0]);
	const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31);
	const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
	const EXE = bytes(0x4d, 0x5a, 0x90);

	it('accepts the allowed kinds by extension and content', () => {
		expect(checkUpload({ name: 'COI.pdf', size: 1000 }, PDF)).toEqual({
			ok: true,
			mime: 'application/pdf'
		});
		expect(checkUpload({ name: 'scan.PNG', size: 1000 }, PNG)).toMatchObject({ ok: true });
		expect(checkUpload({ name: 'w9.docx', size: 9 }, bytes(0x50, 0x4b, 0x03, 0x04))).toMatchObject({
			ok: true
		});
		expect(
			checkUpload(
				{ name: 'old.xls', size: 9 },
				bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)
			)
		).toMatchObject({ ok: true });
		expect(
			checkUpload({ name: 'photo.jpeg', size: 9 }, bytes(0xff, 0xd8, 0xff, 0xe0))
		).toMatchObject({ ok: true });
	});

	it('refuses by name with the reason', () => {
		expect(checkUpload({ name: 'invoice.pdf', size: 5000 }, EXE)).toEqual({
			ok: false,
			reason:
				'“invoice.pdf” was not uploaded: its name says PDF, but its content is a Windows program. Upload the real document.'
		});
		expect(checkUpload({ name: 'setup.exe', size: 5000 }, EXE)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/“setup.exe” was not uploaded: .exe files are not accepted/)
		});
		expect(checkUpload({ name: 'page.html', size: 5 }, PDF).ok).toBe(false);
		expect(checkUpload({ name: 'big.pdf', size: 10 * 1024 * 1024 + 1 }, PDF)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/10.0 MB, and files must be 10 MB or smaller/)
		});
		expect(checkUpload({ name: 'limit.pdf', size: 10 * 1024 * 1024 }, PDF).ok).toBe(true);
		expect(checkUpload({ name: 'empty.pdf', size: 0 }, PDF).ok).toBe(false);
		expect(checkUpload({ name: 'fake.png', size: 10 }, PDF).ok).toBe(false);
	});
});
