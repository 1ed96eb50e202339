import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageLoad } from './$types';

const PAGES = ['instructions', 'organization', 'contact', 'codes', 'review', 'confirmation'];

// Each step's frame is prerendered; the draft's values are filled in by the browser.
export const entries: EntryGenerator = () => PAGES.map((step) => ({ step }));

export const load: PageLoad = ({ params }) => {
	if (!PAGES.includes(params.step)) error(404, 'Not found');
	return { step: params.step };
};
