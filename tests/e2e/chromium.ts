import { existsSync } from 'node:fs';

/** The system Chromium the browser tests, budgets and audit use. Never downloaded at test time. */
export function chromiumPath(): string {
	const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(candidate)) {
		throw new Error(
			`Chromium not found at ${candidate}. Install it with "sudo apt-get install chromium" or set CHROMIUM_PATH.`
		);
	}
	return candidate;
}

/** Flags for headless Chromium on a closed network (no background requests to Google hosts). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
