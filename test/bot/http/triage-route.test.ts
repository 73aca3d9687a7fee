import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ today: '2026-03-10' });
});
afterAll(() => app.close());

async function post(body: unknown, contentType = 'application/json') {
  const response = await fetch(`${app.url}/api/triage`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('POST /api/triage', () => {
  it('answers a CP14 with the contract shape, dated deadlines and the disclaimer', async () => {
    const { status, body } = await post({
      noticeCode: 'cp 14',
      noticeDate: '2026-03-02',
      amountDue: 1200,
      agrees: 'yes',
    });
    expect(status).toBe(200);
    expect(body.notice).toMatchObject({ code: 'CP14', stage: 'balance-due' });
    expect(body.deadlines).toEqual([
      expect.objectContaining({
        id: 'pay-interest-free',
        date: '2026-03-23',
        daysLeft: 13,
        estimate: true,
        basis: expect.stringContaining('6601(e)(3)'),
        sourceUrl: expect.stringMatching(/^https:/),
        label: expect.any(String),
      }),
    ]);
    const options = body.options as { id: string; title: string; passageIds: string[] }[];
    expect(options[0]?.id).toBe('pay-in-full');
    expect(options.every((o) => o.passageIds.length > 0)).toBe(true);
    expect((body.checklist as unknown[]).length).toBeGreaterThan(2);
    expect(body.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'verify-first' })]));
    expect(body.disclaimer).toMatch(/professional/i);
  });

  it('uses asOf as today when given', async () => {
    const { body } = await post({ noticeCode: 'LT11', noticeDate: '2026-03-20', asOf: '2026-04-21' });
    const deadlines = body.deadlines as { id: string; passed: boolean; daysLeft: number }[];
    expect(deadlines[0]).toMatchObject({ id: 'cdp-hearing', passed: true, daysLeft: -1 });
  });

  it.each([
    [{ noticeDate: '2026-03-02' }, 'noticeCode'],
    [{ noticeCode: 'CP14', noticeDate: '03/02/2026' }, 'noticeDate'],
    [{ noticeCode: 'CP14', noticeDate: '2026-02-30' }, 'noticeDate'],
    [{ noticeCode: 'CP14', noticeDate: '2026-03-02', amountDue: -5 }, 'amountDue'],
    [{ noticeCode: 'CP14', noticeDate: '2026-03-02', amountDue: '1200' }, 'amountDue'],
    [{ noticeCode: 'CP14', noticeDate: '2026-03-02', agrees: 'maybe' }, 'agrees'],
    [{ noticeCode: 'CP14', noticeDate: '2026-03-02', extra: 1 }, ''],
    [{ noticeCode: 'CP14', noticeDate: '2026-04-01' }, 'noticeDate'],
  ])('rejects %j with a 400 naming the field', async (request, path) => {
    const { status, body } = await post(request);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_request');
    expect(body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  it('answers 422 with suggestions for an unknown code', async () => {
    const { status, body } = await post({ noticeCode: 'CP41', noticeDate: '2026-03-02' });
    expect(status).toBe(422);
    expect(body.error).toBe('unknown_notice');
    expect(body.suggestions).toContain('CP14');
  });

  it('answers malformed JSON and non-JSON bodies with a 4xx and no stack trace', async () => {
    const broken = await post('{"noticeCode": ');
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({
      error: 'invalid_request',
      issues: [{ path: '', message: 'the body is not valid JSON' }],
    });
    const text = await post('hello', 'text/plain');
    expect(text.status).toBe(415);
    expect(JSON.stringify(text.body)).not.toMatch(/at .*\.ts/);
  });

  it('answers a too-large body with 413', async () => {
    const { status, body } = await post({
      noticeCode: 'CP14',
      noticeDate: '2026-03-02',
      pad: 'x'.repeat(70_000),
    });
    expect(status).toBe(413);
    expect(body.error).toBe('payload_too_large');
  });

  it('serves /healthz', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('policy pages', () => {
  it.each(['/privacy', '/terms'])('serves %s as a static page with a strict CSP', async (path) => {
    const response = await fetch(`${app.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await response.text();
    expect(html).toMatch(/<h1>Notice Navigator: (privacy|terms of use)<\/h1>/);
    expect(html).not.toMatch(/<script/);
  });
});
