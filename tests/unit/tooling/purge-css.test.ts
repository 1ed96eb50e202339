import { purgeCss, usedClasses } from '../../../scripts/purge-css';

const used = usedClasses([
	'const a = `<div class="usa-button usa-button--outline">`;',
	'const b = [`usa-alert`, `usa-alert--${type}`, `usa-alert__body`];',
	'"tablet:grid-col-6"'
]);

describe('usedClasses', () => {
	it('finds class names in scripts, with responsive prefixes and composed variants', () => {
		expect(used('usa-button')).toBe(true);
		expect(used('usa-button--outline')).toBe(true);
		expect(used('tablet:grid-col-6')).toBe(true);
		expect(used('usa-alert--error')).toBe(true); // from `usa-alert--${type}`
		expect(used('usa-button--big')).toBe(false);
		expect(used('desktop:grid-col-6')).toBe(false);
	});
});

describe('purgeCss', () => {
	it('removes the rules whose every selector names an unused class, and keeps the rest', () => {
		const css = [
			'body{margin:0}',
			'.usa-button,.usa-button--big{color:red}',
			'.usa-button--big{color:blue}',
			'.usa-alert--error .usa-alert__body{padding:1px}',
			'@media (min-width:40em){.tablet\\:grid-col-6{width:50%}.desktop\\:grid-col-6{width:50%}}',
			'@media (min-width:64em){.desktop\\:grid-col-6{width:50%}}',
			'.usa-input:not(.usa-input--small){width:100%}',
			'@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}'
		].join('');
		const out = purgeCss(css, (c) => used(c) || c === 'usa-input');
		expect(out).toContain('body{margin:0}');
		expect(out).toContain('.usa-button{color:red}');
		expect(out).not.toContain('color:blue');
		// A class of a used family composed in a template counts as used.
		expect(out).toContain('.usa-alert--error .usa-alert__body');
		expect(out).toContain('.tablet\\:grid-col-6{width:50%}');
		expect(out).not.toContain('desktop');
		expect(out).not.toContain('64em');
		// A class inside :not() is no reason to drop the rule.
		expect(out).toContain('.usa-input:not(.usa-input--small)');
		expect(out).toContain('@keyframes spin');
	});
});
