import type { ReadLine } from './read-text.ts';

/** A piece of a PDF text layer: its string and where it starts on the page (PDF units, y up). */
export type TextPiece = { text: string; x: number; y: number; height: number };

/** Pieces whose baselines differ by less than this share of the text height sit on one line. */
const SAME_LINE_TOLERANCE = 0.5;

/**
 * Puts a page's text pieces back into lines, top to bottom and left to right, the way OCR returns them,
 * so both engines feed the same extraction. Text from a text layer is certain.
 */
export function textLayerLines(pieces: readonly TextPiece[]): ReadLine[] {
  const sorted = pieces.filter((p) => p.text.trim() !== '').toSorted((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  for (const piece of sorted) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (
      row &&
      anchor &&
      Math.abs(anchor.y - piece.y) <= Math.max(anchor.height, piece.height, 1) * SAME_LINE_TOLERANCE
    )
      row.push(piece);
    else rows.push([piece]);
  }
  return rows.map((row) => ({
    words: row
      .toSorted((a, b) => a.x - b.x)
      .flatMap((piece) => piece.text.split(/\s+/))
      .filter((word) => word !== '')
      .map((word) => ({ text: word, confidence: 1 })),
  }));
}
