/**
 * Text as an engine read it: lines of words, each word with how sure the engine was (0 to 1). A PDF's text
 * layer is certain (1); OCR words carry tesseract's confidence. Extraction works on this shape only, so it
 * never sees pixels or bytes.
 */
export type ReadWord = { text: string; confidence: number };
export type ReadLine = { words: ReadWord[] };

/** A line as one string: words joined by one space, so a match's span maps back to its words. */
export function lineText(line: ReadLine): string {
  return line.words.map((word) => word.text).join(' ');
}

/** The least confidence of the words a span `[start, end)` of `lineText(line)` touches. */
export function spanConfidence(line: ReadLine, start: number, end: number): number {
  let offset = 0;
  let least = 1;
  for (const word of line.words) {
    const wordEnd = offset + word.text.length;
    if (wordEnd > start && offset < end) least = Math.min(least, word.confidence);
    offset = wordEnd + 1;
  }
  return least;
}
