// Draws the app icons (a dark blue square with "CT" in white) as PNG files under static/icons/,
// using only Node: pixels are computed here and compressed with node:zlib.
//   node scripts/make-icons.mjs
// The files are committed; run this again only to change the design.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BACKGROUND = [0x16, 0x2e, 0x51]; // USWDS primary-darker, the site's theme colour
const FOREGROUND = [0xff, 0xff, 0xff];
const SAMPLES = 4; // per axis, for anti-aliased edges

/** Whether the point (x, y) in the unit square is inside the letters "CT", scaled by `scale`. */
function inLetters(x, y, scale) {
	const u = 0.5 + (x - 0.5) / scale;
	const v = 0.5 + (y - 0.5) / scale;
	// C: a ring open on the right.
	const dx = u - 0.34;
	const dy = v - 0.5;
	const r = Math.hypot(dx, dy);
	const angle = Math.abs(Math.atan2(dy, dx));
	if (r <= 0.2 && r >= 0.13 && angle >= Math.PI / 4) return true;
	// T: the bar and the stem.
	if (u >= 0.54 && u <= 0.84 && v >= 0.3 && v <= 0.37) return true;
	if (u >= 0.655 && u <= 0.725 && v >= 0.3 && v <= 0.7) return true;
	return false;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes) {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

/** An RGB PNG of `size` × `size` pixels; `scale` shrinks the letters (maskable safe zone). */
function icon(size, scale) {
	const row = 1 + size * 3;
	const raw = Buffer.alloc(row * size);
	for (let py = 0; py < size; py++) {
		raw[py * row] = 0; // filter: none
		for (let px = 0; px < size; px++) {
			let hits = 0;
			for (let sy = 0; sy < SAMPLES; sy++) {
				for (let sx = 0; sx < SAMPLES; sx++) {
					const x = (px + (sx + 0.5) / SAMPLES) / size;
					const y = (py + (sy + 0.5) / SAMPLES) / size;
					if (inLetters(x, y, scale)) hits++;
				}
			}
			const t = hits / (SAMPLES * SAMPLES);
			for (let c = 0; c < 3; c++) {
				raw[py * row + 1 + px * 3 + c] = Math.round(BACKGROUND[c] * (1 - t) + FOREGROUND[c] * t);
			}
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // colour type: RGB
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const out = new URL('../static/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
const icons = {
	'icon-192.png': icon(192, 1),
	'icon-512.png': icon(512, 1),
	// Maskable: the platform may crop to a circle of 80% diameter; keep the letters well inside.
	'icon-maskable-512.png': icon(512, 0.75),
	'apple-touch-icon.png': icon(180, 1)
};
for (const [name, bytes] of Object.entries(icons)) {
	writeFileSync(new URL(name, out), bytes);
	console.log(`static/icons/${name}: ${bytes.length} bytes`);
}
