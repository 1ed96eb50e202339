import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import UpdateNotice from '$lib/components/UpdateNotice.svelte';
import { SKIP_WAITING } from '$lib/offline/updates';
import { FakeContainer, FakeWorker, flush } from '../../support/service-worker';

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
