/** The offline update flow over a stand-in service worker: a new version found, then applied. */
import { SKIP_WAITING, applyUpdate, watchForUpdate, type WorkerLike } from '$lib/offline/updates';
import { FakeContainer, FakeWorker, flush } from '../../support/service-worker';

describe('watchForUpdate', () => {
	it('reports a worker already waiting when the page loads', async () => {
		const container = new FakeContainer({});
		const waiting = new FakeWorker('installed');
		container.registration.waiting = waiting;
		const seen: WorkerLike[] = [];
		watchForUpdate(container, (w) => seen.push(w));
		await flush();
		expect(seen).toEqual([waiting]);
	});

	it('reports an update once it has installed, not while installing', async () => {
		const container = new FakeContainer({});
		const seen: WorkerLike[] = [];
		watchForUpdate(container, (w) => seen.push(w));
		await flush();
		const next = new FakeWorker('installing');
		container.registration.find(next);
		expect(seen).toEqual([]);
		next.become('installed');
		expect(seen).toEqual([next]);
	});

	it('reports an update that was already installing when the page started', async () => {
		const container = new FakeContainer({});
		const next = new FakeWorker('installing');
		container.registration.find(next); // before anyone listens
		const seen: WorkerLike[] = [];
		watchForUpdate(container, (w) => seen.push(w));
		await flush();
		expect(seen).toEqual([]);
		next.become('installed');
		expect(seen).toEqual([next]);
	});

	it('does not treat the very first install (no controller) as an update', async () => {
		const container = new FakeContainer(null);
		const seen: WorkerLike[] = [];
		watchForUpdate(container, (w) => seen.push(w));
		await flush();
		const first = new FakeWorker('installing');
		container.registration.find(first);
		first.become('installed');
		expect(seen).toEqual([]);
	});

	it('stops reporting once stopped', async () => {
		const container = new FakeContainer({});
		const seen: WorkerLike[] = [];
		const stop = watchForUpdate(container, (w) => seen.push(w));
		await flush();
		stop();
		const next = new FakeWorker('installing');
		container.registration.find(next);
		next.become('installed');
		expect(seen).toEqual([]);
	});
});

describe('applyUpdate', () => {
	it('asks the waiting worker to take over and reloads when it controls the page', () => {
		const container = new FakeContainer({});
		const worker = new FakeWorker('installed');
		const reload = vi.fn();
		applyUpdate(container, worker, reload);
		expect(worker.messages).toEqual([SKIP_WAITING]);
		expect(reload).not.toHaveBeenCalled();
		container.dispatchEvent(new Event('controllerchange'));
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('reloads at once when the worker already took over (from another tab)', () => {
		const container = new FakeContainer({});
		const worker = new FakeWorker('activated');
		const reload = vi.fn();
		applyUpdate(container, worker, reload);
		expect(worker.messages).toEqual([]);
		expect(reload).toHaveBeenCalledTimes(1);
	});
});
