import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { hasService } from '../../support/services.ts';
import { NOTICE_PAGES } from '../../reading/support/notice-pages.ts';
import { FixtureRenderer } from '../../reading/support/rendered-fixtures.ts';
import {
  blankPng,
  corruptPdf,
  corruptPng,
  encryptedPdf,
  heicHeader,
  pdfWithPages,
  pngBomb,
} from '../../reading/support/hostile-files.ts';

const TODAY = '2026-11-20';

function post(app: TestApp, type: string, body: Uint8Array): Promise<Response> {
  return fetch(`${app.url}/api/notice/read`, { method: 'POST', headers: { 'content-type': type }, body });
}

/** A body sent in chunks with no Content-Length, so only counting the bytes can stop it. */
function postChunked(
  app: TestApp,
  type: string,
  chunks: number,
  chunkBytes: number,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${app.url}/api/notice/read`,
      { method: 'POST', headers: { 'content-type': type } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(chunkBytes, 0x20);
    chunk.write('%PDF-1.4\n');
    let sent = 0;
    const write = () => {
      while (sent < chunks) {
        sent += 1;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    req.on('response', () => (sent = chunks)); // the server answered early: stop sending
    write();
  });
}

describe('POST /api/notice/read', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ today: TODAY, env: { NOTICE_READ_TIMEOUT_MS: '60000' } });
  });
  afterAll(() => app.close());

  it.each([
    ['text', 'text/plain', 415, 'unsupported_type', Buffer.from('Notice CP14')],
    ['an iPhone HEIC photo', 'image/heic', 415, 'unsupported_type', heicHeader()],
    ['a PNG sent as a PDF', 'application/pdf', 415, 'type_mismatch', blankPng(20, 20)],
    ['text sent as a JPEG', 'image/jpeg', 415, 'type_mismatch', Buffer.from('not a picture at all')],
    ['a decompression bomb (400 MP in 8 KB)', 'image/png', 413, 'too_many_pixels', pngBomb()],
    ['a real 42 MP PNG', 'image/png', 413, 'too_many_pixels', blankPng(7000, 6000)],
    ['a 5-page PDF', 'application/pdf', 413, 'too_many_pages', pdfWithPages(5)],
    ['a password-protected PDF', 'application/pdf', 422, 'encrypted', encryptedPdf()],
    ['a corrupt PDF', 'application/pdf', 422, 'unreadable', corruptPdf()],
    ['a corrupt PNG', 'image/png', 422, 'unreadable', corruptPng()],
    ['a blank page', 'image/png', 422, 'not_a_notice', blankPng(800, 600)],
  ])('answers %s (%s) with %i %s', async (_name, type, status, reason, body) => {
    const res = await post(app, type, body);
    expect(res.status).toBe(status);
    const answer = (await res.json()) as { reason: string; message: string };
    expect(answer.reason).toBe(reason);
    expect(answer.message).toMatch(/\w{3,}/);
  });

  it('refuses a body over 10 MB by its Content-Length, before reading it', async () => {
    const res = await post(app, 'application/pdf', Buffer.alloc(10 * 1024 * 1024 + 1, 0x20));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'payload_too_large', reason: 'too_large' });
  });

  it('stops reading a chunked body once it passes 10 MB', async () => {
    const answer = await postChunked(app, 'application/pdf', 200, 64 * 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ reason: 'too_large' });
  });

  it('reads a PDF with a text layer: the contract shape, and nothing of the person', async () => {
    const res = await post(app, 'application/pdf', pdfWithPages(1));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      noticeCode: 'CP14',
      noticeDate: '2026-11-16',
      printedDeadlines: [],
      confidence: { noticeCode: 1, noticeDate: 1, printedDeadlines: {} },
    });
  });

  it('still answers JSON routes through the body parser', async () => {
    const res = await fetch(`${app.url}/api/triage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ noticeCode: 'CP14', noticeDate: '2026-11-16' }),
    });
    expect(res.status).toBe(200);
  });
});

describe.skipIf(!(await hasService('chromium')))('POST /api/notice/read with rendered notices', () => {
  let app: TestApp;
  const renderer = new FixtureRenderer();
  beforeAll(async () => {
    app = await startTestApp({ today: TODAY, env: { NOTICE_READ_TIMEOUT_MS: '60000' } });
  });
  afterAll(async () => {
    await renderer.close();
    await app.close();
  });

  it('reads a photo of a CP14 and a PDF of an LT11, and never returns the taxpayer id, name or address', async () => {
    const [cp14, lt11] = [NOTICE_PAGES[0]!, NOTICE_PAGES[2]!];
    const photo = await renderer.render(cp14, {
      name: 'tilted',
      tiltDeg: 4,
      blurPx: 0,
      contrast: 1,
      quality: 90,
    });
    const photoRes = await post(app, 'image/jpeg', photo);
    expect(photoRes.status).toBe(200);
    const photoText = await photoRes.text();
    expect(JSON.parse(photoText)).toMatchObject({
      ...cp14.expected,
      printedDeadlines: [{ ...cp14.expected.printedDeadlines[0], label: 'Amount due by' }],
    });

    const pdfRes = await post(app, 'application/pdf', await renderer.render(lt11, 'pdf'));
    expect(pdfRes.status).toBe(200);
    const pdfText = await pdfRes.text();
    expect(JSON.parse(pdfText)).toMatchObject(lt11.expected);
    for (const secret of [...cp14.secrets, ...lt11.secrets]) {
      expect(photoText).not.toContain(secret);
      expect(pdfText).not.toContain(secret);
    }
  }, 120_000);

  it('answers 503 with Retry-After when every reader is busy and the queue is full', async () => {
    const busy = await startTestApp({
      today: TODAY,
      env: { NOTICE_READER_THREADS: '1', NOTICE_READER_QUEUE: '0', NOTICE_READ_TIMEOUT_MS: '60000' },
    });
    try {
      const png = await renderer.render(NOTICE_PAGES[1]!, 'png');
      const first = post(busy, 'image/png', png);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const second = await post(busy, 'image/png', png);
      expect(second.status).toBe(503);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await second.json()).toMatchObject({ reason: 'busy' });
      expect((await first).status).toBe(200);
    } finally {
      await busy.close();
    }
  }, 120_000);

  it('abandons a read past its time limit with 422, and the next read gets a fresh reader', async () => {
    const hurried = await startTestApp({ today: TODAY, env: { NOTICE_READ_TIMEOUT_MS: '1000' } });
    try {
      const scan = await renderer.render(NOTICE_PAGES[0]!, 'scanned-pdf');
      const res = await post(hurried, 'application/pdf', scan);
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ reason: 'timeout' });
      const next = await post(hurried, 'application/pdf', pdfWithPages(1));
      expect(next.status).toBe(200);
    } finally {
      await hurried.close();
    }
  }, 120_000);
});
