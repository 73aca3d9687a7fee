import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire, stripTypeScriptTypes } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { z } from 'zod';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encodings every asset is kept in besides its plain bytes, best (smallest) first. */
export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * A file the page loads: its plain bytes and its precompressed copies. Web Chat's copies arrive a little
 * after start the first time the server runs (see `loadPageAssets`); until then it is sent as it is.
 */
export type Asset = {
  path: string;
  contentType: string;
  body: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
};

export type PageAssets = {
  /** Web Chat's bundle from the installed package, at a versioned path (cached for a year). */
  webChat: Asset;
  /** Resolves once Web Chat's compressed copies are ready (read from the cache or made). */
  webChatCompressed: Promise<void>;
  /** The page's own script and style, at content-hashed paths (cached for a year). */
  app: Asset;
  css: Asset;
  /** The embed snippet, at a fixed path firms link to (cached briefly). */
  embed: Asset;
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const PAGE_DIR = new URL('./page/', import.meta.url);
/** Where Web Chat's compressed copies are kept between starts (`npm run build:assets` fills it). */
export const ASSET_CACHE_DIR = fileURLToPath(
  new URL('../../../node_modules/.cache/notice-navigator/', import.meta.url),
);

const PackageJsonSchema = z.object({ version: z.string().regex(/^[\w.-]+$/) });

function contentHash(body: Buffer): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 16);
}

const brotliOptions = (body: Buffer) => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
  },
});
const GZIP_OPTIONS = { level: constants.Z_BEST_COMPRESSION };

/** A small file of the page's own, compressed at once (a few milliseconds at the best settings). */
function ownAsset(path: string, contentType: string, body: Buffer): Asset {
  return {
    path,
    contentType,
    body,
    encoded: { br: brotliCompressSync(body, brotliOptions(body)), gzip: gzipSync(body, GZIP_OPTIONS) },
  };
}

/** Browser code is written in TypeScript (type-checked and linted with the rest) and served stripped. */
function browserScript(file: string): Buffer {
  const source = readFileSync(new URL(file, PAGE_DIR), 'utf8');
  return Buffer.from(stripTypeScriptTypes(source, { mode: 'strip' }), 'utf8');
}

function webChatDist(): { dir: string; version: string } {
  // The package exports no subpaths, so its files are found from the entry point.
  const entry = createRequire(import.meta.url).resolve('botframework-webchat');
  const root = dirname(dirname(entry));
  const { version } = PackageJsonSchema.parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));
  return { dir: join(root, 'dist'), version };
}

/**
 * Fills `asset.encoded` from the cache directory, or compresses it (off the main thread: brotli at its best
 * setting takes seconds for Web Chat's 4 MB) and writes the copies there for the next start. A cache that
 * cannot be written (a read-only image built without `npm run build:assets`) only costs the time again.
 */
export async function precompress(asset: Asset, cacheDir: string = ASSET_CACHE_DIR): Promise<void> {
  const hash = contentHash(asset.body);
  // gzip first: it is ready in a moment, while brotli takes seconds.
  for (const encoding of ENCODINGS.toReversed()) {
    const file = join(cacheDir, `${hash}.${encoding}`);
    const cached = await readFile(file).catch(() => undefined);
    if (cached) {
      asset.encoded[encoding] = cached;
      continue;
    }
    const copy =
      encoding === 'br'
        ? await brotliAsync(asset.body, brotliOptions(asset.body))
        : await gzipAsync(asset.body, GZIP_OPTIONS);
    asset.encoded[encoding] = copy;
    const partial = `${file}.${process.pid}.partial`;
    await mkdir(cacheDir, { recursive: true })
      .then(() => writeFile(partial, copy))
      .then(() => rename(partial, file))
      .catch(() => undefined);
  }
}

/** Reads the page's files once and compresses them; Web Chat's 4 MB bundle is compressed in the background. */
export function loadPageAssets(): PageAssets {
  const { dir, version } = webChatDist();
  const webChat: Asset = {
    path: `/webchat/vendor/webchat-${version}.js`,
    contentType: JS,
    body: readFileSync(join(dir, 'webchat.js')),
    encoded: {},
  };
  const appBody = browserScript('app.ts');
  const cssBody = readFileSync(new URL('page.css', PAGE_DIR));
  return {
    webChat,
    webChatCompressed: precompress(webChat),
    app: ownAsset(`/webchat/app-${contentHash(appBody)}.js`, JS, appBody),
    css: ownAsset(`/webchat/page-${contentHash(cssBody)}.css`, CSS, cssBody),
    embed: ownAsset('/embed.js', JS, browserScript('embed.ts')),
  };
}

/**
 * The encoding to send: the smallest copy the client accepts (`Accept-Encoding`, where `;q=0` refuses one),
 * or none.
 */
export function chooseEncoding(asset: Asset, acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return ENCODINGS.find((e) => asset.encoded[e] && (accepted.has(e) || accepted.has('*')));
}
