import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire, stripTypeScriptTypes } from 'node:module';
import { dirname, join } from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { z } from 'zod';

const gzipAsync = promisify(gzip);

/** A file the page loads, with the bytes to send and, for large ones, a gzip copy. */
export type Asset = { path: string; contentType: string; body: Buffer; gzipped?: Buffer | undefined };

export type PageAssets = {
  /** Web Chat's bundle from the installed package, at a versioned path (cached for a year). */
  webChat: () => Promise<Asset>;
  webChatPath: string;
  /** The page's own script and style, at content-hashed paths (cached for a year). */
  app: Asset;
  css: Asset;
  /** The embed snippet, at a fixed path firms link to (cached briefly). */
  embed: Asset;
};

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const PAGE_DIR = new URL('./page/', import.meta.url);

const PackageJsonSchema = z.object({ version: z.string().regex(/^[\w.-]+$/) });

function contentHash(body: Buffer): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 16);
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

/** Reads the page's files once; Web Chat's 4 MB bundle is read (and gzipped) on first request. */
export function loadPageAssets(): PageAssets {
  const appBody = browserScript('app.ts');
  const cssBody = readFileSync(new URL('page.css', PAGE_DIR));
  const { dir, version } = webChatDist();
  const webChatPath = `/webchat/vendor/webchat-${version}.js`;
  let webChat: Promise<Asset> | undefined;
  return {
    webChatPath,
    webChat: () => {
      webChat ??= readFile(join(dir, 'webchat.js')).then(async (body) => ({
        path: webChatPath,
        contentType: JS,
        body,
        gzipped: await gzipAsync(body),
      }));
      return webChat;
    },
    app: { path: `/webchat/app-${contentHash(appBody)}.js`, contentType: JS, body: appBody },
    css: { path: `/webchat/page-${contentHash(cssBody)}.css`, contentType: CSS, body: cssBody },
    embed: { path: '/embed.js', contentType: JS, body: browserScript('embed.ts') },
  };
}
