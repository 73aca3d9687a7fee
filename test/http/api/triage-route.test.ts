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
    [{ noticeCode: 'CP14', noticeDate: '2026-03-02', extra: 1 }, 'extra'],
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

describe('POST /api/triage: printed dates, lien filing dates and deadlines that may still be open (issue 12)', () => {
  type DeadlineBody = { id: string; date: string; status: string; printed: boolean; estimate: boolean };
  const deadline = (body: Record<string, unknown>, id: string) =>
    (body.deadlines as DeadlineBody[]).find((d) => d.id === id);
  const optionIds = (body: Record<string, unknown>) => (body.options as { id: string }[]).map((o) => o.id);

  it('dates a Letter 3172 from the lien filing: open on Dec 1 2026, last day Dec 3, CDP still offered', async () => {
    const request = { noticeCode: 'Letter 3172', noticeDate: '2026-10-29', agrees: 'no', asOf: '2026-12-01' };
    const { status, body } = await post({ ...request, lienFilingDate: '2026-10-27' });
    expect(status).toBe(200);
    expect(deadline(body, 'cdp-hearing')).toMatchObject({
      date: '2026-12-03',
      status: 'open',
      passed: false,
    });
    expect(optionIds(body)).toContain('cdp-hearing');
    const without = await post(request);
    expect(deadline(without.body, 'cdp-hearing')).toMatchObject({ status: 'may-have-passed', passed: false });
    expect(optionIds(without.body)).toContain('cdp-hearing');
    expect(without.body.needs).toContain('lienFilingDate');
  });

  it('uses a printed date instead of the computed one', async () => {
    const { status, body } = await post({
      noticeCode: 'CP3219A',
      noticeDate: '2026-01-15',
      asOf: '2026-02-01',
      printed: { 'tax-court-petition': '2026-04-20' },
    });
    expect(status).toBe(200);
    expect(deadline(body, 'tax-court-petition')).toMatchObject({
      date: '2026-04-20',
      printed: true,
      estimate: false,
      status: 'open',
    });
  });

  it('shows the Tax Court date without addressOutsideUS: 90 days, and says 150 abroad', async () => {
    const { body } = await post({ noticeCode: 'CP3219N', noticeDate: '2026-01-15', asOf: '2026-02-01' });
    expect(deadline(body, 'tax-court-petition')).toMatchObject({
      date: '2026-04-15',
      latestDate: '2026-06-15',
      status: 'open',
      printed: false,
      estimate: true,
    });
  });

  it.each([
    ['not a date', { 'cdp-hearing': 'March 5' }, 'printed.cdp-hearing'],
    ['before the notice date', { 'cdp-hearing': '2026-03-01' }, 'printed.cdp-hearing'],
    ['more than two years after it', { 'cdp-hearing': '2029-01-01' }, 'printed.cdp-hearing'],
    ['for an unknown deadline id', { 'pay-later': '2026-04-01' }, 'printed.pay-later'],
    [
      'for a deadline the notice does not carry',
      { 'tax-court-petition': '2026-06-01' },
      'printed.tax-court-petition',
    ],
  ])('answers 400 naming the field for a printed date %s', async (_name, printed, path) => {
    const { status, body } = await post({ noticeCode: 'LT11', noticeDate: '2026-03-02', printed });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_request', issues: [expect.objectContaining({ path })] });
  });

  it('answers 400 for a lien filing date after the letter date', async () => {
    const { status, body } = await post({
      noticeCode: 'Letter 3172',
      noticeDate: '2026-03-02',
      lienFilingDate: '2026-03-03',
    });
    expect(status).toBe(400);
    expect(body.issues).toEqual([expect.objectContaining({ path: 'lienFilingDate' })]);
  });
});
