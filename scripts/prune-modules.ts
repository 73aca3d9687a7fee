import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Run in the image's dependency stage after `npm ci --omit=dev`: deletes from node_modules the files Node
 * never loads in production, which are more than a third of what is left once Web Chat is a devDependency.
 * Each rule says why nothing can load what it deletes; the image rehearsal starts the app on the result
 * and reads a scanned notice with it (tesseract and pdf.js).
 */
const RULES: readonly { why: string; matches: (path: string) => boolean }[] = [
  {
    why: 'source maps: read only under --enable-source-maps, which the image does not set',
    matches: (path) => path.endsWith('.map'),
  },
  {
    why: 'TypeScript sources and declarations: Node does not strip types under node_modules, so none runs',
    matches: (path) => /\.[cm]?ts$/.test(path),
  },
  {
    // tesseract.js in Node requires tesseract-core*.js, which reads the .wasm file beside it.
    why: "tesseract's browser cores (WebAssembly inlined as base64), loaded only by its browser worker",
    matches: (path) => /(^|\/)tesseract\.js-core\/[^/]+\.wasm\.js$/.test(path),
  },
];

const root = 'node_modules';
const freed = RULES.map(() => ({ files: 0, bytes: 0 }));
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath, entry.name);
  const rule = RULES.findIndex(({ matches }) => matches(path));
  const tally = freed[rule];
  if (!tally) continue;
  tally.bytes += statSync(path).size;
  tally.files += 1;
  rmSync(path);
}
for (const [index, { why }] of RULES.entries()) {
  const { files, bytes } = freed[index] ?? { files: 0, bytes: 0 };
  console.log(`pruned ${files} files, ${(bytes / 1024 ** 2).toFixed(1)} MB: ${why}`);
}
