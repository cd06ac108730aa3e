#!/usr/bin/env node
/**
 * Draws the Qira'a app icon and writes every format electron-builder wants, using only
 * Node built-ins: PNGs for Linux (linux/NxN.png), icon.png (1024), icon.ico and icon.icns
 * (both simply wrap PNG images, which Windows Vista+ and macOS 10.7+ accept).
 *
 * The picture: a deep teal rounded square with cream pen strokes (three uprights on a joined
 * baseline that ends in a bowl), like an Arabic word in outline, and one gold diamond dot.
 * Run: node assets/icons/generate-icons.mjs
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TEAL = [0x1f, 0x5f, 0x5b];
const CREAM = [0xf6, 0xef, 0xdf];
const GOLD = [0xd9, 0xa4, 0x41];

// Shapes in a 512-unit square. Capsules (round-ended strokes) read as pen strokes.
const capsule = (x1, y1, x2, y2, r) => (x, y) => {
  const dx = x2 - x1, dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= r;
};
const roundedSquare = (min, max, r) => (x, y) => {
  const cx = Math.max(min + r, Math.min(max - r, x));
  const cy = Math.max(min + r, Math.min(max - r, y));
  return Math.hypot(x - cx, y - cy) <= r;
};
const diamond = (cx, cy, r) => (x, y) => Math.abs(x - cx) + Math.abs(y - cy) <= r;

// An arc of a ring: the points within `width / 2` of the circle (cx, cy, r) that `keep` accepts.
const arc = (cx, cy, r, width, keep) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= width / 2 && keep(x, y);

const background = roundedSquare(24, 488, 104);
const strokes = [
  capsule(160, 318, 384, 318, 18), // the joined baseline
  arc(160, 264, 54, 36, (x, y) => x <= 160 && y >= 264), // it ends in a bowl, like a final nun
  capsule(106, 264, 106, 250, 18), // the bowl's rounded tip
  capsule(368, 140, 368, 318, 18), // a tall alif-like stroke on the right, where reading starts
  capsule(298, 244, 298, 318, 18),
  capsule(232, 204, 232, 318, 18),
];
const dot = diamond(160, 222, 24);

// The strokes sit a little above and left of centre as drawn; this centres them optically.
const SHIFT_X = 10;
const SHIFT_Y = 26;

function colourAt(x, y) {
  if (!background(x, y)) return null;
  const [gx, gy] = [x - SHIFT_X, y - SHIFT_Y];
  if (strokes.some((inside) => inside(gx, gy))) return CREAM;
  if (dot(gx, gy)) return GOLD;
  return TEAL;
}

/** RGBA pixels for a size, 4x4 supersampled so edges are smooth at every size. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const grid = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const colour = colourAt(((px + (sx + 0.5) / grid) * 512) / size, ((py + (sy + 0.5) / grid) * 512) / size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
        pixels[offset + 3] = Math.round((255 * a) / (grid * grid));
      }
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const pixels = render(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Every scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(([size, data], i) => {
    const entry = 6 + 16 * i;
    header[entry] = size >= 256 ? 0 : size; // 0 means 256
    header[entry + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map(([, data]) => data)]);
}

function icns(images) {
  const blocks = images.map(([type, data]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + blocks.reduce((sum, block) => sum + block.length, 0), 4);
  return Buffer.concat([head, ...blocks]);
}

const sizes = [16, 32, 48, 64, 128, 256, 512, 1024];
const pngs = new Map(sizes.map((size) => [size, png(size)]));
const linuxDir = path.join(HERE, 'linux');
mkdirSync(linuxDir, { recursive: true });
for (const size of sizes.filter((s) => s <= 512)) writeFileSync(path.join(linuxDir, `${size}x${size}.png`), pngs.get(size));
writeFileSync(path.join(HERE, 'icon.png'), pngs.get(1024));
writeFileSync(path.join(HERE, 'icon.ico'), ico([16, 32, 48, 64, 128, 256].map((size) => [size, pngs.get(size)])));
// icp4/icp5/ic07/ic08/ic09/ic10: PNG payloads of 16, 32, 128, 256, 512 and 1024 pixels.
writeFileSync(
  path.join(HERE, 'icon.icns'),
  icns([['icp4', 16], ['icp5', 32], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024]].map(([type, size]) => [type, pngs.get(size)])),
);
process.stdout.write(`Wrote icon.png, icon.ico, icon.icns and linux/{${sizes.filter((s) => s <= 512).join(',')}} in ${HERE}\n`);
