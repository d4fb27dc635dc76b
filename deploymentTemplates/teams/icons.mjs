// Draws the app's two icons as PNG files, so the package holds pictures made from this source rather than binary
// blobs: color.png (192×192, the accent colour with a white mark) and outline.png (32×32, the same mark in white on
// a transparent background, as Teams requires). Usage: node icons.mjs <output folder>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const accent = [0x2b, 0x57, 0x97];
const white = [255, 255, 255];
const samples = 4; // per axis: 16 samples per pixel smooth the edges

// The mark, in a unit square: a « C » (a ring open on the right) around a dot — a speech bubble's worth of advice.
function inMark(x, y) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  const angle = Math.abs(Math.atan2(dy, dx)); // 0 on the right, π on the left
  const ring = r >= 0.28 && r <= 0.4 && angle >= Math.PI / 4;
  const dot = r <= 0.1;
  return ring || dot;
}

function coverage(px, py, size) {
  let hits = 0;
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < samples; j++) {
      if (inMark((px + (i + 0.5) / samples) / size, (py + (j + 0.5) / samples) / size)) hits++;
    }
  }
  return hits / (samples * samples);
}

// RGBA rows: outline = white with the mark's coverage as alpha; color = white over the accent, fully opaque.
function draw(size, outline) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size);
      const o = (y * size + x) * 4;
      const rgb = outline ? white : accent.map((a, k) => Math.round(a + (white[k] - a) * c));
      pixels.set([...rgb, outline ? Math.round(255 * c) : 255], o);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, compression 0 (deflate), filter method 0, not interlaced
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter type None
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = process.argv[2];
if (!out) {
  console.error('usage: node icons.mjs <output folder>');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'color.png'), png(192, draw(192, false)));
fs.writeFileSync(path.join(out, 'outline.png'), png(32, draw(32, true)));
