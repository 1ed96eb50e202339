import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import UpdateNotice from '$lib/components/UpdateNotice.svelte';
import {
	SKIP_WAITING,
	applyUpdate,
	watchForUpdate,
	type RegistrationLike,
	type WorkerContainerLike,
	type WorkerLike
} from '$lib/offline/updates';

/** A stand-in service worker, with its state and the messages posted to it. */
class FakeWorker extends EventTarget implements WorkerLike {
	messages: unknown[] = [];
	constructor(public state: string) {
		super();
	}
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	become(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget implements RegistrationLike {
	waiting: FakeWorker | null = null;
	installing: FakeWorker | null = null;
	/** The browser found a new worker script: it starts installing. */
	find(worker: FakeWorker) {
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
	}
}

class FakeContainer extends EventTarget implements WorkerContainerLike {
	registration = new FakeRegistration();
	ready = Promise.resolve(this.registration as RegistrationLike);
	constructor(public controller: unknown) {
		super();
	}
}

const flush = async () => {
	await Promise.resolve();
	await Promise.resolve();
	await tick();
};

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

describe('UpdateNotice', () => {
	it('shows nothing while no new version is waiting', async () => {
		const container = new FakeContainer({});
		render(UpdateNotice, { container, reload: vi.fn() });
		await flush();
		expect(screen.getByRole('status')).toBeEmptyDOMElement();
	});

	it('stays quiet on a first visit (no controlling worker yet)', async () => {
		const container = new FakeContainer(null);
		container.registration.waiting = new FakeWorker('installed');
		render(UpdateNotice, { container, reload: vi.fn() });
		await flush();
		expect(screen.getByRole('status')).toBeEmptyDOMElement();
	});

	it('renders nothing visible without service worker support', () => {
		render(UpdateNotice, { container: null });
		expect(screen.getByRole('status')).toBeEmptyDOMElement();
	});

	it('announces a version already waiting when the page loads, and switches on Reload', async () => {
		const user = userEvent.setup();
		const container = new FakeContainer({});
		const next = new FakeWorker('installed');
		container.registration.waiting = next;
		const reload = vi.fn();
		render(UpdateNotice, { container, reload });

		const button = await screen.findByRole('button', { name: 'Reload' });
		expect(screen.getByRole('status')).toHaveTextContent(
			'A new version of CTsource is available. Reload'
		);
		await user.click(button);
		await vi.waitFor(() => expect(next.messages).toEqual([SKIP_WAITING]));
		expect(button).toBeDisabled();
		expect(reload).not.toHaveBeenCalled();
		container.dispatchEvent(new Event('controllerchange'));
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('announces an update found while the page is open', async () => {
		const container = new FakeContainer({});
		const listening = vi.spyOn(container.registration, 'addEventListener');
		render(UpdateNotice, { container, reload: vi.fn() });
		await vi.waitFor(() => expect(listening).toHaveBeenCalled());
		const next = new FakeWorker('installing');
		container.registration.find(next);
		next.become('installed');
		expect(await screen.findByText(/A new version of CTsource is available/)).toBeVisible();
	});
});
