/** A stand-in for the browser's service worker API, for the offline update tests. */
import { tick } from 'svelte';
import type { RegistrationLike, WorkerContainerLike, WorkerLike } from '$lib/offline/updates';

/** A stand-in service worker, with its state and the messages posted to it. */
export class FakeWorker extends EventTarget implements WorkerLike {
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

export class FakeRegistration extends EventTarget implements RegistrationLike {
	waiting: FakeWorker | null = null;
	installing: FakeWorker | null = null;
	/** The browser found a new worker script: it starts installing. */
	find(worker: FakeWorker) {
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
	}
}

export class FakeContainer extends EventTarget implements WorkerContainerLike {
	registration = new FakeRegistration();
	ready = Promise.resolve(this.registration as RegistrationLike);
	constructor(public controller: unknown) {
		super();
	}
}

export const flush = async () => {
	await Promise.resolve();
	await Promise.resolve();
	await tick();
};
