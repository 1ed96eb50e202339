/**
 * Merging study files from several lab computers into this browser's study: the files are read
 * and checked (a CTsource study file, the same study code), sessions are deduplicated by id (and
 * events by id, so merging a file twice adds nothing), and sessions run on different app versions
 * are flagged so results are traced to what was tested. Loaded only when files are chosen.
 */
import { fail, ok, type Result } from '$lib/domain/result';
import { z } from '$lib/storage/validate';
import { eventRecordSchema, importEvents, type EventRecord } from '$lib/storage/events';
import { setMeta } from '$lib/storage/meta';
import { STUDY_FILE_APP } from './analysis';
import {
	listStudySessions,
	loadSetup,
	saveSessions,
	SETUP_META,
	studySessionSchema,
	type StudySession
} from './study-sessions';

const fileSchema = z.object({
	app: z.literal(STUDY_FILE_APP),
	studyId: z.string().check(z.minLength(1)),
	appVersion: z.optional(z.string()),
	sessions: z.array(studySessionSchema),
	events: z.array(eventRecordSchema)
});
export type StudyFile = z.infer<typeof fileSchema> & { name: string };

/** A chosen file's text as a study file, or why it is not one. */
export function parseStudyFile(name: string, text: string): Result<StudyFile> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return fail(
			'invalid',
			`${name} is not a study file (it is not JSON). Export it again with Export study file.`
		);
	}
	const parsed = fileSchema.safeParse(raw);
	if (!parsed.success)
		return fail(
			'invalid',
			`${name} is not a CTsource study file, or it is damaged. Nothing was merged from it.`
		);
	return ok({ ...parsed.data, name });
}

/** What merging the files into this browser would do (pure: the tests call it directly). */
export interface MergePlan {
	studyId: string;
	sessions: StudySession[];
	events: EventRecord[];
	added: number;
	duplicates: number;
	refused: string[];
	/** Every app version among the study's sessions, when more than one. */
	versions: string[];
}

export function planMerge(
	local: { studyId: string; sessions: readonly StudySession[] },
	files: readonly StudyFile[]
): MergePlan {
	const studyId = local.studyId || files[0]?.studyId || '';
	const known = new Set(local.sessions.map((s) => s.id));
	const sessions: StudySession[] = [];
	const events: EventRecord[] = [];
	const refused: string[] = [];
	let duplicates = 0;
	for (const file of files) {
		if (file.studyId !== studyId) {
			refused.push(
				`${file.name} is from study ${file.studyId}; this browser holds study ${studyId}. Nothing was merged from it.`
			);
			continue;
		}
		const fresh = file.sessions.filter((s) => {
			if (known.has(s.id)) {
				duplicates++;
				return false;
			}
			known.add(s.id);
			return true;
		});
		const ids = new Set(fresh.map((s) => s.id));
		sessions.push(...fresh.map((s) => ({ ...s, studyId: s.studyId ?? file.studyId })));
		events.push(...file.events.filter((e) => ids.has(String(e.data.sessionId ?? ''))));
	}
	const versions = [
		...new Set(
			[...local.sessions, ...sessions]
				.filter((s) => (s.studyId ?? studyId) === studyId)
				.map((s) => s.appVersion ?? 'unknown')
		)
	].sort();
	return {
		studyId,
		sessions,
		events,
		added: sessions.length,
		duplicates,
		refused,
		versions: versions.length > 1 ? versions : []
	};
}

/** What the page says after a merge. */
export function mergeReport(plan: MergePlan): string[] {
	const lines = [
		`Merged ${plan.added} session${plan.added === 1 ? '' : 's'} into study ${plan.studyId}` +
			(plan.duplicates ? ` (${plan.duplicates} already here, skipped).` : '.')
	];
	if (plan.versions.length)
		lines.push(
			`The sessions ran on ${plan.versions.length} app versions (${plan.versions.join(', ')}): say so when you compare them.`
		);
	return [...lines, ...plan.refused];
}

/** Reads the chosen files and merges them into this browser's study. */
export async function mergeStudyFiles(files: readonly File[]): Promise<Result<string[]>> {
	const parsed: StudyFile[] = [];
	const problems: string[] = [];
	for (const f of files) {
		const r = parseStudyFile(f.name, await f.text());
		if (r.ok) parsed.push(r.value);
		else problems.push(r.error.message);
	}
	if (!parsed.length)
		return fail('invalid', problems.join(' ') || 'Choose at least one study file.');
	const [list, setup] = await Promise.all([listStudySessions(), loadSetup()]);
	if (!list.ok) return list;
	const localStudy = setup.studyId || list.value.find((s) => s.studyId)?.studyId || '';
	const plan = planMerge({ studyId: localStudy, sessions: list.value }, parsed);
	if (plan.added) {
		const saved = await saveSessions([...list.value, ...plan.sessions]);
		if (!saved.ok) return saved;
		const added = await importEvents(plan.events);
		if (!added.ok) return added;
	}
	if (!setup.studyId && plan.studyId)
		await setMeta(SETUP_META, { ...setup, studyId: plan.studyId });
	return ok([...mergeReport(plan), ...problems]);
}
