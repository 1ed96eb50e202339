import { stylesheetsFirst } from '$lib/server/head';

const page = [
	'<head>',
	'\t\t<meta charset="utf-8" />',
	'\t\t<link href="/_app/immutable/entry/start.js" rel="modulepreload">',
	'\t\t<link href="/_app/immutable/chunks/a.js" rel="modulepreload">',
	'\t\t<title>Log in</title>',
	'\t\t<style>.x{color:red}</style>',
	'\t\t<link href="/_app/immutable/assets/0.css" rel="stylesheet">',
	'\t\t<link href="/_app/immutable/assets/Field.css" rel="stylesheet" disabled media="(max-width: 0)">',
	'\t</head>'
].join('\n');

describe('stylesheetsFirst', () => {
	it('moves the enabled stylesheet in front of the module preloads', () => {
		const lines = stylesheetsFirst(page).split('\n');
		expect(lines).toEqual([
			'<head>',
			'\t\t<meta charset="utf-8" />',
			'\t\t<link href="/_app/immutable/assets/0.css" rel="stylesheet">',
			'\t\t<link href="/_app/immutable/entry/start.js" rel="modulepreload">',
			'\t\t<link href="/_app/immutable/chunks/a.js" rel="modulepreload">',
			'\t\t<title>Log in</title>',
			'\t\t<style>.x{color:red}</style>',
			'\t\t<link href="/_app/immutable/assets/Field.css" rel="stylesheet" disabled media="(max-width: 0)">',
			'\t</head>'
		]);
	});

	it('keeps a page without module preloads or stylesheets as it is', () => {
		expect(stylesheetsFirst('<head><title>x</title></head>')).toBe('<head><title>x</title></head>');
		const noCss = page.replace(/.*rel="stylesheet">\n/, '');
		expect(stylesheetsFirst(noCss)).toBe(noCss);
	});
});
