/**
 * Which way up a photo is. Phones store the pixels as the sensor saw them and write an EXIF Orientation
 * tag saying how to show them (Android in little-endian TIFF, iPhones in big-endian); a page can also lie
 * sideways or upside down in the picture itself. Pure functions over bytes, used by the reading thread.
 */

/** EXIF Orientation values that are pure rotations, by the clockwise quarter turns that show them upright. */
const TURNS_OF_ORIENTATION: Readonly<Record<number, QuarterTurns>> = { 1: 0, 6: 1, 3: 2, 8: 3 };
const ORIENTATION_OF_TURNS = [1, 6, 3, 8] as const;

export type QuarterTurns = 0 | 1 | 2 | 3;

const ORIENTATION_TAG = 0x0112;
const SHORT = 3;
const APP1 = 0xe1;
/** APP1 payloads start with this before their TIFF header. */
const EXIF_MARK = 'Exif\0\0';

/**
 * The clockwise quarter turns a JPEG's EXIF Orientation asks for (0 when it has none, or a mirrored one:
 * phone cameras do not write those). Reads only the segments before the image data; never throws.
 */
export function exifQuarterTurns(jpeg: Uint8Array): QuarterTurns {
  const view = new DataView(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  let offset = 2;
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1]!;
    if (marker === 0xda || marker === 0xd9) return 0; // image data or end: no EXIF before it
    const length = view.getUint16(offset + 2);
    if (length < 2) return 0;
    if (marker === APP1) {
      const orientation = tiffOrientation(view, offset + 4, Math.min(offset + 2 + length, jpeg.length));
      if (orientation !== undefined) return TURNS_OF_ORIENTATION[orientation] ?? 0;
    }
    offset += 2 + length;
  }
  return 0;
}

function tiffOrientation(view: DataView, start: number, end: number): number | undefined {
  const mark = String.fromCharCode(
    ...new Uint8Array(view.buffer, view.byteOffset + start, Math.min(6, end - start)),
  );
  if (mark !== EXIF_MARK) return undefined;
  const tiff = start + 6;
  if (tiff + 8 > end) return undefined;
  const order = view.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return undefined;
  const little = order === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return undefined;
  const entries = view.getUint16(ifd, little);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return undefined;
    if (view.getUint16(entry, little) === ORIENTATION_TAG && view.getUint16(entry + 2, little) === SHORT)
      return view.getUint16(entry + 8, little);
  }
  return undefined;
}

/**
 * The JPEG with a first APP1 segment saying "turn it `turns` quarter turns clockwise", in the one form
 * tesseract.js honours: it looks for a big-endian Orientation entry in the file's first 500 bytes
 * (tesseract.js `src/worker-script/utils/setImage.js`) and has the image turned before it finds the lines,
 * so the small tilt of a photo is still straightened afterwards. A later EXIF segment is left as it is:
 * the engine takes the first entry it finds.
 */
export function withEngineOrientation(jpeg: Uint8Array, turns: QuarterTurns): Uint8Array {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 right after the header
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(ORIENTATION_TAG, 10);
  tiff.writeUInt16BE(SHORT, 12);
  tiff.writeUInt32BE(1, 14); // one value
  tiff.writeUInt16BE(ORIENTATION_OF_TURNS[turns], 18);
  const payload = Buffer.concat([Buffer.from(EXIF_MARK, 'latin1'), tiff]);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xff00 | APP1, 0);
  segment.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, payload, jpeg.subarray(2)]);
}
