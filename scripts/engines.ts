/**
 * The cross-engine suite (issue #19): the main flows in Firefox ESR (WebDriver BiDi) and WebKitGTK
 * (WebDriver classic), against the production build served as a static host would. It builds
 * nothing: run `npm run build` first (CI builds once for every check).
 *
 *   npm run test:engines                          both engines, every flow
 *   npm run test:engines -- --engine webkit       one engine (firefox | webkit)
 *   npm run test:engines -- --flow "two tabs"     flows whose name contains the text
 *
 * One engine at a time, one browser at a time (CI is a shared 2-core machine). Prints each
 * flow's result, time and notes (where an engine differs), then a summary; exits 1 on any failure.
 * Ports: ENGINES_PORT (static server, default 4181) and ENGINES_DRIVER_PORT (WebKitWebDriver,
 * default 4191).
 *
 * A flow takes 3-20 s. One that has not finished in FLOW_LIMIT_MS has stopped answering: once in
 * CI a WebKitGTK browser went away mid-flow while its driver waited on it for ever. Such a flow
 * is reported, the engine is started again and the flow run once more on it; it fails if it does
 * not finish then either. A flow that fails (an assertion) is never run again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { firefox, missing, webkit, type Engine, type EngineName } from '../tests/engines/driver';
import { FLOWS, type FlowContext } from '../tests/engines/flows';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const engines = (option('engine')?.split(',') ?? ['firefox', 'webkit']) as EngineName[];
const only = option('flow');
const port = Number(process.env.ENGINES_PORT ?? 4181);
const driverPort = Number(process.env.ENGINES_DRIVER_PORT ?? 4191);
const buildDir = process.env.BUILD_DIR ?? 'build';
const base = `http://localhost:${port}/`;

for (const engine of engines) {
	if (engine !== 'firefox' && engine !== 'webkit') {
		console.error(`Unknown engine "${engine}": use firefox or webkit.`);
		process.exit(2);
	}
	const why = missing(engine);
	if (why) {
		console.error(why);
		process.exit(2);
	}
}
if (!existsSync(`${buildDir}/200.html`)) {
	console.error(`No build in ${buildDir}/: run "npm run build" first.`);
	process.exit(2);
}

// ---- the static server (scripts/serve.mjs, as the Chromium suite uses) ----------------------

let server: ChildProcess | null = null;

async function startServer() {
	server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--quiet'], {
		stdio: 'inherit'
	});
	const until = Date.now() + 30_000;
	for (;;) {
		try {
			if ((await fetch(base)).ok) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > until) throw new Error(`The static server did not start on ${base}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

async function stopServer() {
	const child = server;
	server = null;
	if (!child || child.exitCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	await exited;
}

// ---- run ---------------------------------------------------------------------------------------

interface Outcome {
	engine: EngineName;
	flow: string;
	ok: boolean;
	seconds: number;
	notes: string[];
	error?: string;
}

/** Time after which a flow has stopped answering (see above). */
const FLOW_LIMIT_MS = 180_000;

class StoppedAnswering extends Error {}

/** `work`, or a StoppedAnswering error once `ms` have passed without it settling. */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const limit = new Promise<never>((_, reject) => {
		timer = setTimeout(
			() => reject(new StoppedAnswering(`${what} did not finish in ${ms / 1000} s`)),
			ms
		);
	});
	try {
		return await Promise.race([work, limit]);
	} finally {
		clearTimeout(timer);
	}
}

const outcomes: Outcome[] = [];
const started = Date.now();
await startServer();
try {
	for (const name of engines) {
		const t0 = Date.now();
		let engine: Engine | null = null;
		try {
			engine = name === 'firefox' ? await firefox() : await webkit(driverPort);
			for (const flow of FLOWS) {
				if (only && !flow.name.includes(only)) continue;
				const notes: string[] = [];
				const ctx: FlowContext = {
					engine,
					base,
					server: { stop: stopServer, start: startServer },
					note: (line) => notes.push(line)
				};
				const f0 = Date.now();
				process.stdout.write(`${name.padEnd(8)} ${flow.name} … `);
				try {
					try {
						await within(FLOW_LIMIT_MS, flow.name, flow.run(ctx));
					} catch (e) {
						if (!(e instanceof StoppedAnswering)) throw e;
						// The browser stopped answering: a fresh one, and the flow once more.
						process.stdout.write(`${e.message}; again on a fresh ${name} … `);
						notes.push(`first run: ${e.message}; run again on a fresh browser`);
						const stale = engine;
						await within(30_000, `closing ${name}`, stale.close()).catch(() => {});
						engine = name === 'firefox' ? await firefox() : await webkit(driverPort);
						ctx.engine = engine;
						if (!server) await startServer();
						await within(FLOW_LIMIT_MS, flow.name, flow.run(ctx));
					}
					outcomes.push({
						engine: name,
						flow: flow.name,
						ok: true,
						seconds: (Date.now() - f0) / 1000,
						notes
					});
					console.log(`ok (${((Date.now() - f0) / 1000).toFixed(1)} s)`);
				} catch (e) {
					const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
					outcomes.push({
						engine: name,
						flow: flow.name,
						ok: false,
						seconds: (Date.now() - f0) / 1000,
						notes,
						error
					});
					console.log(`FAILED (${((Date.now() - f0) / 1000).toFixed(1)} s)\n${error}`);
					if (!server) await startServer(); // a flow that stopped it failed midway
				}
				for (const line of notes) console.log(`           · ${line}`);
			}
		} finally {
			await engine?.close();
		}
		console.log(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
	}
} finally {
	await stopServer();
}

const failed = outcomes.filter((o) => !o.ok);
console.log(
	`Engines: ${outcomes.length - failed.length} of ${outcomes.length} flows passed in ${((Date.now() - started) / 1000).toFixed(1)} s` +
		(failed.length ? `; failed: ${failed.map((o) => `${o.engine} / ${o.flow}`).join(', ')}` : '')
);
process.exit(failed.length || outcomes.length === 0 ? 1 : 0);
