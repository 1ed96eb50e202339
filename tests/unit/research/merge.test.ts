/**
 * Merging study files from several lab computers: sessions deduplicated by id, a file of another
 * study refused, different app versions flagged; and the whole round trip through storage (export
 * on one browser, merge on another, merging twice adds nothing).
 */
import { freshStorage, must } from '../../support/storage';
import { mergeReport, parseStudyFile, planMerge, type StudyFile } from '$lib/research/merge';
import type { StudySession } from '$lib/research/study-sessions';
import { toJson } from '$lib/research/analysis';
import type { EventRecord } from '$lib/storage/events';

const session = (id: string, appVersion = 'v1', studyId = 'CT-REG-1'): StudySession => ({
	id,
	participant: `P-${id}`,
	tasks: ['Register'],
	flow: { reviewStep: true },
	cleanProfile: false,
	startedAt: '2026-12-01T10:00:00.000Z',
	endedAt: '2026-12-01T10:30:00.000Z',
	studyId,
	variant: 'review-on',
	appVersion
});

const event = (id: string, sessionId: string): EventRecord => ({
	id,
	schemaVersion: 1,
	createdAt: '2026-12-01T10:01:00.000Z',
	updatedAt: '2026-12-01T10:01:00.000Z',
	type: 'task-end',
	participantId: `P-${sessionId}`,
	page: '/register/organization',
	data: { sessionId, studyId: 'CT-REG-1', title: 'Register', completed: true, durationMs: 1000 }
});

const file = (name: string, sessions: StudySession[], studyId = 'CT-REG-1'): StudyFile => ({
	name,
	app: 'ctsource-research',
	studyId,
	sessions,
	events: sessions.map((s) => event(`e-${s.id}`, s.id))
});

describe('merging study files', () => {
	it('adds new sessions with their events, skips those already here, refuses another study', () => {
		const plan = planMerge({ studyId: 'CT-REG-1', sessions: [session('a')] }, [
			file('lab-2.json', [session('a'), session('b')]),
			file('lab-3.json', [session('c')]),
			file('other.json', [session('x', 'v1', 'PILOT')], 'PILOT')
		]);
		expect(plan.sessions.map((s) => s.id)).toEqual(['b', 'c']);
		expect(plan.events.map((e) => e.id)).toEqual(['e-b', 'e-c']);
		expect(plan.duplicates).toBe(1);
		expect(plan.versions).toEqual([]);
		expect(mergeReport(plan)).toEqual([
			'Merged 2 sessions into study CT-REG-1 (1 already here, skipped).',
			'other.json is from study PILOT; this browser holds study CT-REG-1. Nothing was merged from it.'
		]);
	});

	it('flags sessions run on different app versions', () => {
		const plan = planMerge({ studyId: '', sessions: [] }, [
			file('lab-1.json', [session('a', 'abc123')]),
			file('lab-2.json', [session('b', 'def456')])
		]);
		expect(plan.studyId).toBe('CT-REG-1');
		expect(plan.versions).toEqual(['abc123', 'def456']);
		expect(mergeReport(plan)[1]).toBe(
			'The sessions ran on 2 app versions (abc123, def456): say so when you compare them.'
		);
	});

	it('reads an exported study file and refuses anything else with the file named', () => {
		const text = toJson([session('a')], [event('e-a', 'a')], {
			studyId: 'CT-REG-1',
			appVersion: 'v1'
		});
		const parsed = must(parseStudyFile('lab-1.json', text));
		expect(parsed.sessions).toHaveLength(1);
		expect(parsed.events).toHaveLength(1);
		const notJson = parseStudyFile('notes.txt', 'hello');
		expect(!notJson.ok && notJson.error.message).toBe(
			'notes.txt is not a study file (it is not JSON). Export it again with Export study file.'
		);
		const other = parseStudyFile('data.json', '{"app":"something"}');
		expect(!other.ok && other.error.message).toMatch(/^data\.json is not a CTsource study file/);
	});

	it('merges a file into storage once: the second merge adds nothing', async () => {
		freshStorage();
		const { mergeStudyFiles } = await import('$lib/research/merge');
		const { listStudySessions, listStudyEvents } = await import('$lib/research/study-sessions');
		const text = toJson([session('a'), session('b')], [event('e-a', 'a'), event('e-b', 'b')], {
			studyId: 'CT-REG-1',
			appVersion: 'v1'
		});
		const f = new File([text], 'lab-1.json', { type: 'application/json' });
		expect(must(await mergeStudyFiles([f]))[0]).toBe('Merged 2 sessions into study CT-REG-1.');
		expect(must(await mergeStudyFiles([f]))[0]).toBe(
			'Merged 0 sessions into study CT-REG-1 (2 already here, skipped).'
		);
		expect(
			must(await listStudySessions())
				.map((s) => s.id)
				.sort()
		).toEqual(['a', 'b']);
		expect(must(await listStudyEvents())).toHaveLength(2);
	});
});
