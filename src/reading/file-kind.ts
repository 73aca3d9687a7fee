/**
 * What a file is, from its first bytes rather than from what the sender says, and how many pixels an image
 * would decode to, from its header alone: a decompression bomb is refused before any decoder sees it.
 */
export type FileKind = 'png' | 'jpeg' | 'pdf' | 'heic';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A PDF may carry junk before `%PDF-`; readers accept it within the first kilobyte. */
const PDF_HEADER_WINDOW = 1024;
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1']);

export function sniffKind(bytes: Uint8Array): FileKind | undefined {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const head = Buffer.from(bytes.subarray(0, PDF_HEADER_WINDOW)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (head.slice(4, 8) === 'ftyp' && HEIF_BRANDS.has(head.slice(8, 12))) return 'heic';
  return undefined;
}

/** The media type a client declared, without parameters (`image/jpeg; foo=bar` → `image/jpeg`). */
export function declaredKind(contentType: string | undefined): FileKind | 'other' {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'image/png') return 'png';
  if (type === 'image/jpeg' || type === 'image/jpg' || type === 'image/pjpeg') return 'jpeg';
  if (type === 'application/pdf') return 'pdf';
  if (type === 'image/heic' || type === 'image/heif') return 'heic';
  return 'other';
}

export type ImageSize = { width: number; height: number };

/** Width and height from a PNG's IHDR or a JPEG's start-of-frame; undefined when the header is broken. */
export function imageSize(kind: 'png' | 'jpeg', bytes: Uint8Array): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (kind === 'png') {
    if (bytes.length < 24 || Buffer.from(bytes.subarray(12, 16)).toString('latin1') !== 'IHDR')
      return undefined;
    return positive({ width: view.getUint32(16), height: view.getUint32(20) });
  }
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    const length = view.getUint16(offset + 2);
    if (length < 2) return undefined;
    const isStartOfFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) {
      if (offset + 9 > bytes.length) return undefined;
      return positive({ height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) });
    }
    offset += 2 + length;
  }
  return undefined;
}

function positive(size: ImageSize): ImageSize | undefined {
  return size.width > 0 && size.height > 0 ? size : undefined;
}
