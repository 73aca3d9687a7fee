import { describe, expect, it } from 'vitest';
import { exifQuarterTurns, withEngineOrientation } from '../../src/reading/picture-orientation.ts';
import { withExifOrientation } from './support/notice-pages.ts';

/** The smallest JPEG-shaped bytes: start of image, APP0, start of scan, end of image. */
const BARE_JPEG = Buffer.from([
  0xff,
  0xd8,
  0xff,
  0xe0,
  0x00,
  0x10,
  ...Buffer.from('JFIF\0'),
  1,
  1,
  0,
  0,
  1,
  0,
  1,
  0,
  0,
  0xff,
  0xda,
  0x00,
  0x02,
  0xff,
  0xd9,
]);

describe('EXIF orientation of a phone photo', () => {
  it.each([
    ['no EXIF', BARE_JPEG, 0],
    ['6 little-endian (Android)', withExifOrientation(BARE_JPEG, { orientation: 6, byteOrder: 'II' }), 1],
    ['6 big-endian (iPhone)', withExifOrientation(BARE_JPEG, { orientation: 6, byteOrder: 'MM' }), 1],
    ['3 upside down', withExifOrientation(BARE_JPEG, { orientation: 3, byteOrder: 'II' }), 2],
    ['8 a quarter the other way', withExifOrientation(BARE_JPEG, { orientation: 8, byteOrder: 'MM' }), 3],
  ])('%s', (_name, jpeg, turns) => {
    expect(exifQuarterTurns(jpeg)).toBe(turns);
  });

  it('ignores a mirrored orientation, a tag that is not a SHORT and a truncated segment', () => {
    const mirrored = withExifOrientation(BARE_JPEG, { orientation: 6, byteOrder: 'II' });
    mirrored[2 + 4 + 6 + 18] = 2; // the value: 2, mirrored
    expect(exifQuarterTurns(mirrored)).toBe(0);
    const long = withExifOrientation(BARE_JPEG, { orientation: 6, byteOrder: 'II' });
    long[2 + 4 + 6 + 12] = 4; // type LONG
    expect(exifQuarterTurns(long)).toBe(0);
    const truncated = withExifOrientation(BARE_JPEG, { orientation: 6, byteOrder: 'MM' }).subarray(0, 24);
    expect(exifQuarterTurns(truncated)).toBe(0);
  });

  it.each([0, 1, 2, 3] as const)(
    'states %i quarter turns in the big-endian form the engine reads first',
    (turns) => {
      // Whatever the photo said before, the first entry now is the one asked for.
      const photo = withExifOrientation(BARE_JPEG, { orientation: 8, byteOrder: 'II' });
      const stated = withEngineOrientation(photo, turns);
      expect(exifQuarterTurns(stated)).toBe(turns);
      const first500 = Buffer.from(stated.subarray(0, 500)).toString('hex');
      expect(first500).toContain(`011200030000000100${'0' + [1, 6, 3, 8][turns]}`);
      expect(Buffer.from(stated.subarray(-BARE_JPEG.length + 2))).toEqual(BARE_JPEG.subarray(2));
    },
  );
});
