import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import RatingScale from '$lib/components/RatingScale.svelte';

const legend = createRawSnippet(() => ({ render: () => '<span>Overall, this task was:</span>' }));
const points = [
	{ value: 1, label: 'Very difficult' },
	{ value: 2, label: '2' },
	{ value: 3, label: 'Very easy' }
];

describe('RatingScale', () => {
	it('asks its question in a group of radios, each point read with its words', () => {
		render(RatingScale, { name: 'seq', points, value: null, legend });
		const group = screen.getByRole('group', { name: 'Overall, this task was:' });
		expect(group).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: '1 Very difficult' })).not.toBeChecked();
		expect(screen.getByRole('radio', { name: '2' })).toBeInTheDocument();
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('announces its message and links it from every radio', () => {
		render(RatingScale, { name: 'seq', points, value: null, legend, error: 'Choose a rating' });
		expect(screen.getByRole('alert')).toHaveTextContent('Choose a rating');
		for (const radio of screen.getAllByRole('radio')) {
			expect(radio).toHaveAccessibleDescription('Choose a rating');
		}
	});
});
