// Serves build/ exactly as a static host would: precompressed .br/.gz files, clean URLs
// (/bids → bids.html), and the SPA fallback page (200.html) for every unknown path, under the
// BASE_PATH the site was built for. Usage: node scripts/serve.mjs [--port 4173] [--quiet]
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL(`../${process.env.BUILD_DIR ?? 'build'}`, import.meta.url));
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 4173));
const quiet = args.includes('--quiet');
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

if (!existsSync(`${root}/200.html`)) {
	console.error(`No build found in ${root}. Run "npm run build" first (or "npm start").`);
	process.exit(1);
}

const assets = sirv(root, {
	single: '200.html',
	gzip: true,
	brotli: true,
	extensions: ['html'],
	etag: true,
	setHeaders(res, pathname) {
		// Hashed files never change; everything else is revalidated.
		res.setHeader(
			'Cache-Control',
			pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		);
	}
});

const server = createServer((req, res) => {
	const url = req.url ?? '/';
	if (base) {
		if (url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`)) {
			req.url = url.slice(base.length) || '/';
		} else {
			res.writeHead(302, { Location: `${base}/` });
			res.end();
			return;
		}
	}
	assets(req, res, () => {
		res.writeHead(404);
		res.end('Not found');
	});
});

server.listen(port, '127.0.0.1', () => {
	if (!quiet) console.log(`CTsource portal running at http://localhost:${port}${base}/`);
});
