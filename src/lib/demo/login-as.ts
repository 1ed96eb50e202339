import { goto } from '$app/navigation';
import { session } from '$lib/portal/session.svelte';
import { signIn } from '$lib/storage/login';

/** Logs in as a sample user and opens `href`; resolves to a message when it could not. */
export async function logInAs(username: string, password: string, href: string) {
	const outcome = await signIn({ login: username, password, username });
	if (outcome.kind !== 'ok') {
		return 'message' in outcome
			? outcome.message
			: `${username} could not log in (${outcome.kind}). Load the sample data first.`;
	}
	const started = await session.start(outcome.user);
	if (!started.ok) return started.error.message;
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- callers pass resolve()d paths
	await goto(href);
	return null;
}
