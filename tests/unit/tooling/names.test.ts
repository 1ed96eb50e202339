/**
 * The site's name as the guide writes it (#16): "CTsource" for the site in running text,
 * "WebProcure" for the portal software. The guide's screens also show four names spelled
 * "CTSource" (the DAS pages' tabs and heading, and one sentence of its text): those keep the
 * guide's spelling where the app shows the same thing, and nothing else does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../../src', import.meta.url));

/**
 * The guide's own "CTSource" names: its screens' tabs and heading, its breadcrumb (in capitals)
 * and "the CTSource website".
 */
const GUIDE_CTSOURCE =
	/^(CTSource (Registration|Bid Board|Contract Board|website)|CTSOURCE REGISTRATION)\b/;

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
		return /\.(svelte|ts|html)$/.test(entry.name) ? [path] : [];
	});
}

/** Every spelling of the two names in the app's text that is not the guide's. */
function misspelled(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(/\b(?:ct ?source|web ?procure)\b(?=([^\n]{0,30}))/gi)) {
		const name = match[0];
		const words = name + match[1];
		// Identifiers and storage keys (ctsource-drafts) and addresses (/DAS/CTSource/) are not text.
		if (name === 'ctsource' || text[match.index - 1] === '/') continue;
		if (name === 'CTsource' || name === 'WebProcure' || GUIDE_CTSOURCE.test(words)) continue;
		found.push(name);
	}
	return found;
}

describe("the site's name", () => {
	it('is spelled as the guide spells it everywhere in the app', () => {
		const wrong = sources(src).flatMap((path) =>
			misspelled(readFileSync(path, 'utf8')).map((name) => `${relative(src, path)}: ${name}`)
		);
		expect(wrong).toEqual([]);
	});

	it('catches the spellings the guide does not use', () => {
		expect(misspelled('Welcome to CTSource, the portal of Webprocure and Ct Source.')).toEqual([
			'CTSource',
			'Webprocure',
			'Ct Source'
		]);
		expect(
			misspelled('the CTSource Bid Board, the CTsource site, WebProcure, CTSOURCE REGISTRATION')
		).toEqual([]);
	});
});
