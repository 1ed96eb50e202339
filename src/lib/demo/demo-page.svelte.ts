/**
 * The Demo tools page's state: the flow and demo-mode settings (checkboxes that save at once),
 * and the sample users of the jump links (the tools opened on demand are OnDemand). The
 * page itself is markup.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { loadReturnToPending, saveReturnToPending } from '$lib/agency/settings';
import { rememberConfirmation } from '$lib/registration/confirmation-access';
import { loadReviewSetting, saveReviewSetting } from '$lib/registration/flow-settings';
import { findUserByLogin } from '$lib/storage/accounts';
import { getMeta, setMeta } from '$lib/storage/meta';
import { z } from '$lib/storage/validate';
import { logInAs } from './login-as';
import { DEMO_MODE } from './mode';
import type { DemoLogin } from './sample-plan';

export class DemoPage {
	reviewOn = $state(true);
	/** WebProcure's rule: an approved supplier's identity change returns it to Pending. */
	returnToPending = $state(true);
	demoOn = $state(false);
	loaded = $state(false);
	/** A setting that could not be saved. */
	error = $state<string | null>(null);
	logins = $state<DemoLogin[]>([]);
	/** The sample user the jump links log in as. */
	asUser = $state('');
	jumpError = $state<string | null>(null);

	refresh = async (): Promise<void> => {
		this.reviewOn = await loadReviewSetting();
		this.returnToPending = await loadReturnToPending();
		const demo = await getMeta(DEMO_MODE, z.boolean());
		this.demoOn = demo.ok && demo.value === true;
		this.loaded = true;
		if (!this.logins.length) {
			this.logins = (await import('./sample-plan')).sampleLogins();
			this.asUser ||= this.logins[0]?.username ?? '';
		}
	};

	toggleReview = async (): Promise<void> => {
		const result = await saveReviewSetting(this.reviewOn);
		this.error = result.ok ? null : result.error.message;
	};

	toggleReturnToPending = async (): Promise<void> => {
		const result = await saveReturnToPending(this.returnToPending);
		this.error = result.ok ? null : result.error.message;
	};

	toggleDemo = async (): Promise<void> => {
		const result = await setMeta(DEMO_MODE, this.demoOn);
		this.error = result.ok ? null : result.error.message;
	};

	/** Logs in as the chosen sample user and opens `href` (a resolve()d path). */
	jumpAs = async (href: string): Promise<void> => {
		const l = this.logins.find((x) => x.username === this.asUser) ?? this.logins[0];
		if (!l) return;
		this.jumpError = await logInAs(l.username, l.password, href);
	};

	/** The registration confirmation page of the chosen sample user's organization. */
	confirmationPage = async (): Promise<void> => {
		this.jumpError = null;
		const found = await findUserByLogin(this.asUser);
		const user = found.ok ? found.value[0] : undefined;
		if (!user) {
			this.jumpError = `${this.asUser} is not registered yet: load the sample data first.`;
			return;
		}
		rememberConfirmation(user.organizationId); // the presenter opens it in this tab
		await goto(
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolve() plus a query
			`${resolve('/register/[step]', { step: 'confirmation' })}?org=${encodeURIComponent(user.organizationId)}`
		);
	};
}
