import { goto } from '$app/navigation';

/**
 * Logs in as a sample user and opens `href`; resolves to a message when it could not. The login
 * rules and the session load only when a presenter uses it (the demo page stays within its
 * JavaScript budget).
 */
export async function logInAs(username: string, password: string, href: string) {
	const [{ signIn }, { session }] = await Promise.all([
		import('$lib/storage/login'),
		import('$lib/portal/session.svelte')
	]);
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
