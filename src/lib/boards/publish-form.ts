/**
 * The demo tools' "publish a solicitation" form: its values and rules (the portal's form pattern,
 * `(values) => FieldProblem[]`), and the solicitation the valid values publish.
 */
import type { FieldProblem } from '$lib/domain/registration/fields';
import { easternTwoPm, SAMPLE_AGENCIES } from '$lib/domain/boards/sample';
import type { PublishInput } from './solicitations';

export interface PublishValues extends Record<string, unknown> {
	title: string;
	agency: string;
	kind: 'formal' | 'informal';
	code: string;
	/** yyyy-mm-dd */
	due: string;
	/** Organization ids invited to an informal solicitation. */
	invited: string[];
}

/** Today as yyyy-mm-dd (UTC, as the date input's value is compared). */
export const today = (): string => new Date().toISOString().slice(0, 10);

export function emptyPublishValues(): PublishValues {
	return { title: '', agency: SAMPLE_AGENCIES[0]!, kind: 'formal', code: '', due: '', invited: [] };
}

/** Every problem of the values, in page order. */
export function publishProblems(values: PublishValues, now = today()): FieldProblem[] {
	const found: FieldProblem[] = [];
	if (!values.title.trim()) found.push({ field: 'title', message: 'Enter the solicitation title' });
	if (!/^\d{8}$/.test(values.code.trim()))
		found.push({ field: 'code', message: 'Enter an 8-digit UNSPSC code, like 43211503' });
	if (!/^\d{4}-\d{2}-\d{2}$/.test(values.due))
		found.push({ field: 'due', message: 'Enter the due date' });
	else if (values.due <= now)
		found.push({ field: 'due', message: 'The due date must be after today' });
	if (values.kind === 'informal' && values.invited.length === 0)
		found.push({
			field: 'invited',
			message: 'Invite at least one supplier to an informal solicitation'
		});
	return found;
}

/** The solicitation valid values publish (a number made from today and the time). */
export function publishInput(values: PublishValues, now = Date.now()): PublishInput {
	const day = new Date(now).toISOString().slice(0, 10);
	const formal = values.kind === 'formal';
	return {
		number: `${day.slice(2, 4)}DEM${String(now % 10000).padStart(4, '0')}`,
		title: values.title.trim(),
		agency: values.agency,
		formal,
		method: formal ? 'Invitation for Bid' : 'Request for Quotes',
		codes: [values.code.trim()],
		dueAt: easternTwoPm(values.due),
		description: `Published from the demo tools of this prototype. Sample text: this solicitation is fictional.`,
		contact: {
			name: 'Maria Santos',
			title: 'Contract Specialist',
			email: 'maria.santos@ct.gov.example',
			phone: '(860) 713-5000'
		},
		invited: formal ? [] : values.invited
	};
}
