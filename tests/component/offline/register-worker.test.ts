/** When the service worker is registered: later, and not again on a page it already controls. */
import { REGISTER_DELAY_MS, registerWorkerLater } from '$lib/offline/register-worker';

function fakeContainer(controller: object | null) {
	const register = vi.fn(() => Promise.resolve({}));
	Object.defineProperty(navigator, 'serviceWorker', {
		configurable: true,
		value: { controller, register }
	});
	return register;
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
});

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('registerWorkerLater', () => {
	it('registers the worker a few seconds after the page starts, at an idle moment', () => {
		const register = fakeContainer(null);
		registerWorkerLater();
		vi.advanceTimersByTime(REGISTER_DELAY_MS - 1);
		expect(register).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		vi.runOnlyPendingTimers();
		expect(register).toHaveBeenCalledTimes(1);
		expect(register).toHaveBeenCalledWith('/service-worker.js', expect.any(Object));
	});

	it('does not register again on a page the worker already controls', () => {
		const register = fakeContainer({ scriptURL: '/service-worker.js' });
		registerWorkerLater();
		vi.advanceTimersByTime(REGISTER_DELAY_MS * 10);
		vi.runAllTimers();
		expect(register).not.toHaveBeenCalled();
	});
});
