import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
  /** Web Chat's prebuilt bundle from the build output, at a versioned path (cached for a year). */
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
/**
 * The build output: Web Chat's bundle and the compressed copies of it, made by `npm run build:assets`.
 * Web Chat is a devDependency, so its 500 MB tree (React, the speech SDK) never reaches production
 * `node_modules`; the image copies this directory from a build stage instead.
 */
export const WEB_CHAT_BUILD_DIR = fileURLToPath(new URL('../../../dist/webchat/', import.meta.url));

const PackageJsonSchema = z.object({ version: z.string().regex(/^[\w.-]+$/) });
const BUNDLE_FILE = /^webchat-([\w.-]+)\.js$/;

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

/** Web Chat's installed package (the devDependency), or undefined where only production dependencies are. */
function installedWebChat(): { file: string; version: string } | undefined {
  let entry: string;
  try {
    // The package exports no subpaths, so its files are found from the entry point.
    entry = createRequire(import.meta.url).resolve('botframework-webchat');
  } catch {
    return undefined;
  }
  const root = dirname(dirname(entry));
  const { version } = PackageJsonSchema.parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));
  return { file: join(root, 'dist', 'webchat.js'), version };
}

/**
 * Empties the build output and copies the installed Web Chat's prebuilt bundle into it as
 * `webchat-<version>.js` (its compressed copies follow). Needs the devDependency: a build step, or a start
 * from a full install.
 */
export function buildWebChatBundle(buildDir: string = WEB_CHAT_BUILD_DIR): void {
  const installed = installedWebChat();
  if (!installed) throw new Error('botframework-webchat (a devDependency) is not installed');
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  copyFileSync(installed.file, join(buildDir, `webchat-${installed.version}.js`));
}

/**
 * Web Chat's bundle in the build output. Where the devDependency is installed (a checkout after `npm ci`)
 * it is copied there first if missing, so `npm start` works without a build step; where it is not (the
 * image), the build output is all there is.
 */
function webChatBundle(buildDir: string): { file: string; version: string } {
  const installed = installedWebChat();
  if (installed) {
    const file = join(buildDir, `webchat-${installed.version}.js`);
    if (!existsSync(file)) buildWebChatBundle(buildDir);
    return { file, version: installed.version };
  }
  const built = (existsSync(buildDir) ? readdirSync(buildDir) : []).flatMap((name) => {
    const version = BUNDLE_FILE.exec(name)?.[1];
    return version ? [{ file: join(buildDir, name), version }] : [];
  });
  const [bundle, ...others] = built;
  if (!bundle || others.length > 0) {
    throw new Error(`expected one Web Chat bundle in ${buildDir}: run \`npm run build:assets\``);
  }
  return bundle;
}

/**
 * Fills `asset.encoded` from the cache directory, or compresses it (off the main thread: brotli at its best
 * setting takes seconds for Web Chat's 4 MB) and writes the copies there for the next start. A cache that
 * cannot be written (a read-only image built without `npm run build:assets`) only costs the time again.
 */
export async function precompress(asset: Asset, cacheDir: string = WEB_CHAT_BUILD_DIR): Promise<void> {
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
export function loadPageAssets(buildDir: string = WEB_CHAT_BUILD_DIR): PageAssets {
  const { file, version } = webChatBundle(buildDir);
  const webChat: Asset = {
    path: `/webchat/vendor/webchat-${version}.js`,
    contentType: JS,
    body: readFileSync(file),
    encoded: {},
  };
  const appBody = browserScript('app.ts');
  const cssBody = readFileSync(new URL('page.css', PAGE_DIR));
  return {
    webChat,
    webChatCompressed: precompress(webChat, buildDir),
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
