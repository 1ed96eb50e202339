/**
 * A study session's life against fake IndexedDB: started with a study code and a variant (the
 * flow setting follows it), kept in IndexedDB so another tab can see it (and is told it records
 * nothing until it records there), ended by the facilitator (never an abandon, the open task
 * ends as not completed), then the SUS answers kept with the session.
 */
import { freshStorage, globals, MemoryStorage, must } from '../../support/storage';
import {
	endStudySession,
	listStudyEvents,
	listStudySessions,
	loadSetup,
	recordHere,
	saveSus,
	startStudySession,
	storedRunning
} from '$lib/research/study-sessions';
import { studyActive, studyElsewhere, trackErrors } from '$lib/research/recorder';
import { startTask } from '$lib/research/record';
import { loadReviewSetting } from '$lib/registration/flow-settings';

beforeAll(() => vi.stubGlobal('location', new URL('http://localhost:4173/research')));
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => freshStorage());

const start = (participant = 'P-01') =>
	startStudySession({
		studyId: 'CT-REG-1',
		participant,
		tasks: [
			{ title: 'Register', end: 'step-2' },
			{ title: 'Save for later', end: 'manual' }
		],
		variant: 'review-off',
		scheme: 'alternate',
		cleanProfile: false
	});

/** Waits until the events written without waiting (track) are stored. */
async function eventsOfType(type: string, count: number) {
	await vi.waitFor(async () =>
		expect(must(await listStudyEvents()).filter((e) => e.type === type)).toHaveLength(count)
	);
	return must(await listStudyEvents()).filter((e) => e.type === type);
}

describe('a study session', () => {
	it('refuses a missing study code, then starts with the variant’s flow and keeps the setup', async () => {
		const missing = await startStudySession({
			studyId: ' ',
			participant: 'P-01',
			tasks: [],
			variant: 'review-on',
			scheme: 'alternate',
			cleanProfile: false
		});
		expect(!missing.ok && missing.error.message).toBe('Enter the study code');

		const session = must(await start());
		expect(session).toMatchObject({ studyId: 'CT-REG-1', variant: 'review-off' });
		expect(session.appVersion).toBeTruthy();
		expect(await loadReviewSetting()).toBe(false);
		expect(await loadSetup()).toEqual({
			studyId: 'CT-REG-1',
			tasks: ['Register', 'Save for later'],
			ends: ['step-2', 'manual'],
			scheme: 'alternate',
			comparison: 'review'
		});
		const [started] = await eventsOfType('session-start', 1);
		expect(started!.data).toMatchObject({
			sessionId: session.id,
			studyId: 'CT-REG-1',
			variant: 'review-off'
		});
	});

	it('runs in IndexedDB: another tab is told it records nothing until it records there', async () => {
		const session = must(await start());
		expect(studyActive()).toBe(true);
		// Another tab: its own sessionStorage, the same localStorage and database.
		globals.sessionStorage = new MemoryStorage();
		expect(studyActive()).toBe(false);
		expect(studyElsewhere()).toBe(true);
		const running = (await storedRunning())!;
		expect(running.id).toBe(session.id);
		must(recordHere(running));
		expect(studyActive()).toBe(true);
		expect(studyElsewhere()).toBe(false);
	});

	it('ended by the facilitator: never an abandon, the open task not completed, then SUS', async () => {
		const session = must(await start());
		await startTask(0, 'Register');
		const ended = must(await endStudySession());
		expect(ended).toMatchObject({ id: session.id, endedBy: 'facilitator' });
		expect(ended!.endedAt).toBeTruthy();
		expect(await storedRunning()).toBeNull();
		expect(studyActive()).toBe(false);
		expect(studyElsewhere()).toBe(false);
		const [taskEnd] = await eventsOfType('task-end', 1);
		expect(taskEnd!.data).toMatchObject({ completed: false, reason: 'session-ended' });
		expect(must(await listStudyEvents()).some((e) => e.type === 'abandon')).toBe(false);

		const incomplete = await saveSus(session.id, [4, 2, 4, 1, 4, 2, 5, 1, 4, null], '');
		expect(!incomplete.ok && incomplete.error.message).toBe(
			'Answer all ten statements (1 to 5) before saving.'
		);
		must(await saveSus(session.id, [4, 2, 4, 1, 4, 2, 5, 1, 4, 2], '  Clear steps.  '));
		const [stored] = must(await listStudySessions());
		expect(stored).toMatchObject({ sus: [4, 2, 4, 1, 4, 2, 5, 1, 4, 2], comment: 'Clear steps.' });
	});

	it('counts one mistake once, however often it shows, and again when made again', async () => {
		must(await start());
		vi.stubGlobal('location', new URL('http://localhost:4173/register/organization'));
		try {
			const city = { id: 'city', text: 'Enter the City where your organization is located' };
			trackErrors([city]); // shown when the field is left
			trackErrors([city]); // and again in the summary after Next
			trackErrors([city, { id: 'zip', text: 'Enter the Postal / Zip Code' }]);
			trackErrors([]); // both fixed
			trackErrors([city]); // the same mistake made again
			const errors = await eventsOfType('validation-error', 3);
			expect(errors.map((e) => e.data.field)).toEqual(['city', 'zip', 'city']);
		} finally {
			vi.stubGlobal('location', new URL('http://localhost:4173/research'));
		}
	});
});

describe('the “as the guide” variant', () => {
	it('sets the wizard as the guide for the session, and back to improved when it ends', async () => {
		const { loadStyleSetting } = await import('$lib/registration/flow-settings');
		const { assignedVariant } = await import('$lib/research/start-form.svelte');
		expect([0, 1, 2, 3].map((n) => assignedVariant('alternate', 'guide', n))).toEqual([
			'review-on',
			'guide',
			'review-on',
			'guide'
		]);
		must(
			await startStudySession({
				studyId: 'CT-GUIDE',
				participant: 'P-02',
				tasks: [],
				variant: 'guide',
				scheme: 'alternate',
				comparison: 'guide',
				cleanProfile: false
			})
		);
		expect(await loadStyleSetting()).toBe('guide');
		expect(await loadReviewSetting()).toBe(true);
		expect((await loadSetup()).comparison).toBe('guide');
		must(await endStudySession());
		expect(await loadStyleSetting()).toBe('improved');
	});
});

describe('Next participant', () => {
	it('clears what the participant typed and saved, keeping the study and its results', async () => {
		const { clearParticipantData } = await import('$lib/storage/transfer');
		const { rawAll, rawPut } = await import('../../support/storage');
		must(await start());
		must(await endStudySession());
		await rawPut('drafts', { id: 'd1', values: {} });
		await rawPut('outbox', { id: 'o1', subject: 'Your registration' });
		globals.localStorage!.setItem('ctsource:draft:d1', '{}');
		globals.sessionStorage!.setItem('ctsource:session', 'abc');
		globals.sessionStorage!.setItem('ctsource:research-cleared', '1');

		must(await clearParticipantData((key) => key.startsWith('ctsource:research')));
		expect(await rawAll('drafts')).toEqual([]);
		expect(await rawAll('outbox')).toEqual([]);
		expect(globals.localStorage!.getItem('ctsource:draft:d1')).toBeNull();
		expect(globals.sessionStorage!.getItem('ctsource:session')).toBeNull();
		expect(globals.sessionStorage!.getItem('ctsource:research-cleared')).toBe('1');
		// The study stays: its sessions, events and setup.
		expect(must(await listStudySessions())).toHaveLength(1);
		expect(must(await listStudyEvents()).length).toBeGreaterThan(0);
		expect((await loadSetup()).studyId).toBe('CT-REG-1');
	});
});
