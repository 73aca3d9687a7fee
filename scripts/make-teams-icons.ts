/**
 * Draws the two Teams app icons (an envelope with a compass badge) and writes them as PNG files:
 * manifest/color.png (192×192, full colour) and manifest/outline.png (32×32, white on transparent).
 * Run after changing the design: `npm exec -- node scripts/make-teams-icons.ts`, then commit the PNGs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const COLOR_ICON_SIZE = 192;
const OUTLINE_ICON_SIZE = 32;

type Rgb = readonly [number, number, number];
const NAVY: Rgb = [0x1f, 0x4e, 0x79]; // the manifest's accentColor, so the tile matches Teams' frame
const WHITE: Rgb = [0xff, 0xff, 0xff];
const GOLD: Rgb = [0xf2, 0xb1, 0x34];

/** Each pixel is the average of SUBSAMPLES × SUBSAMPLES points, which smooths the edges. */
const SUBSAMPLES = 4;

/** An 8-bit image; `channels` is 3 (RGB) or 4 (RGBA), rows top to bottom. */
export type Image = { width: number; height: number; channels: 3 | 4; data: Uint8Array };

/** Paints one point of the icon: the colour and opacity (0..1) at (x, y) in pixel units. */
type Painter = (x: number, y: number) => { rgb: Rgb; alpha: number };

function renderImage(size: number, channels: 3 | 4, paint: Painter): Image {
  const data = new Uint8Array(size * size * channels);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const { rgb, alpha } = paint(px + (sx + 0.5) / SUBSAMPLES, py + (sy + 0.5) / SUBSAMPLES);
          sum[0] = (sum[0] ?? 0) + rgb[0];
          sum[1] = (sum[1] ?? 0) + rgb[1];
          sum[2] = (sum[2] ?? 0) + rgb[2];
          sum[3] = (sum[3] ?? 0) + alpha;
        }
      }
      const count = SUBSAMPLES * SUBSAMPLES;
      const offset = (py * size + px) * channels;
      for (let c = 0; c < channels; c++) {
        data[offset + c] = Math.round(c === 3 ? ((sum[3] ?? 0) / count) * 255 : (sum[c] ?? 0) / count);
      }
    }
  }
  return { width: size, height: size, channels, data };
}

// Shapes, in pixel coordinates.
function inRoundedRect(
  x: number,
  y: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
  r: number,
) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function nearSegment(
  x: number,
  y: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  halfWidth: number,
) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - (ax + t * dx)) ** 2 + (y - (ay + t * dy)) ** 2 <= halfWidth * halfWidth;
}

function inCircle(x: number, y: number, cx: number, cy: number, r: number) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A compass needle: a thin rhombus through (cx, cy), tilted to point north-east. */
function inNeedle(x: number, y: number, cx: number, cy: number, length: number, width: number) {
  const u = (x - cx + (cy - y)) / Math.SQRT2; // along the needle
  const v = (x - cx - (cy - y)) / Math.SQRT2; // across it
  return Math.abs(u) / length + Math.abs(v) / width <= 1;
}

/** 192×192: a navy tile, a white envelope, a gold compass badge on its lower right corner. */
function paintColorIcon(x: number, y: number): { rgb: Rgb; alpha: number } {
  const badge = { cx: 134, cy: 118, r: 30 };
  if (inCircle(x, y, badge.cx, badge.cy, badge.r)) {
    if (inNeedle(x, y, badge.cx, badge.cy, 21, 6)) return { rgb: NAVY, alpha: 1 };
    return { rgb: GOLD, alpha: 1 };
  }
  // A navy ring keeps the badge apart from the white envelope behind it.
  if (inCircle(x, y, badge.cx, badge.cy, badge.r + 6)) return { rgb: NAVY, alpha: 1 };
  if (inRoundedRect(x, y, 26, 44, 142, 122, 9)) {
    const flap = nearSegment(x, y, 32, 50, 84, 88, 4) || nearSegment(x, y, 84, 88, 136, 50, 4);
    return { rgb: flap ? NAVY : WHITE, alpha: 1 };
  }
  return { rgb: NAVY, alpha: 1 };
}

/** 32×32: the envelope alone, drawn in white lines; everything else fully transparent. */
function paintOutlineIcon(x: number, y: number): { rgb: Rgb; alpha: number } {
  const border = inRoundedRect(x, y, 3, 7, 29, 25, 2.5) && !inRoundedRect(x, y, 5, 9, 27, 23, 1);
  const flap = nearSegment(x, y, 5.5, 9.5, 16, 17, 1) || nearSegment(x, y, 16, 17, 26.5, 9.5, 1);
  return { rgb: WHITE, alpha: border || flap ? 1 : 0 };
}

export function colorIcon(): Image {
  return renderImage(COLOR_ICON_SIZE, 3, paintColorIcon);
}

export function outlineIcon(): Image {
  return renderImage(OUTLINE_ICON_SIZE, 4, paintOutlineIcon);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE = { 3: 2, 4: 6 } as const; // PNG colour types: 2 = RGB, 6 = RGBA
const FILTER_NONE = 0;

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** Encodes an 8-bit RGB or RGBA image as a PNG file. */
export function encodePng(image: Image): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(COLOR_TYPE[image.channels], 9);
  // Bytes 10-12 stay 0: deflate compression, adaptive filtering, no interlace.
  const stride = image.width * image.channels;
  const raw = Buffer.alloc((stride + 1) * image.height);
  for (let row = 0; row < image.height; row++) {
    raw.writeUInt8(FILTER_NONE, row * (stride + 1));
    raw.set(image.data.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export const ICON_FILES = {
  color: fileURLToPath(new URL('../manifest/color.png', import.meta.url)),
  outline: fileURLToPath(new URL('../manifest/outline.png', import.meta.url)),
};

if (import.meta.main) {
  writeFileSync(ICON_FILES.color, encodePng(colorIcon()));
  writeFileSync(ICON_FILES.outline, encodePng(outlineIcon()));
  console.log(`Wrote ${ICON_FILES.color} and ${ICON_FILES.outline}`);
}
