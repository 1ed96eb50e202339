/**
 * A check held back while a pointer press is in progress (./src/lib/forms/press-guard.ts): a
 * message appearing between mousedown and click would move what is being pressed.
 */
import { afterPress, pressInProgress } from '$lib/forms/press-guard';

function fire(type: string) {
	window.dispatchEvent(new Event(type));
}

describe('afterPress', () => {
	afterEach(() => {
		vi.useRealTimers();
		fire('pointercancel');
	});

	it('runs at once when no pointer is pressed (the keyboard)', () => {
		const check = vi.fn();
		afterPress(check);
		expect(check).toHaveBeenCalledOnce();
	});

	it('holds a check made during a mouse press until after its click', async () => {
		vi.useFakeTimers();
		const check = vi.fn();
		fire('pointerdown');
		afterPress(check);
		fire('pointerup');
		expect(check).not.toHaveBeenCalled();
		fire('click');
		expect(check).not.toHaveBeenCalled(); // after the click's own handlers
		await vi.runOnlyPendingTimersAsync();
		expect(check).toHaveBeenCalledOnce();
		expect(pressInProgress()).toBe(false);
	});

	it('on a touch screen the blur comes after pointerup: still held until the click', async () => {
		vi.useFakeTimers();
		const check = vi.fn();
		fire('pointerdown');
		fire('pointerup');
		afterPress(check); // the compatibility mousedown moves focus only now
		expect(check).not.toHaveBeenCalled();
		fire('click');
		await vi.runOnlyPendingTimersAsync();
		expect(check).toHaveBeenCalledOnce();
	});

	it('a press that ends in no click releases the check shortly after pointerup', async () => {
		vi.useFakeTimers();
		const check = vi.fn();
		fire('pointerdown');
		afterPress(check);
		fire('pointerup');
		await vi.advanceTimersByTimeAsync(100);
		expect(check).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1000);
		expect(check).toHaveBeenCalledOnce();
	});

	it('a scroll (pointercancel) releases it', async () => {
		vi.useFakeTimers();
		const check = vi.fn();
		fire('pointerdown');
		afterPress(check);
		fire('pointercancel');
		await vi.runOnlyPendingTimersAsync();
		expect(check).toHaveBeenCalledOnce();
	});
});
