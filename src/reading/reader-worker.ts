/**
 * One reading thread: tesseract.js for pictures, pdfjs-dist for PDFs. Everything stays in memory; the
 * language data comes from the npm package on disk and nothing is fetched or cached (`cacheMethod: 'none'`).
 * The pool owns this thread and replaces it when a read runs past its time limit.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { createWorker, OEM } from 'tesseract.js';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { imageSize, sniffKind } from './file-kind.ts';
import { exifQuarterTurns, withEngineOrientation, type QuarterTurns } from './picture-orientation.ts';
import type { ReadLine } from './read-text.ts';
import { textLayerLines, type TextPiece } from './text-layer-lines.ts';
import type { EngineFailure, EngineRequest, EngineResponse, ReaderLimits } from './reader-protocol.ts';

const limits = workerData as ReaderLimits;
const require = createRequire(import.meta.url);
const english = require('@tesseract.js-data/eng') as { langPath: string; gzip: boolean };

/** A PDF page with less text than this is a scan: it is rendered and read like a picture. */
const MIN_TEXT_LAYER_CHARS = 40;
/** Scans are rendered at about 200 dpi (PDF units are 1/72 inch), enough for tesseract and no more. */
const SCAN_SCALE = 200 / 72;
/**
 * Mean word confidence (0 to 100) under which a picture may be the wrong way up. Measured on the notice
 * fixtures: pages read upright score about 90, the same pages read sideways or upside down about 35 to 45.
 */
const UPRIGHT_CONFIDENCE = 70;

const ocr = await createWorker('eng', OEM.LSTM_ONLY, {
  langPath: english.langPath,
  gzip: english.gzip,
  cacheMethod: 'none',
});

parentPort!.on('message', (request: EngineRequest) => {
  void handle(request).then((response) => parentPort!.postMessage(response));
});
parentPort!.postMessage({ ready: true });

async function handle(request: EngineRequest): Promise<EngineResponse> {
  try {
    const lines = request.kind === 'pdf' ? await readPdf(request.bytes) : await readPicture(request.bytes);
    return { id: request.id, ok: true, lines };
  } catch (error) {
    if (error instanceof ReadFailure) return { id: request.id, ok: false, code: error.code };
    return { id: request.id, ok: false, code: 'unreadable' };
  }
}

class ReadFailure extends Error {
  readonly code: EngineFailure;
  constructor(code: EngineFailure) {
    super(code);
    this.code = code;
  }
}

/**
 * Reads a picture the way its EXIF says to show it; when the words come out unsure, as they do from a
 * page lying sideways or upside down, reads it turned the likely ways too (a notice page is taller than
 * wide) and keeps the surest reading. An upright photo is read once.
 */
async function readPicture(bytes: Uint8Array): Promise<ReadLine[]> {
  const kind = sniffKind(bytes);
  const exifTurns = kind === 'jpeg' ? exifQuarterTurns(bytes) : 0;
  let best = await recognize(bytes, exifTurns);
  if (meanConfidence(best) >= UPRIGHT_CONFIDENCE) return best;
  const size = kind === 'png' || kind === 'jpeg' ? imageSize(kind, bytes) : undefined;
  const wide = size !== undefined && (exifTurns % 2 === 0) === size.width > size.height;
  for (const extra of wide ? ([1, 3] as const) : ([2] as const)) {
    const turned = await recognize(bytes, ((exifTurns + extra) % 4) as QuarterTurns);
    if (meanConfidence(turned) > meanConfidence(best)) best = turned;
    if (meanConfidence(best) >= UPRIGHT_CONFIDENCE) break;
  }
  return best;
}

/**
 * Reads the picture turned clockwise by `turns` quarter turns. A JPEG is told so in the EXIF form the
 * engine honours before it straightens a small tilt; any other picture is turned by angle, unstraightened.
 */
async function recognize(bytes: Uint8Array, turns: QuarterTurns): Promise<ReadLine[]> {
  const isJpeg = sniffKind(bytes) === 'jpeg';
  const image = isJpeg && turns !== 0 ? withEngineOrientation(bytes, turns) : bytes;
  const options = isJpeg || turns === 0 ? { rotateAuto: true } : { rotateRadians: (turns * Math.PI) / 2 };
  const result = await ocr.recognize(Buffer.from(image), options, { blocks: true, text: false });
  return (result.data.blocks ?? []).flatMap((block) =>
    block.paragraphs.flatMap((paragraph) =>
      paragraph.lines.map((line) => ({
        words: line.words.map((word) => ({ text: word.text, confidence: word.confidence / 100 })),
      })),
    ),
  );
}

/** Mean confidence (0 to 100) of the words that have a letter or digit; 0 for a page with none. */
function meanConfidence(lines: ReadLine[]): number {
  const words = lines.flatMap((line) => line.words).filter((word) => /[\p{L}\p{N}]/u.test(word.text));
  return words.length === 0 ? 0 : (100 * words.reduce((sum, w) => sum + w.confidence, 0)) / words.length;
}

async function readPdf(bytes: Uint8Array): Promise<ReadLine[]> {
  const loading = getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  let document;
  try {
    document = await loading.promise;
  } catch (error) {
    throw new ReadFailure((error as Error).name === 'PasswordException' ? 'encrypted' : 'unreadable');
  }
  try {
    if (document.numPages > limits.maxPages) throw new ReadFailure('too_many_pages');
    const lines: ReadLine[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const text = await textLayer(page);
      const chars = text.reduce((sum, line) => sum + line.words.reduce((n, w) => n + w.text.length, 0), 0);
      lines.push(
        ...(chars >= MIN_TEXT_LAYER_CHARS ? text : await readPicture(await renderPage(page, document))),
      );
    }
    return lines;
  } finally {
    await document.destroy();
  }
}

async function textLayer(page: PDFPageProxy): Promise<ReadLine[]> {
  const content = await page.getTextContent();
  const pieces: TextPiece[] = content.items.flatMap((item) =>
    'str' in item
      ? [
          {
            text: item.str,
            x: item.transform[4] as number,
            y: item.transform[5] as number,
            height: item.height,
          },
        ]
      : [],
  );
  return textLayerLines(pieces);
}

/** Renders a scanned page to PNG, never past the pixel limit whatever size the page claims. */
async function renderPage(page: PDFPageProxy, document: PDFDocumentProxy): Promise<Uint8Array> {
  const natural = page.getViewport({ scale: 1 });
  const fit = Math.sqrt(limits.maxPixels / Math.max(natural.width * natural.height, 1));
  const viewport = page.getViewport({ scale: Math.min(SCAN_SCALE, fit) });
  // In Node the document's canvas factory is @napi-rs/canvas, pdfjs-dist's own dependency.
  const factory = (document as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
  return canvas.toBuffer('image/png');
}

type CanvasFactory = {
  create(
    width: number,
    height: number,
  ): { canvas: { toBuffer(type: 'image/png'): Buffer }; context: unknown };
};
