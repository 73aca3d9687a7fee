import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openingMessages } from '../../../src/bot/welcome.ts';
import { precompress, type Asset } from '../../../src/channels/webchat/page-assets.ts';
import { markdownToHtml } from '../../../src/channels/webchat/webchat-page.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { botTexts, DirectLineClient } from './direct-line-client.ts';

let app: TestApp;
let embedding: TestApp;

beforeAll(async () => {
  app = await startTestApp({ today: '2026-03-10' });
  embedding = await startTestApp({
    today: '2026-03-10',
    env: {
      FIRM_NAME: 'Smith & <Sons> "CPAs"',
      BRAND_COLOR: '#0b5d3b',
      BOOKING_URL: 'https://book.example.com/smith?name={name}&email={email}&src=chat',
      WEBCHAT_EMBED_ORIGINS: 'https://www.smith-cpas.example, https://smith-cpas.example',
      PUBLIC_BASE_URL: 'https://chat.smith-cpas.example',
    },
  });
});
afterAll(async () => {
  await app.close();
  await embedding.close();
});

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

function scriptTags(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/gi)].map((m) => m[0]);
}

describe('GET /', () => {
  it.each([
    ['?lang=es', {}, 'es', 'es-US', 'Chat con Notice Navigator'],
    ['', { 'accept-language': 'es-US,es;q=0.9,en;q=0.8' }, 'es', 'es-US', 'Chat con Notice Navigator'],
    ['?lang=en', { 'accept-language': 'es-US,es;q=0.9' }, 'en', 'en-US', 'Chat with Notice Navigator'],
    ['', { 'accept-language': 'fr-FR,fr;q=0.9' }, 'en', 'en-US', 'Chat with Notice Navigator'],
  ])(
    'speaks the language the link or the browser asks for (%s %o): page lang %s, Web Chat %s',
    async (query, headers, lang, webChatLocale, label) => {
      const html = await (await fetch(`${app.url}/${query}`, { headers })).text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`data-locale="${webChatLocale}"`);
      expect(html).toContain(`aria-label="${label}"`);
    },
  );

  it('serves the page with a strict Content-Security-Policy and security headers', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('has no inline script: every script is an empty element loading a file from this server', async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    const scripts = scriptTags(html);
    expect(scripts).toHaveLength(2);
    for (const tag of scripts) expect(tag).toMatch(/^<script src="\/webchat\/[^"]+\.js" defer><\/script>$/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
  });

  it("gives Web Chat this response's nonce, the one the policy allows for styles", async () => {
    const response = await fetch(`${app.url}/`);
    const html = await response.text();
    const nonce = /data-nonce="([^"]+)"/.exec(html)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(directives(response.headers.get('content-security-policy')).get('style-src')).toContain(
      `'nonce-${nonce}'`,
    );
    const other = await (await fetch(`${app.url}/`)).text();
    expect(/data-nonce="([^"]+)"/.exec(other)?.[1]).not.toBe(nonce);
  });

  it('talks to the local Direct Line by polling when no secret is configured', async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    expect(html).toContain('data-token-url="/api/directline/token?locale=en-US"');
    expect(html).toContain('data-domain="/v3/directline"');
    expect(html).toContain('data-web-socket="false"');
  });

  it("shows the firm's name escaped, its colour and its booking page without the intake's placeholders", async () => {
    const response = await fetch(`${embedding.url}/`);
    const html = await response.text();
    expect(html).toContain('Smith &amp; &lt;Sons&gt; &quot;CPAs&quot;');
    expect(html).not.toContain('<Sons>');
    expect(html).toContain('data-brand-color="#0b5d3b"');
    expect(html).toContain('href="https://book.example.com/smith?src=chat"');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('may be framed by the embed origins the firm listed', async () => {
    const response = await fetch(`${embedding.url}/?embed=1&color=%23aa0000`);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('frame-ancestors')).toEqual([
      "'self'",
      'https://www.smith-cpas.example',
      'https://smith-cpas.example',
    ]);
    expect(response.headers.get('x-frame-options')).toBeNull();
    const html = await response.text();
    expect(html).toContain('<body class="embedded">');
    expect(html).toContain('data-brand-color="#aa0000"');
  });

  it('ignores a colour that is not a #rrggbb colour', async () => {
    const html = await (await fetch(`${embedding.url}/?embed=1&color=red%22%3E%3Cscript%3E`)).text();
    expect(html).toContain('data-brand-color="#0b5d3b"');
    expect(html).not.toContain('<script>');
  });
});

describe('page assets', () => {
  async function assetPaths(): Promise<string[]> {
    const html = await (await fetch(`${app.url}/`)).text();
    return [...html.matchAll(/(?:src|href)="(\/webchat\/[^"]+)"/g)].map((m) => m[1] ?? '');
  }

  it('serves Web Chat from the installed package, versioned, compressed and cached for a year', async () => {
    const path = (await assetPaths()).find((p) => p.startsWith('/webchat/vendor/'));
    expect(path).toMatch(/^\/webchat\/vendor\/webchat-\d+\.\d+\.\d+\.js$/);
    const response = await fetch(`${app.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // fetch has already decompressed it.
    const text = await response.text();
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(text).toContain('renderWebChat');
  });

  it("serves the page's script (types stripped, valid JavaScript) and style at content-hashed paths", async () => {
    const paths = await assetPaths();
    const script = paths.find((p) => /^\/webchat\/app-[\w-]{16}\.js$/.test(p));
    const style = paths.find((p) => /^\/webchat\/page-[\w-]{16}\.css$/.test(p));
    const js = await fetch(`${app.url}${script}`);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const source = await js.text();
    expect(() => new Script(source)).not.toThrow();
    expect(source).toContain('createDirectLine');
    expect((await fetch(`${app.url}${style}`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('serves the embed snippet as a classic script any site may load', async () => {
    const response = await fetch(`${app.url}/embed.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    const source = await response.text();
    expect(() => new Script(source)).not.toThrow();
    expect(source).not.toMatch(/^\s*(?:import|export)\b/m);
    expect(source).not.toContain('innerHTML');
  });
});

describe('the first content, in the HTML itself', () => {
  it("shows the bot's opening (welcome, then the first question) exactly as the bot sends it", async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    const client = new DirectLineClient(app.url);
    await client.start();
    let said: string[] = [];
    await expect.poll(async () => (said = [...said, ...botTexts(await client.poll())]).length).toBe(2);
    expect(said).toEqual(openingMessages('en'));
    const early = /<ol id="webchat-early-transcript"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    const shown = [...early.matchAll(/<div class="bubble">([\s\S]*?)<\/div><\/li>/g)].map((m) => m[1]);
    expect(shown).toEqual(said.map(markdownToHtml));
    expect(shown[1]).toContain('<strong>CP14</strong>');
  });

  it('speaks the opening in the page language', async () => {
    const html = await (await fetch(`${app.url}/?lang=es`)).text();
    for (const text of openingMessages('es')) expect(html).toContain(markdownToHtml(text));
  });

  it("has its own send box, and loads its script before Web Chat's so the box works at once", async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    expect(html).toMatch(/<input id="webchat-early-input" type="text"[^>]*aria-label="Type your message"/);
    const scripts = scriptTags(html).map((tag) => /src="([^"]+)"/.exec(tag)?.[1]);
    expect(scripts[0]).toMatch(/^\/webchat\/app-/);
    expect(scripts[1]).toMatch(/^\/webchat\/vendor\//);
  });
});

describe('precompressed assets', () => {
  type Raw = { headers: Record<string, string | string[] | undefined>; body: Buffer };

  /** The bytes as sent (fetch would decompress them). */
  function raw(path: string, acceptEncoding?: string): Promise<Raw> {
    return new Promise((resolve, reject) => {
      get(
        `${app.url}${path}`,
        { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        },
      ).on('error', reject);
    });
  }

  async function everyAsset(): Promise<string[]> {
    const html = await (await fetch(`${app.url}/`)).text();
    return [...html.matchAll(/(?:src|href)="(\/webchat\/[^"]+)"/g)]
      .map((m) => m[1] ?? '')
      .concat('/embed.js');
  }

  it('sends every static asset as brotli, gzip or plain by Accept-Encoding, and says it varies by it', async () => {
    const paths = await everyAsset();
    expect(paths).toHaveLength(4);
    for (const path of paths) {
      const plain = await raw(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.headers.vary, path).toBe('Accept-Encoding');
      // Web Chat's copies are made in the background the first time a server starts on an install.
      let br = await raw(path, 'gzip, deflate, br, zstd');
      for (let waited = 0; br.headers['content-encoding'] !== 'br' && waited < 120; waited++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        br = await raw(path, 'gzip, deflate, br, zstd');
      }
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.headers.vary, path).toBe('Accept-Encoding');
      expect(brotliDecompressSync(br.body).equals(plain.body), path).toBe(true);
      for (const accept of ['gzip', 'br;q=0, gzip;q=0.8', 'GZIP']) {
        const gz = await raw(path, accept);
        expect(gz.headers['content-encoding'], `${path} ${accept}`).toBe('gzip');
        expect(gunzipSync(gz.body).equals(plain.body), path).toBe(true);
      }
      expect((await raw(path, 'identity')).headers['content-encoding'], path).toBeUndefined();
      expect(br.body.length, path).toBeLessThan(plain.body.length);
    }
  }, 180_000);

  it('keeps compressed copies in a cache directory and reads them back on the next start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-navigator-assets-'));
    try {
      const body = Buffer.from('console.log("hello");\n'.repeat(200));
      const first: Asset = { path: '/a.js', contentType: 'text/javascript', body, encoded: {} };
      await precompress(first, dir);
      expect(brotliDecompressSync(first.encoded.br ?? Buffer.alloc(0)).equals(body)).toBe(true);
      expect(gunzipSync(first.encoded.gzip ?? Buffer.alloc(0)).equals(body)).toBe(true);
      // What the cache holds is what the next start serves.
      const cachedBr = readdirSync(dir).find((f) => f.endsWith('.br')) ?? '';
      writeFileSync(join(dir, cachedBr), 'from the cache');
      const next: Asset = { ...first, encoded: {} };
      await precompress(next, dir);
      expect(next.encoded.br?.toString()).toBe('from the cache');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
