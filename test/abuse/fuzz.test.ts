import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sendRaw,
  startAbuseProcess,
  startChannelSink,
  type AbuseProcess,
  type HeapSample,
  type RawRequest,
} from './support/abuse-process.ts';

/*
 * 10,000 generated hostile requests over every route of the real product, in its own process. Each
 * request says whether it could be valid; a hostile one must get a 4xx, none may get a 5xx, no body may
 * carry a stack trace or a path on this machine, the server must still answer its health check, and its
 * heap after a forced collection must come back near where it started.
 */

const TOTAL_REQUESTS = 10_000;
const WARM_UP_REQUESTS = 400;
const CONCURRENCY = 32;
const SEED = 20_260_310;
const BODY_LIMIT = 64 * 1024;
/** Heap the server may keep after the run: caches and pools warmed by the run's variety, not leaks. */
const HEAP_TOLERANCE_BYTES = 24 * 1024 * 1024;

const STAFF_TOKEN = 'staff-token-for-the-fuzz-test-0123456789';
const TWILIO_TOKEN = 'twilio-auth-token-for-the-fuzz-test-01';
const SMS_URL = 'https://navigator.example.com/api/sms';

type Validity = 'hostile' | 'may-be-valid';
type Fuzzed = RawRequest & { endpoint: string; validity: Validity };

const JSON_TYPE: Record<string, string> = { 'content-type': 'application/json' };
const FORM_TYPE: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };

const json = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'undefined', 'utf8');

/** Bytes that are not UTF-8: lone continuation bytes, overlongs, surrogates encoded raw, 0xFF. */
const invalidUtf8 = fc
  .array(fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xed, 0xf5, 0xfe, 0xff), { minLength: 1, maxLength: 8 })
  .map((bytes) =>
    Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.from(bytes), Buffer.from('"}')]),
  );

const deepNesting = fc
  .tuple(fc.integer({ min: 50, max: 20_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) =>
    Buffer.from(`${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`, 'utf8'),
  );

const hugeBody = fc
  .integer({ min: BODY_LIMIT + 1, max: BODY_LIMIT * 4 })
  .map((size) => Buffer.from(`{"text":"${'x'.repeat(size)}"}`, 'utf8'));

const garbageJson = fc.oneof(
  fc.anything({ maxDepth: 3 }).map(json),
  fc.string({ maxLength: 200 }).map((text) => Buffer.from(text, 'utf8')),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  invalidUtf8,
);

const wrongContentType = fc.constantFrom<Record<string, string>>(
  { 'content-type': 'text/plain' },
  { 'content-type': 'application/xml' },
  { 'content-type': 'multipart/form-data; boundary=x' },
  { 'content-type': 'application/octet-stream' },
  { 'content-type': 'application/json; charset=utf-16' },
  {},
);

/** Bodies no route can accept, with the headers they come with. */
const hostileBody = fc.oneof(
  fc.record({ headers: fc.constant(JSON_TYPE), body: garbageJson }),
  fc.record({ headers: fc.constant(JSON_TYPE), body: deepNesting }),
  fc.record({ headers: fc.constant(JSON_TYPE), body: hugeBody }),
  fc.record({ headers: wrongContentType, body: fc.anything({ maxDepth: 2 }).map(json) }),
);

const oddText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    'CP14',
    'yes',
    'no',
    '3/2/2026',
    '$1,200',
    'help',
    'start over',
    'delete my data',
    '\u0000',
  ),
);

const replayedIds = fc.constantFrom('replay-1', 'replay-2', 'replay-3');

function activityArbitrary(sinkUrl: string) {
  return fc.record({
    type: fc.oneof(
      fc.constantFrom('message', 'conversationUpdate', 'typing', 'endOfConversation', 'invoke', 'event'),
      fc.string({ minLength: 1, maxLength: 20 }),
    ),
    id: fc.oneof(replayedIds, fc.uuid()),
    channelId: fc.constantFrom('emulator', 'msteams', 'webchat', 'directline'),
    serviceUrl: fc.constant(sinkUrl),
    conversation: fc.record({ id: fc.oneof(fc.constantFrom('c-1', 'c-2'), fc.uuid()) }),
    from: fc.record({ id: fc.constantFrom('user-1', 'user-2') }),
    recipient: fc.constant({ id: 'bot' }),
    text: oddText,
    deliveryMode: fc.constantFrom('expectReplies', 'normal'),
    name: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    value: fc.option(fc.anything({ maxDepth: 2 }), { nil: undefined }),
  });
}

const wrongValue = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant(''),
  fc.constant({}),
);

/** A required field of the activity broken: removed or given a value of the wrong kind. */
const BROKEN_FIELDS = ['type', 'channelId', 'serviceUrl', 'conversation', 'from'] as const;

function messagesRequests(sinkUrl: string): fc.Arbitrary<Fuzzed> {
  const valid = activityArbitrary(sinkUrl).map((activity): Fuzzed => ({
    endpoint: 'POST /api/messages',
    validity: 'may-be-valid',
    method: 'POST',
    path: '/api/messages',
    headers: JSON_TYPE,
    body: json(activity),
  }));
  const broken = fc
    .tuple(
      activityArbitrary(sinkUrl),
      fc.constantFrom(...BROKEN_FIELDS),
      fc.option(wrongValue, { nil: undefined }),
      fc.constantFrom('not-a-date', '2026-13-45T99:00:00Z', undefined),
    )
    .map(([activity, field, value, timestamp]): Fuzzed => {
      const mutated: Record<string, unknown> = { ...activity, timestamp };
      if (value === undefined) delete mutated[field];
      else mutated[field] = value;
      return {
        endpoint: 'POST /api/messages',
        validity: 'hostile',
        method: 'POST',
        path: '/api/messages',
        headers: JSON_TYPE,
        body: json(mutated),
      };
    });
  const badTimestamp = activityArbitrary(sinkUrl).map((activity): Fuzzed => ({
    endpoint: 'POST /api/messages',
    validity: 'hostile',
    method: 'POST',
    path: '/api/messages',
    headers: JSON_TYPE,
    body: json({ ...activity, timestamp: 'yesterday-ish' }),
  }));
  const garbage = hostileBody.map(({ headers, body }): Fuzzed => ({
    endpoint: 'POST /api/messages',
    validity: 'hostile',
    method: 'POST',
    path: '/api/messages',
    headers,
    body,
  }));
  return fc.oneof(valid, broken, badTimestamp, garbage);
}

function triageRequests(): fc.Arbitrary<Fuzzed> {
  const request = fc.record(
    {
      noticeCode: fc.oneof(fc.constantFrom('CP14', 'CP504', 'LT11', 'cp 14'), fc.string({ maxLength: 70 })),
      noticeDate: fc.oneof(fc.constantFrom('2026-03-02', '2026-02-30', '2027-01-01'), fc.string()),
      agrees: fc.oneof(fc.constantFrom('yes', 'no', 'unsure'), fc.string({ maxLength: 5 })),
      amountDue: fc.oneof(fc.double(), fc.integer({ min: -5, max: 1e9 })),
      canPayInFull: fc.oneof(fc.boolean(), fc.string({ maxLength: 3 })),
      extra: fc.anything({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  );
  const shaped = request.map((body): Fuzzed => ({
    endpoint: 'POST /api/triage',
    validity: 'may-be-valid',
    method: 'POST',
    path: '/api/triage',
    headers: JSON_TYPE,
    body: json(body),
  }));
  const garbage = hostileBody.map(({ headers, body }): Fuzzed => ({
    endpoint: 'POST /api/triage',
    validity: 'hostile',
    method: 'POST',
    path: '/api/triage',
    headers,
    body,
  }));
  return fc.oneof(shaped, garbage);
}

function smsRequests(): fc.Arbitrary<Fuzzed> {
  const fields = fc.record(
    {
      MessageSid: fc.oneof(
        fc
          .string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 32 })
          .map((h) => `SM${h}`),
        fc.string(),
      ),
      AccountSid: fc.constant(`AC${'5'.repeat(32)}`),
      From: fc.oneof(fc.constantFrom('+15550002222', '+15550003333'), fc.string({ maxLength: 20 })),
      To: fc.constant('+15550001111'),
      Body: oddText,
    },
    { requiredKeys: [] },
  );
  const form = (params: Record<string, string>) => Buffer.from(new URLSearchParams(params).toString());
  const signed = fields.map((params): Fuzzed => {
    const signature = twilio.getExpectedTwilioSignature(TWILIO_TOKEN, SMS_URL, params);
    return {
      endpoint: 'POST /api/sms',
      validity: 'may-be-valid',
      method: 'POST',
      path: '/api/sms',
      headers: { ...FORM_TYPE, 'x-twilio-signature': signature },
      body: form(params),
    };
  });
  const unsigned = fc
    .tuple(fields, fc.option(fc.base64String({ maxLength: 40 }), { nil: undefined }))
    .map(([params, signature]): Fuzzed => ({
      endpoint: 'POST /api/sms',
      validity: 'hostile',
      method: 'POST',
      path: '/api/sms',
      headers: { ...FORM_TYPE, ...(signature ? { 'x-twilio-signature': signature } : {}) },
      body: form(params),
    }));
  const garbage = fc
    .oneof(hostileBody, fc.record({ headers: fc.constant(FORM_TYPE), body: fc.oneof(invalidUtf8, hugeBody) }))
    .map(({ headers, body }): Fuzzed => ({
      endpoint: 'POST /api/sms',
      validity: 'hostile',
      method: 'POST',
      path: '/api/sms',
      headers,
      body,
    }));
  return fc.oneof(signed, unsigned, garbage);
}

const queryValue = fc.oneof(
  fc.constantFrom('2026-03-01', 'high', 'new', 'pending', '10', '0', '-1', '99999', 'csv', 'json'),
  fc.string({ maxLength: 30 }),
);

function intakeRequests(): fc.Arbitrary<Fuzzed> {
  const query = fc
    .array(
      fc.tuple(fc.constantFrom('since', 'urgency', 'status', 'delivery', 'limit', 'format', 'x'), queryValue),
      { maxLength: 3 },
    )
    .map((pairs) => (pairs.length === 0 ? '' : `?${new URLSearchParams(pairs).toString()}`));
  const id = fc.oneof(fc.base64String({ minLength: 24, maxLength: 24 }), fc.string({ maxLength: 40 }));
  const authorization = fc.oneof(
    fc.constant(`Bearer ${STAFF_TOKEN}`),
    fc.constantFrom('', 'Bearer', 'Bearer wrong', `Basic ${STAFF_TOKEN}`, `Bearer ${STAFF_TOKEN}x`),
    fc.string({ maxLength: 40 }).map((text) => text.replace(/[^\x20-\x7e]/g, '')),
  );
  return fc
    .tuple(fc.boolean(), query, id, authorization, fc.constantFrom('application/json', 'text/csv', '*/*', ''))
    .map(([list, search, intakeId, auth, accept]): Fuzzed => {
      const path = list ? `/api/intakes${search}` : `/api/intakes/${encodeURIComponent(intakeId)}${search}`;
      return {
        endpoint: list ? 'GET /api/intakes' : 'GET /api/intakes/:id',
        validity: auth === `Bearer ${STAFF_TOKEN}` ? 'may-be-valid' : 'hostile',
        method: 'GET',
        path,
        headers: { ...(auth ? { authorization: auth } : {}), ...(accept ? { accept } : {}) },
      };
    });
}

function caseRequests(): fc.Arbitrary<Fuzzed> {
  const token = fc.oneof(
    fc.base64String({ minLength: 10, maxLength: 60 }),
    fc.string({ maxLength: 60 }),
    fc.constantFrom('..', '%2e%2e', '%00', '%ff%fe', 'a'.repeat(2000)),
  );
  return fc.tuple(token, fc.boolean()).map(([caseToken, ics]): Fuzzed => ({
    endpoint: ics ? 'GET /cases/:token/deadlines.ics' : 'GET /cases/:token',
    // No case is looked up by a random token; `..` is resolved to another route, like any URL.
    validity: /^(\.\.|%2e%2e)$/.test(caseToken) ? 'may-be-valid' : 'hostile',
    method: 'GET',
    path: `/cases/${/^[%.a]/.test(caseToken) ? caseToken : encodeURIComponent(caseToken)}${ics ? '/deadlines.ics' : ''}`,
    headers: {},
  }));
}

function webChatRequests(): fc.Arbitrary<Fuzzed> {
  const page = fc.constantFrom('/', '/embed.js').map((path): Fuzzed => ({
    endpoint: 'GET web page',
    validity: 'may-be-valid',
    method: 'GET',
    path,
    headers: {},
  }));
  const token = fc
    .constantFrom('/api/directline/token', '/v3/directline/conversations')
    .map((path): Fuzzed => ({
      endpoint: `POST ${path}`,
      validity: 'may-be-valid',
      method: 'POST',
      path,
      headers: JSON_TYPE,
      body: Buffer.from('{}'),
    }));
  const conversationRoute = fc
    .tuple(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('GET', 'POST'),
      fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
      fc.anything({ maxDepth: 2 }),
    )
    .map(([conversationId, method, bearer, body]): Fuzzed => {
      const safeBearer = bearer?.replace(/[^\x20-\x7e]/g, '');
      return {
        endpoint: `${method} /v3/directline/conversations/:id/activities`,
        validity: 'hostile',
        method,
        path: `/v3/directline/conversations/${encodeURIComponent(conversationId)}/activities?watermark=${encodeURIComponent(conversationId)}`,
        headers: { ...JSON_TYPE, ...(safeBearer ? { authorization: `Bearer ${safeBearer}` } : {}) },
        body: method === 'POST' ? json(body) : undefined,
      };
    });
  const refresh = hostileBody.map(({ headers, body }): Fuzzed => ({
    endpoint: 'POST /v3/directline/tokens/refresh',
    validity: 'hostile',
    method: 'POST',
    path: '/v3/directline/tokens/refresh',
    headers,
    body,
  }));
  return fc.oneof(page, token, conversationRoute, refresh);
}

const ODD_METHODS = ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'HEAD'] as const;
const KNOWN_PATHS = ['/api/messages', '/api/triage', '/api/sms', '/api/intakes', '/healthz', '/cases/x'];

function oddRequests(): fc.Arbitrary<Fuzzed> {
  const odd = fc
    .tuple(fc.constantFrom(...ODD_METHODS), fc.constantFrom(...KNOWN_PATHS))
    .map(([method, path]): Fuzzed => ({
      endpoint: 'odd method',
      validity: method === 'HEAD' && path === '/healthz' ? 'may-be-valid' : 'hostile',
      method,
      path,
      headers: {},
    }));
  const segment = fc.oneof(
    fc.string({ maxLength: 20 }).map(encodeURIComponent),
    fc.constantFrom('..', '%2e%2e', '%00', '%ff', '%E0%A4%A', '%', '//', 'api', 'messages', '~root'),
  );
  const paths = fc
    .tuple(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.constantFrom('GET', 'POST'))
    .map(([segments, method]): Fuzzed => ({
      endpoint: 'odd path',
      validity: segments.some((s) => s === '..' || s === '%2e%2e') ? 'may-be-valid' : 'hostile',
      method,
      path: `/zz/${segments.join('/')}`,
      headers: JSON_TYPE,
      body: method === 'POST' ? Buffer.from('{}') : undefined,
    }));
  const health = fc.constant<Fuzzed>({
    endpoint: 'GET /healthz',
    validity: 'may-be-valid',
    method: 'GET',
    path: '/healthz',
    headers: {},
  });
  return fc.oneof(odd, paths, health);
}

const STACK_TRACE = /\n\s+at .+[(:]\d+:\d+|\bat (?:async )?\S+ \(.*:\d+:\d+\)/;
const INTERNAL_PATH = /\/work\/|node_modules|file:\/\/|\/home\/|\.ts:\d+/;

type Outcome = { endpoint: string; path: string; status: number; problem?: string };

function checkResponse(
  request: Fuzzed,
  status: number,
  body: string,
  contentType: string,
): string | undefined {
  if (status >= 500) return `5xx ${status}: ${body.slice(0, 200)}`;
  if (status < 200 || status >= 500) return `unexpected status ${status}`;
  if (request.validity === 'hostile' && status < 400) return `hostile input accepted with ${status}`;
  // The chat page's own scripts are code, not error text.
  if (!/javascript/.test(contentType) && (STACK_TRACE.test(body) || INTERNAL_PATH.test(body)))
    return `internal detail in body: ${body.slice(0, 200)}`;
  return undefined;
}

async function runPool(
  baseUrl: string,
  requests: readonly Fuzzed[],
  onOutcome: (outcome: Outcome) => void,
): Promise<void> {
  let index = 0;
  const worker = async () => {
    while (index < requests.length) {
      const request = requests[index];
      index += 1;
      if (!request) continue;
      try {
        const response = await sendRaw(baseUrl, request);
        const contentType = String(response.headers['content-type'] ?? '');
        const problem = checkResponse(request, response.status, response.body, contentType);
        onOutcome({
          endpoint: request.endpoint,
          path: request.path.slice(0, 120),
          status: response.status,
          ...(problem ? { problem } : {}),
        });
      } catch (err) {
        onOutcome({
          endpoint: request.endpoint,
          path: request.path.slice(0, 120),
          status: 0,
          problem: `no answer: ${String(err)}`,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

describe('fuzz: 10,000 hostile requests against the running product', () => {
  let server: AbuseProcess;
  let sink: Awaited<ReturnType<typeof startChannelSink>>;

  beforeAll(async () => {
    sink = await startChannelSink();
    server = await startAbuseProcess({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      STATE_SQLITE_PATH: ':memory:',
      INTAKE_SQLITE_PATH: ':memory:',
      STAFF_API_TOKEN: STAFF_TOKEN,
      TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      SMS_PUBLIC_URL: SMS_URL,
      SMS_HASH_SECRET: randomBytes(24).toString('hex'),
      // The limits have their own test; here every request must reach its route.
      RATE_LIMIT_PER_MINUTE: '0',
      CONVERSATION_RATE_LIMIT_PER_MINUTE: '0',
    });
  }, 30_000);

  afterAll(async () => {
    await server.stop();
    await sink.close();
  });

  it('answers every one with a 2xx or 4xx, leaks nothing, stays up and gives its memory back', async () => {
    const all = fc.oneof(
      { arbitrary: messagesRequests(sink.url), weight: 3 },
      { arbitrary: triageRequests(), weight: 2 },
      { arbitrary: smsRequests(), weight: 2 },
      { arbitrary: intakeRequests(), weight: 2 },
      { arbitrary: caseRequests(), weight: 1 },
      { arbitrary: webChatRequests(), weight: 1 },
      { arbitrary: oddRequests(), weight: 1 },
    );
    const warmUp = fc.sample(all, { numRuns: WARM_UP_REQUESTS, seed: SEED + 1 });
    const requests = fc.sample(all, { numRuns: TOTAL_REQUESTS, seed: SEED });

    await runPool(server.url, warmUp, () => undefined);
    const before: HeapSample = await server.heap();

    const perEndpoint = new Map<string, number>();
    const perStatus = new Map<number, number>();
    const problems: string[] = [];
    await runPool(server.url, requests, (outcome) => {
      perEndpoint.set(outcome.endpoint, (perEndpoint.get(outcome.endpoint) ?? 0) + 1);
      perStatus.set(outcome.status, (perStatus.get(outcome.status) ?? 0) + 1);
      if (outcome.problem) problems.push(`${outcome.endpoint} ${outcome.path}: ${outcome.problem}`);
    });

    const after: HeapSample = await server.heap();
    const health = await fetch(`${server.url}/healthz`);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    process.stdout.write(
      [
        `fuzz: ${requests.length} requests`,
        ...[...perEndpoint].sort(([a], [b]) => a.localeCompare(b)).map(([e, n]) => `  ${e}: ${n}`),
        `  statuses: ${[...perStatus]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
        `  heap before ${mb(before.heapUsed)}, after ${mb(after.heapUsed)}; rss before ${mb(before.rss)}, after ${mb(after.rss)}`,
        `  problems: ${problems.length}`,
        ...problems.slice(0, 20).map((p) => `    ${p}`),
        '',
      ].join('\n'),
    );

    expect(problems.slice(0, 20)).toEqual([]);
    expect([...perStatus.keys()].every((status) => status >= 200 && status < 500)).toBe(true);
    expect(perEndpoint.size).toBeGreaterThanOrEqual(14);
    expect(server.alive()).toBe(true);
    expect(health.status).toBe(200);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(HEAP_TOLERANCE_BYTES);
  }, 180_000);
});
