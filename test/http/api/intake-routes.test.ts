import restify, { type Server } from 'restify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { todayIn } from '../../../src/config.ts';
import {
  API_TOKEN_ACTOR,
  MAX_LIST_LIMIT,
  registerIntakeRoutes,
} from '../../../src/http/api/intake-routes.ts';
import type { StaffIntake } from '../../../src/intake/staff-intake.ts';
import { CSV_HEADERS, csvCell } from '../../../src/intake/intake-csv.ts';
import type { IntakeRecord } from '../../../src/intake/intake-schema.ts';
import { referenceOf, type IntakeStore, type StoredIntake } from '../../../src/intake/intake-store.ts';
import { OutboxDispatcher } from '../../../src/intake/outbox-dispatcher.ts';
import {
  recordWithUrgency,
  sampleRecord,
  startReceiver,
  TestClock,
  WEBHOOK_SECRET,
  START,
} from '../../intake/intake-fixtures.ts';
import { sqliteSubject, type StoreSubject } from '../../intake/intake-store-subjects.ts';

const TOKEN = 'staff-token-0123456789abcdef0123456789abcdef';
const FIRM_ZONE = 'America/New_York';
const HOUR = 60 * 60_000;

type Started = { url: string; server: Server };
type Page = { intakes: StoredIntake[]; nextCursor?: string };

async function startServer(
  store: IntakeStore,
  staffApiToken: string | undefined,
  now: () => Date = () => START,
): Promise<Started> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  registerIntakeRoutes(server, {
    store,
    staffApiToken,
    now,
    today: () => todayIn(FIRM_ZONE, now()),
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, server };
}

let subject: StoreSubject;
let store: IntakeStore;
let app: Started;
let records: { low: IntakeRecord; high: IntakeRecord; critical: IntakeRecord };

beforeEach(async () => {
  subject = sqliteSubject();
  store = subject.open();
  records = {
    low: recordWithUrgency('low', new Date(START.getTime() - 48 * HOUR)),
    high: recordWithUrgency('high', new Date(START.getTime() - HOUR)),
    critical: recordWithUrgency('critical', START),
  };
  for (const record of Object.values(records)) await store.create(record);
  app = await startServer(store, TOKEN);
});

afterEach(async () => {
  app.server.close();
  await subject.dispose();
});

function get(path: string, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) {
  return fetch(`${app.url}${path}`, { headers });
}

async function listIds(path: string): Promise<string[]> {
  const response = await get(path);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { intakes: StoredIntake[] };
  return body.intakes.map((row) => row.intake.id);
}

describe('staff API authentication', () => {
  it.each([
    ['no Authorization header', {}, 'Bearer realm="notice-navigator-staff"'],
    ['a wrong token', { authorization: 'Bearer not-the-token' }, 'invalid_token'],
    ['the token cut short', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }, 'invalid_token'],
    ['the token with more after it', { authorization: `Bearer ${TOKEN}x` }, 'invalid_token'],
    ['the token in another scheme', { authorization: `Basic ${TOKEN}` }, 'Bearer realm'],
  ])('refuses %s with 401 and a Bearer challenge', async (_, headers, challenge) => {
    for (const path of ['/api/intakes', `/api/intakes/${records.low.id}`]) {
      const response = await get(path, headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain(challenge);
      expect(await response.json()).toEqual({ error: 'unauthorized' });
    }
  });

  it('accepts the token, with the scheme in any case', async () => {
    expect((await get('/api/intakes', { authorization: `bearer ${TOKEN}` })).status).toBe(200);
  });

  it('refuses everyone when no token is configured', async () => {
    const locked = await startServer(store, undefined);
    try {
      const response = await fetch(`${locked.url}/api/intakes`, {
        headers: { authorization: 'Bearer undefined' },
      });
      expect(response.status).toBe(401);
    } finally {
      locked.server.close();
    }
  });
});

describe('GET /api/intakes', () => {
  it('lists intakes newest first as JSON, never cached', async () => {
    const response = await get('/api/intakes');
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { intakes: StoredIntake[] };
    expect(body.intakes.map((row) => row.intake.id)).toEqual([
      records.critical.id,
      records.high.id,
      records.low.id,
    ]);
    expect(body.intakes[0]).toEqual({
      intake: records.critical,
      delivery: expect.objectContaining({ event: 'intake.created', state: 'pending', attempts: 0 }),
      handling: { state: 'new', changedBy: null, changedAt: null },
      notes: [],
      daysLeft: expect.any(Object),
    });
  });

  it.each([
    [
      'since a date-time',
      `since=${encodeURIComponent(new Date(START.getTime() - 2 * HOUR).toISOString())}`,
      ['critical', 'high'],
    ],
    [
      'since a date-time with an offset',
      `since=${encodeURIComponent('2026-03-10T09:00:00-05:00')}`,
      ['critical'],
    ],
    ['since a date', 'since=2026-03-09', ['critical', 'high']],
    ['urgency', 'urgency=high', ['high']],
    ['status', 'status=pending', ['critical', 'high', 'low']],
    ['another status', 'status=delivered', []],
    ['several filters', 'since=2026-03-01&urgency=low', ['low']],
    ['a limit', 'limit=2', ['critical', 'high']],
  ] as const)('filters by %s', async (_, query, expected) => {
    expect(await listIds(`/api/intakes?${query}`)).toEqual(expected.map((name) => records[name].id));
  });

  it.each([
    ['since=yesterday', 'since'],
    ['urgency=extreme', 'urgency'],
    ['status=gone', 'status'],
    ['limit=0', 'limit'],
    ['limit=many', 'limit'],
    ['format=xml', 'format'],
    ['status=dead&status=pending', 'status'],
    ['statu=dead', ''],
  ])('answers 400 with the field for %s', async (query, path) => {
    const response = await get(`/api/intakes?${query}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe('invalid_request');
    expect(body.issues.map((issue) => issue.path)).toContain(path);
    expect(body.issues.every((issue) => issue.message.length > 0)).toBe(true);
  });

  it.each([
    ['?format=csv', {}],
    ['', { accept: 'text/csv' }],
    ['', { accept: 'application/json;q=0.5, text/csv' }],
  ])('answers CSV for %s %j', async (query, accept) => {
    const response = await get(`/api/intakes${query}`, { authorization: `Bearer ${TOKEN}`, ...accept });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADERS.join(','));
    expect(lines).toHaveLength(5);
    // An id that starts with "-" (one in 64) is written guarded, like any cell that looks like a formula.
    expect(lines[1]?.startsWith(`${csvCell(records.critical.id)},`)).toBe(true);
  });

  it('prefers JSON when Accept ranks it above CSV', async () => {
    const response = await get('/api/intakes', {
      authorization: `Bearer ${TOKEN}`,
      accept: 'application/json, text/csv;q=0.5',
    });
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
  });
});

describe('GET /api/intakes/:id', () => {
  it('returns one intake with its delivery state, as JSON or CSV', async () => {
    const json = await get(`/api/intakes/${records.high.id}`);
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({
      intake: records.high,
      delivery: expect.objectContaining({ state: 'pending' }),
      handling: { state: 'new', changedBy: null, changedAt: null },
      notes: [],
      daysLeft: expect.any(Object),
    });

    const csv = await get(`/api/intakes/${records.high.id}?format=csv`);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(records.high.id);
  });

  it.each([
    ['an unknown id', 'AAAAAAAAAAAAAAAAAAAAAAAA'],
    ['something that is not an id', 'not-an-id'],
  ])('answers 404 for %s', async (_, id) => {
    const response = await get(`/api/intakes/${id}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not_found' });
  });

  it('shows a delivered intake without contact details once the person deleted their data', async () => {
    // Never attempted: nothing reached the firm, so nothing is kept.
    expect(await store.deleteForPerson(records.low.id, START)).toEqual({ ok: true, outcome: 'removed' });
    const [claimed] = (await store.claimDue(START, 10)).filter((m) => m.intakeId === records.high.id);
    if (!claimed) throw new Error('nothing claimed');
    await store.markDelivered(claimed, 1, START);
    expect(await store.deleteForPerson(records.high.id, START)).toMatchObject({
      ok: true,
      outcome: 'scrubbed',
    });

    const body = (await (await get(`/api/intakes/${records.high.id}`)).json()) as StoredIntake;
    expect(body.intake).toMatchObject({ status: 'deleted', contact: null, description: null });
    expect(body.delivery).toMatchObject({ event: 'intake.deleted', state: 'pending' });
    expect((await get(`/api/intakes/${records.low.id}`)).status).toBe(404);
    expect(await listIds('/api/intakes?status=deleted')).toEqual([records.high.id]);
  });
});

describe('finding a case', () => {
  it('reads an intake by the reference the person quotes, and by its full id', async () => {
    const reference = referenceOf(records.high.id);
    const byReference = await get(`/api/intakes/${reference}`);
    expect(byReference.status).toBe(200);
    expect(((await byReference.json()) as StoredIntake).intake.id).toBe(records.high.id);
    expect((await get(`/api/intakes/${records.high.id}`)).status).toBe(200);
    expect((await get('/api/intakes/ZZZZZZZZ')).status).toBe(404);
    expect((await get(`/api/intakes/${reference}`, {})).status).toBe(401);
  });

  it('searches by name, email, mobile number or reference (?q=)', async () => {
    const other = sampleRecord(START, { contact: { name: 'Lee Park', email: 'lpark@example.org' } });
    await store.create(other);
    expect(await listIds('/api/intakes?q=lee%20park')).toEqual([other.id]);
    expect(await listIds('/api/intakes?q=DANA@EXAMPLE.COM')).toEqual([
      records.critical.id,
      records.high.id,
      records.low.id,
    ]);
    expect(await listIds('/api/intakes?q=555-0147&urgency=high')).toEqual([records.high.id]);
    expect(await listIds(`/api/intakes?q=${referenceOf(other.id)}`)).toEqual([other.id]);
    const blank = await get('/api/intakes?q=%20');
    expect(blank.status).toBe(400);
  });

  it('pages past 1,000 intakes with the cursor it hands out', async () => {
    for (let i = 0; i < MAX_LIST_LIMIT; i++)
      await store.create(sampleRecord(new Date(START.getTime() - i * 1000)));
    const first = (await (await get(`/api/intakes?limit=${MAX_LIST_LIMIT}`)).json()) as Page;
    expect(first.intakes).toHaveLength(MAX_LIST_LIMIT);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await (
      await get(`/api/intakes?limit=${MAX_LIST_LIMIT}&cursor=${first.nextCursor ?? ''}`)
    ).json()) as Page;
    expect(second.intakes).toHaveLength(3);
    expect(second).not.toHaveProperty('nextCursor');
    const ids = [...first.intakes, ...second.intakes].map((row) => row.intake.id);
    expect(new Set(ids).size).toBe(MAX_LIST_LIMIT + 3);
    expect(ids).toContain(records.low.id);

    const forged = await get('/api/intakes?cursor=not-a-cursor');
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ error: 'invalid_request', issues: [{ path: 'cursor' }] });
  }, 60_000);
});

describe('dead letters', () => {
  it('shows intakes whose delivery gave up in GET /api/intakes?status=dead', async () => {
    const clock = new TestClock();
    const receiver = await startReceiver({ now: clock.now, behaviour: () => ({ status: 500 }) });
    try {
      const maxAttempts = 2;
      const dispatcher = new OutboxDispatcher({
        store,
        webhookUrl: receiver.url,
        secret: WEBHOOK_SECRET,
        now: clock.now,
        backoff: { baseMs: 10, capMs: 10, maxAttempts },
        timeoutMs: 2_000,
      });
      expect(await dispatcher.runOnce()).toMatchObject({ retried: 3 });
      clock.advance(1000);
      expect(await dispatcher.runOnce()).toMatchObject({ dead: 3 });

      const response = await get('/api/intakes?status=dead');
      const body = (await response.json()) as { intakes: StoredIntake[] };
      expect(body.intakes).toHaveLength(3);
      expect(body.intakes[0]?.delivery).toMatchObject({
        state: 'dead',
        attempts: maxAttempts,
        lastError: 'HTTP 500',
      });
      expect(receiver.requests).toHaveLength(3 * maxAttempts);
    } finally {
      await receiver.close();
    }
  });

  it('sends a dead delivery again on POST /api/intakes/:id/redeliver (202), and it arrives', async () => {
    const clock = new TestClock();
    let answer = 500;
    const receiver = await startReceiver({ now: clock.now, behaviour: () => ({ status: answer }) });
    app.server.close();
    app = await startServer(store, TOKEN, clock.now);
    const redeliver = (id: string, token = TOKEN) =>
      fetch(`${app.url}/api/intakes/${id}/redeliver`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
    try {
      const dispatcher = new OutboxDispatcher({
        store,
        webhookUrl: receiver.url,
        secret: WEBHOOK_SECRET,
        now: clock.now,
        backoff: { baseMs: 10, capMs: 10, maxAttempts: 1 },
        timeoutMs: 2_000,
      });
      expect(await dispatcher.runOnce()).toMatchObject({ dead: 3 });
      // Only a dead delivery is sent again; a live token is needed as for every staff call.
      expect((await redeliver(records.high.id, 'wrong-token-0123456789abcdef0123456789')).status).toBe(401);
      expect((await redeliver('no-such-intake-id-000000')).status).toBe(404);

      answer = 200;
      clock.advance(60_000);
      const response = await redeliver(records.high.id);
      expect(response.status).toBe(202);
      expect(await response.json()).toMatchObject({
        id: records.high.id,
        delivery: { event: 'intake.created', state: 'pending', lastError: 'HTTP 500' },
      });
      expect((await store.get(records.high.id))?.intake.status).toBe('pending');
      expect(await dispatcher.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
      const delivered = (await (await get(`/api/intakes/${records.high.id}`)).json()) as StoredIntake;
      expect(delivered.intake.status).toBe('delivered');
      expect(delivered.delivery).toMatchObject({ state: 'delivered', attempts: 1, lastError: null });
      expect([...receiver.accepted.values()].map((b) => b.intake.id)).toEqual([records.high.id]);

      const again = await redeliver(records.high.id);
      expect(again.status).toBe(409);
      expect(await again.json()).toEqual({ error: 'not_dead' });
      // The other dead intakes stay dead until someone sends them again.
      expect(await listIds('/api/intakes?status=dead')).toHaveLength(2);
    } finally {
      await receiver.close();
    }
  });
});

describe('handling and notes', () => {
  const patch = (id: string, body: unknown, token: string | null = TOKEN) =>
    fetch(`${app.url}/api/intakes/${id}`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(body),
    });

  it('marks a case contacted with a note, saying who and when, and finds it by handling', async () => {
    const response = await patch(records.high.id, { handling: 'contacted', note: '  Left a voicemail  ' });
    expect(response.status).toBe(200);
    const updated = (await response.json()) as StaffIntake;
    expect(updated.handling).toEqual({
      state: 'contacted',
      changedBy: API_TOKEN_ACTOR,
      changedAt: START.toISOString(),
    });
    expect(updated.notes).toEqual([
      { id: expect.any(String), at: START.toISOString(), by: API_TOKEN_ACTOR, text: 'Left a voicemail' },
    ]);

    // A second note keeps the first; the same state again changes neither who nor when.
    app.server.close();
    const later = new Date(START.getTime() + HOUR);
    app = await startServer(store, TOKEN, () => later);
    const again = (await (
      await patch(records.high.id, { handling: 'contacted', note: 'Booked for Friday' })
    ).json()) as StaffIntake;
    expect(again.handling.changedAt).toBe(START.toISOString());
    expect(again.notes.map((n) => n.text)).toEqual(['Left a voicemail', 'Booked for Friday']);

    const read = (await (await get(`/api/intakes/${referenceOf(records.high.id)}`)).json()) as StaffIntake;
    expect(read.handling.state).toBe('contacted');
    expect(read.notes).toHaveLength(2);
    expect(await listIds('/api/intakes?handling=contacted')).toEqual([records.high.id]);
    expect(await listIds('/api/intakes?handling=new')).toEqual([records.critical.id, records.low.id]);
  });

  it.each([
    ['an unknown state', { handling: 'phoned' }, 'handling'],
    ['an empty note', { note: '   ' }, 'note'],
    ['a note too long', { note: 'x'.repeat(2001) }, 'note'],
    ['neither field', {}, 'handling'],
    ['a field it does not know', { handling: 'closed', by: 'me' }, ''],
    ['a list instead of an object', ['closed'], ''],
  ])('refuses %s with 400 and the field at fault', async (_, body, path) => {
    const response = await patch(records.high.id, body);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(answer.error).toBe('invalid_request');
    expect(answer.issues.map((issue) => issue.path)).toContain(path);
    expect((await store.get(records.high.id))?.handling.state).toBe('new');
  });

  it('answers 404 for an unknown intake and 401 without the token', async () => {
    expect((await patch('AAAAAAAAAAAAAAAAAAAAAAAA', { handling: 'closed' })).status).toBe(404);
    expect((await patch('not-an-id', { handling: 'closed' })).status).toBe(404);
    expect((await patch(records.high.id, { handling: 'closed' }, null)).status).toBe(401);
    expect((await store.get(records.high.id))?.handling.state).toBe('new');
  });

  it('removes the notes with the person\'s details on "delete my data", keeping the handling state', async () => {
    await patch(records.high.id, { handling: 'booked', note: 'Dana prefers mornings' });
    const [claimed] = (await store.claimDue(START, 10)).filter((m) => m.intakeId === records.high.id);
    if (!claimed) throw new Error('nothing claimed');
    await store.markDelivered(claimed, 1, START);
    await store.deleteForPerson(records.high.id, START);
    const read = (await (await get(`/api/intakes/${records.high.id}`)).json()) as StaffIntake;
    expect(read.intake.contact).toBeNull();
    expect(read.notes).toEqual([]);
    expect(read.handling.state).toBe('booked');
  });
});

describe('days left', () => {
  it('counts the days left to each deadline on the day it is asked, not the day of the intake', async () => {
    const deadline = records.high.deadlines[0];
    if (!deadline) throw new Error('the fixture has no deadline');
    expect(deadline).not.toHaveProperty('daysLeft');
    const daysLeftOn = async (now: Date) => {
      app.server.close();
      app = await startServer(store, TOKEN, () => now);
      const body = (await (await get(`/api/intakes/${records.high.id}`)).json()) as StaffIntake;
      return body.daysLeft[deadline.id];
    };
    const first = await daysLeftOn(START);
    expect(first).toBe(
      Math.round((Date.parse(deadline.date) - Date.parse(todayIn(FIRM_ZONE, START))) / (24 * HOUR)),
    );
    expect(await daysLeftOn(new Date(START.getTime() + 3 * 24 * HOUR))).toBe((first ?? 0) - 3);
    // The firm's day: 02:00 UTC is still the evening before in New York.
    expect(await daysLeftOn(new Date('2026-03-11T02:00:00Z'))).toBe(first);
  });
});
