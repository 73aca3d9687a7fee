import { describe, expect, it } from 'vitest';
import { declaredKind, imageSize, sniffKind } from '../../src/reading/file-kind.ts';
import { blankPng, heicHeader, pdfWithPages, pngBomb } from './support/hostile-files.ts';

/** A JPEG's first segments: APP0, then a baseline start-of-frame for the given size. */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof = [
    0xff,
    0xc0,
    0x00,
    0x0b,
    8,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    1,
    1,
    0x11,
    0,
  ];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

describe('file kinds and sizes from the bytes', () => {
  it.each([
    ['png', blankPng(10, 10)],
    ['jpeg', jpegHeader(10, 10)],
    ['pdf', pdfWithPages(1)],
    ['heic', heicHeader()],
    [undefined, Buffer.from('hello, not a file type')],
    [undefined, Buffer.alloc(0)],
  ])('sees %s', (kind, bytes) => {
    expect(sniffKind(bytes)).toBe(kind);
  });

  it('reads the size from the header, including the size a bomb claims', () => {
    expect(imageSize('png', blankPng(300, 200))).toEqual({ width: 300, height: 200 });
    expect(imageSize('png', pngBomb())).toEqual({ width: 20_000, height: 20_000 });
    expect(imageSize('jpeg', jpegHeader(4032, 3024))).toEqual({ width: 4032, height: 3024 });
  });

  it('finds no size in a broken header', () => {
    expect(imageSize('png', blankPng(1, 1).subarray(0, 20))).toBeUndefined();
    expect(imageSize('jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBeUndefined();
    expect(imageSize('jpeg', Buffer.from([0xff, 0xd8, 0x00, 0x00, 0x00, 0x00]))).toBeUndefined();
  });

  it.each([
    ['image/jpeg; charset=binary', 'jpeg'],
    ['IMAGE/PNG', 'png'],
    ['application/pdf', 'pdf'],
    ['image/heic', 'heic'],
    ['text/plain', 'other'],
    [undefined, 'other'],
  ])('takes the declared type %s as %s', (header, kind) => {
    expect(declaredKind(header)).toBe(kind);
  });
});
