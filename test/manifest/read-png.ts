import { crc32, inflateSync } from 'node:zlib';

const SIGNATURE = '89504e470d0a1a0a';
const CHANNELS_BY_COLOR_TYPE: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export type DecodedPng = {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  channels: number;
  /** Unfiltered pixel bytes, rows top to bottom. */
  pixels: Uint8Array;
};

/**
 * A small PNG reader for the icon tests, written apart from the encoder so that the tests read the
 * files the way any viewer would: chunk CRCs checked, all five row filters undone. 8-bit, non-interlaced only.
 */
export function readPng(file: Uint8Array): DecodedPng {
  const bytes = Buffer.from(file);
  if (bytes.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG signature');
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== crc) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  if (!header) throw new Error('no IHDR chunk');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bitDepth = header.readUInt8(8);
  const colorType = header.readUInt8(9);
  const interlace = header.readUInt8(12);
  const channels = CHANNELS_BY_COLOR_TYPE[colorType];
  if (channels === undefined || bitDepth !== 8 || interlace !== 0) {
    throw new Error(`unsupported PNG: colour type ${colorType}, depth ${bitDepth}, interlace ${interlace}`);
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length !== (stride + 1) * height) throw new Error('image data has the wrong length');
  const pixels = new Uint8Array(stride * height);
  for (let row = 0; row < height; row++) {
    const filter = raw[row * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[row * (stride + 1) + 1 + i] ?? 0;
      const a = i >= channels ? (pixels[row * stride + i - channels] ?? 0) : 0;
      const b = row > 0 ? (pixels[(row - 1) * stride + i] ?? 0) : 0;
      const c = row > 0 && i >= channels ? (pixels[(row - 1) * stride + i - channels] ?? 0) : 0;
      pixels[row * stride + i] = (x + predict(filter, a, b, c)) & 0xff;
    }
  }
  return { width, height, bitDepth, colorType, interlace, channels, pixels };
}

function predict(filter: number | undefined, a: number, b: number, c: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return Math.floor((a + b) / 2);
    case 4: {
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    default:
      throw new Error(`unknown row filter ${filter}`);
  }
}
