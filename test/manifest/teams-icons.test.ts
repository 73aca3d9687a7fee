import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_FILES, colorIcon, encodePng, outlineIcon } from '../../scripts/make-teams-icons.ts';
import { readPng } from './read-png.ts';

const PNG_RGB = 2;
const PNG_RGBA = 6;

const committed = {
  color: readPng(readFileSync(ICON_FILES.color)),
  outline: readPng(readFileSync(ICON_FILES.outline)),
};

describe('committed Teams icons', () => {
  it.each([
    { name: 'color', size: 192, colorType: PNG_RGB },
    { name: 'outline', size: 32, colorType: PNG_RGBA },
  ] as const)('the $name icon is $size×$size, 8-bit, colour type $colorType', ({ name, size, colorType }) => {
    const png = committed[name];
    expect({
      width: png.width,
      height: png.height,
      bitDepth: png.bitDepth,
      colorType: png.colorType,
    }).toEqual({
      width: size,
      height: size,
      bitDepth: 8,
      colorType,
    });
  });

  it('the outline icon is white on transparent: every pixel is white, only its alpha varies', () => {
    const { pixels } = committed.outline;
    const notWhite: number[] = [];
    const alphas = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i] !== 255 || pixels[i + 1] !== 255 || pixels[i + 2] !== 255) notWhite.push(i / 4);
      alphas.add(pixels[i + 3] ?? -1);
    }
    expect(notWhite).toEqual([]);
    expect(alphas.has(0)).toBe(true); // a transparent background
    expect(alphas.has(255)).toBe(true); // and a drawing on it
  });

  it('the outline icon leaves the background transparent, corners included', () => {
    const alphaAt = (x: number, y: number) => committed.outline.pixels[(y * 32 + x) * 4 + 3];
    expect([alphaAt(0, 0), alphaAt(31, 0), alphaAt(0, 31), alphaAt(31, 31)]).toEqual([0, 0, 0, 0]);
  });

  it('the colour icon uses more than one colour (a drawing, not a flat tile)', () => {
    const { pixels } = committed.color;
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 3) colours.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
    expect(colours.size).toBeGreaterThan(3);
  });

  // Compared after decoding: zlib builds may compress the same pixels to different bytes.
  it.each([
    { name: 'color', draw: colorIcon },
    { name: 'outline', draw: outlineIcon },
  ] as const)(
    'the committed $name icon holds exactly what scripts/make-teams-icons.ts draws',
    ({ name, draw }) => {
      const generated = readPng(encodePng(draw()));
      expect(Buffer.from(committed[name].pixels).equals(Buffer.from(generated.pixels))).toBe(true);
      expect({ ...committed[name], pixels: undefined }).toEqual({ ...generated, pixels: undefined });
    },
  );
});

describe('encodePng', () => {
  it('round-trips an RGBA image through the PNG reader', () => {
    const data = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
    const png = readPng(encodePng({ width: 3, height: 2, channels: 4, data }));
    expect(png).toMatchObject({ width: 3, height: 2, colorType: PNG_RGBA, channels: 4 });
    expect([...png.pixels]).toEqual([...data]);
  });
});
