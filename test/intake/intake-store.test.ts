import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeRecord } from '../../src/intake/intake-schema.ts';
import {
  decodeCursor,
  MAX_ERROR_CHARS,
  nextCursor,
  referenceOf,
  type IntakeStore,
  type WebhookBody,
} from '../../src/intake/intake-store.ts';
import { hasService } from '../support/services.ts';
import { recordWithUrgency, sampleRecord, START } from './intake-fixtures.ts';
import { postgresSubject, sqliteSubject, type StoreSubject } from './intake-store-subjects.ts';

const LEASE_MS = 60_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function at(offsetMs: number): Date {
  return new Date(START.getTime() + offsetMs);
}

/** The store contract, the same for every backend. */
function storeContract(makeSubject: () => StoreSubject): void {
  let subject: StoreSubject;
  let store: IntakeStore;
  beforeEach(() => {
    subject = makeSubject();
    store = subject.open();
  });
  afterEach(() => subject.dispose());

  async function createDelivered(record: IntakeRecord): Promise<void> {
    await store.create(record);
    const [claimed] = await store.claimDue(at(0), 1, LEASE_MS);
    if (!claimed) throw new Error('nothing to claim');
    expect(await store.markDelivered(claimed, 1, at(1000))).toBe(true);
  }

  it('stores an intake with its outbox event, and reads it back validated', async () => {
    const record = sampleRecord();
    await store.create(record);
    const stored = await store.get(record.id);
    expect(stored?.intake).toEqual(record);
    expect(stored?.delivery).toEqual({
      event: 'intake.created',
      state: 'pending',
      attempts: 0,
      lastError: null,
      lastAttemptAt: null,
      deliveredAt: null,
    });
    expect(await store.outboxStats()).toEqual({ pending: 1, delivered: 0, dead: 0 });
    expect(await store.get('AAAAAAAAAAAAAAAAAAAAAAAA')).toBeUndefined();
  });

  it('stores an id once: the same submission again writes neither an intake nor an event', async () => {
    const record = sampleRecord();
    expect(await store.create(record)).toEqual({ ok: true });
    const again = { ...record, createdAt: at(MINUTE).toISOString(), description: 'sent twice' };
    expect(await store.create(again)).toEqual({ ok: false, code: 'duplicate_id' });
    expect(await store.outboxStats()).toEqual({ pending: 1, delivered: 0, dead: 0 });
    expect(await store.list({ limit: 10 })).toHaveLength(1);
    expect((await store.get(record.id))?.intake).toEqual(record);
  });

  it('stores an id once when the same submission arrives at two stores at once', async () => {
    const other = subject.open();
    const record = sampleRecord();
    const outcomes = await Promise.all([store.create(record), other.create(record)]);
    expect(outcomes).toContainEqual({ ok: true });
    expect(outcomes).toContainEqual({ ok: false, code: 'duplicate_id' });
    expect(await store.outboxStats()).toEqual({ pending: 1, delivered: 0, dead: 0 });
  });

  it('refuses a record that is not new (a bug in the caller)', async () => {
    await expect(store.create({ ...sampleRecord(), status: 'delivered' })).rejects.toThrow(/pending/);
  });

  it('keeps everything across a restart (a new store on the same data)', async () => {
    const record = sampleRecord();
    await store.create(record);
    await store.close();
    const reopened = subject.open();
    expect((await reopened.get(record.id))?.intake).toEqual(record);
    expect(await reopened.claimDue(at(0), 10, LEASE_MS)).toHaveLength(1);
  });

  it('lists newest first, filtered by since, urgency and status, up to the limit', async () => {
    const old = recordWithUrgency('low', at(-2 * MINUTE));
    const middle = recordWithUrgency('critical', at(-MINUTE));
    const recent = recordWithUrgency('critical', at(0));
    for (const record of [old, middle, recent]) await store.create(record);
    await store.deleteForPerson(old.id, at(0));
    const ids = async (query: Parameters<IntakeStore['list']>[0]) =>
      (await store.list(query)).map((row) => row.intake.id);

    expect(await ids({ limit: 10 })).toEqual([recent.id, middle.id]);
    expect(await ids({ limit: 1 })).toEqual([recent.id]);
    expect(await ids({ limit: 10, urgency: 'critical', since: at(-MINUTE) })).toEqual([recent.id, middle.id]);
    expect(await ids({ limit: 10, since: at(-MINUTE + 1) })).toEqual([recent.id]);
    expect(await ids({ limit: 10, urgency: 'low' })).toEqual([]);
    expect(await ids({ limit: 10, status: 'pending' })).toEqual([recent.id, middle.id]);
    expect(await ids({ limit: 10, status: 'delivered' })).toEqual([]);
  });

  it('claims a due event with its exact signed body, and leases it away from other claims', async () => {
    const record = sampleRecord();
    await store.create(record);
    expect(await store.claimDue(at(-1), 10, LEASE_MS)).toEqual([]);

    const [claimed, ...rest] = await store.claimDue(at(0), 10, LEASE_MS);
    expect(rest).toEqual([]);
    expect(claimed).toMatchObject({ intakeId: record.id, event: 'intake.created', attempts: 0 });
    expect(JSON.parse(claimed?.body ?? '')).toEqual({
      event: 'intake.created',
      intake: record,
    } satisfies WebhookBody);
    expect(await store.claimDue(at(LEASE_MS - 1), 10, LEASE_MS)).toEqual([]);

    // The dispatcher died holding it: once the lease ends the event is due again, under a new claim.
    const [again] = await store.claimDue(at(LEASE_MS), 10, LEASE_MS);
    expect(again?.eventId).toBe(claimed?.eventId);
    expect(again?.claimToken).not.toBe(claimed?.claimToken);
  });

  it('marks a delivered event and its intake', async () => {
    const record = sampleRecord();
    await createDelivered(record);
    const stored = await store.get(record.id);
    expect(stored?.intake.status).toBe('delivered');
    expect(stored?.delivery).toMatchObject({
      state: 'delivered',
      attempts: 1,
      deliveredAt: at(1000).toISOString(),
    });
    expect(await store.outboxStats()).toEqual({ pending: 0, delivered: 1, dead: 0 });
    expect(await store.claimDue(at(10 * LEASE_MS), 10, LEASE_MS)).toEqual([]);
  });

  it('schedules a retry only under the current claim, and holds the event until it is due', async () => {
    const record = sampleRecord();
    await store.create(record);
    const [first] = await store.claimDue(at(0), 1, LEASE_MS);
    if (!first) throw new Error('nothing claimed');
    const longError = 'x'.repeat(MAX_ERROR_CHARS * 2);
    expect(
      await store.scheduleRetry(first, {
        attempts: 1,
        nextAt: at(5 * MINUTE),
        lastError: longError,
        at: at(1),
      }),
    ).toBe(true);
    // A stale claim (the same token again) changes nothing.
    expect(
      await store.scheduleRetry(first, { attempts: 9, nextAt: at(0), lastError: 'stale', at: at(2) }),
    ).toBe(false);
    const stored = await store.get(record.id);
    expect(stored?.intake.status).toBe('pending');
    expect(stored?.delivery.attempts).toBe(1);
    expect(stored?.delivery.lastError?.length).toBe(MAX_ERROR_CHARS);

    expect(await store.claimDue(at(5 * MINUTE - 1), 1, LEASE_MS)).toEqual([]);
    const [second] = await store.claimDue(at(5 * MINUTE), 1, LEASE_MS);
    expect(second).toMatchObject({ eventId: first.eventId, attempts: 1 });
  });

  it('dead-letters an event: the intake is dead and listed as such', async () => {
    const record = sampleRecord();
    await store.create(record);
    const [claimed] = await store.claimDue(at(0), 1, LEASE_MS);
    if (!claimed) throw new Error('nothing claimed');
    expect(await store.markDead(claimed, { attempts: 5, lastError: 'HTTP 500', at: at(1) })).toBe(true);
    const dead = await store.list({ status: 'dead', limit: 10 });
    expect(dead.map((row) => row.intake.id)).toEqual([record.id]);
    expect(dead[0]?.delivery).toMatchObject({ state: 'dead', attempts: 5, lastError: 'HTTP 500' });
    expect(await store.list({ delivery: 'dead', limit: 10 })).toHaveLength(1);
    expect(await store.outboxStats()).toEqual({ pending: 0, delivered: 0, dead: 1 });
    expect(await store.claimDue(at(10 * LEASE_MS), 10, LEASE_MS)).toEqual([]);
  });

  it('hands out each due event to exactly one of two stores claiming at once', async () => {
    const COUNT = 30;
    for (let i = 0; i < COUNT; i++) await store.create(sampleRecord(at(i)));
    const other = subject.open();
    const [a, b] = await Promise.all([
      store.claimDue(at(MINUTE), COUNT, LEASE_MS),
      other.claimDue(at(MINUTE), COUNT, LEASE_MS),
    ]);
    const ids = [...(a ?? []), ...(b ?? [])].map((m) => m.eventId);
    expect(ids).toHaveLength(COUNT);
    expect(new Set(ids).size).toBe(COUNT);
  });

  describe('finding an intake', () => {
    const dana = { name: 'Dana Rivera', email: 'dana@example.com', mobile: '(202) 555-0147' };
    const lee = { name: 'Lee Park', email: 'lpark@example.org' };

    it('searches names and emails in any case, mobile numbers by digits, references exactly', async () => {
      const a = sampleRecord(at(0), { contact: dana });
      const b = sampleRecord(at(1), { contact: lee });
      await store.create(a);
      await store.create(b);
      const ids = async (q: string) => (await store.list({ q, limit: 10 })).map((row) => row.intake.id);
      expect(await ids('RIVERA')).toEqual([a.id]);
      expect(await ids('example.org')).toEqual([b.id]);
      expect(await ids('example')).toEqual([b.id, a.id]);
      expect(await ids('202 555 0147')).toEqual([a.id]);
      expect(await ids(referenceOf(b.id))).toEqual([b.id]);
      // LIKE wildcards in the term are plain characters.
      expect(await ids('%')).toEqual([]);
      expect(await ids('_')).toEqual([]);
      expect(await store.list({ q: 'rivera', urgency: 'low', limit: 10 })).toEqual([]);
    });

    it('finds by the reference the person quotes', async () => {
      const a = sampleRecord(at(0));
      await store.create(a);
      await store.create(sampleRecord(at(1)));
      expect((await store.findByReference(referenceOf(a.id))).map((row) => row.intake.id)).toEqual([a.id]);
      expect(
        await store.findByReference(
          referenceOf(a.id).toLowerCase() === referenceOf(a.id)
            ? 'ZZZZZZZZ'
            : referenceOf(a.id).toLowerCase(),
        ),
      ).toEqual([]);
    });

    it('pages newest first with a cursor, ties broken by id, nothing repeated or skipped', async () => {
      const records = [0, 1, 1, 2, 3].map((offset) => sampleRecord(at(offset * MINUTE)));
      for (const record of records) await store.create(record);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const rows = await store.list({
          limit: 2,
          cursor: cursor === undefined ? undefined : decodeCursor(cursor),
        });
        seen.push(...rows.map((row) => row.intake.id));
        cursor = nextCursor(rows, 2);
        pages += 1;
      } while (cursor !== undefined);
      expect(pages).toBe(3);
      expect(seen).toEqual((await store.list({ limit: 10 })).map((row) => row.intake.id));
      expect(new Set(seen).size).toBe(records.length);
    });
  });

  describe('redeliver', () => {
    it('makes a dead event due again with a fresh budget; anything else is refused', async () => {
      const record = sampleRecord();
      await store.create(record);
      expect(await store.redeliver(record.id, at(0))).toEqual({ ok: false, code: 'not_dead' });
      expect(await store.redeliver('x'.repeat(record.id.length), at(0))).toEqual({
        ok: false,
        code: 'not_found',
      });
      const [claimed] = await store.claimDue(at(0), 1, LEASE_MS);
      if (!claimed) throw new Error('nothing claimed');
      await store.markDead(claimed, { attempts: 16, lastError: 'HTTP 503', at: at(1) });

      expect(await store.redeliver(record.id, at(HOUR))).toEqual({ ok: true });
      const stored = await store.get(record.id);
      expect(stored?.intake.status).toBe('pending');
      expect(stored?.delivery).toMatchObject({ state: 'pending', attempts: 16, lastError: 'HTTP 503' });
      expect(await store.outboxStats()).toEqual({ pending: 1, delivered: 0, dead: 0 });
      expect(await store.claimDue(at(HOUR - 1), 10, LEASE_MS)).toEqual([]);
      const [again] = await store.claimDue(at(HOUR), 10, LEASE_MS);
      expect(again).toMatchObject({ eventId: claimed.eventId, attempts: 0, body: claimed.body });
      if (!again) throw new Error('nothing claimed');
      expect(await store.markDelivered(again, 1, at(HOUR + 1))).toBe(true);
      expect((await store.get(record.id))?.intake.status).toBe('delivered');
    });
  });

  describe('handling and notes', () => {
    it('records the handling state once per change, notes in order, and both go by intake', async () => {
      const [one, two] = [sampleRecord(at(0)), sampleRecord(at(1))];
      await store.create(one);
      await store.create(two);
      const change = { handling: 'contacted' as const, note: 'Left a voicemail', by: 'ana', at: at(MINUTE) };
      expect((await store.updateHandling(one.id, change))?.handling).toEqual({
        state: 'contacted',
        changedBy: 'ana',
        changedAt: at(MINUTE).toISOString(),
      });
      await store.updateHandling(one.id, { handling: 'contacted', by: 'ben', at: at(HOUR) });
      await store.updateHandling(one.id, { note: 'Booked Friday', by: 'ben', at: at(HOUR) });
      await store.updateHandling(two.id, { note: 'Wrong number', by: 'cy', at: at(HOUR) });
      const [newest, oldest] = await store.list({ limit: 10 });
      expect(oldest?.handling.changedBy).toBe('ana');
      expect(oldest?.notes.map((n) => [n.by, n.text])).toEqual([
        ['ana', 'Left a voicemail'],
        ['ben', 'Booked Friday'],
      ]);
      expect(newest?.handling).toEqual({ state: 'new', changedBy: null, changedAt: null });
      expect(newest?.notes.map((n) => n.text)).toEqual(['Wrong number']);
      expect((await store.list({ handling: 'new', limit: 10 })).map((r) => r.intake.id)).toEqual([two.id]);
      expect(await store.updateHandling('AAAAAAAAAAAAAAAAAAAAAAAA', change)).toBeUndefined();
    });

    it('removes the notes on "delete my data", whether the intake is removed or scrubbed', async () => {
      const [scrubbed, removed] = [sampleRecord(at(0)), sampleRecord(at(1))];
      await createDelivered(scrubbed);
      await store.create(removed);
      for (const record of [removed, scrubbed])
        await store.updateHandling(record.id, {
          handling: 'booked',
          note: 'Dana, mornings',
          by: 'ana',
          at: at(2),
        });
      expect(await store.deleteForPerson(removed.id, at(3))).toMatchObject({ outcome: 'removed' });
      expect(await store.deleteForPerson(scrubbed.id, at(3))).toMatchObject({ outcome: 'scrubbed' });
      const kept = await store.get(scrubbed.id);
      expect(kept?.notes).toEqual([]);
      expect(kept?.handling.state).toBe('booked');
      // A new intake under the removed id's notes would show them again: none are left behind.
      await store.create(removed);
      expect((await store.get(removed.id))?.notes).toEqual([]);
    });
  });

  describe('deleteForPerson', () => {
    it('removes an intake the firm has not received, with its event', async () => {
      const record = sampleRecord();
      await store.create(record);
      expect(await store.deleteForPerson(record.id, at(1))).toEqual({ ok: true, outcome: 'removed' });
      expect(await store.get(record.id)).toBeUndefined();
      expect(await store.outboxStats()).toEqual({ pending: 0, delivered: 0, dead: 0 });
      expect(await store.deleteForPerson(record.id, at(2))).toEqual({ ok: false, code: 'not_found' });
    });

    it('scrubs a dead intake and tells the firm: its failed attempts carried the details out', async () => {
      // Changed (issue 15): a dead intake used to vanish silently, though each failed attempt had sent the
      // person's details to the firm's endpoint, which may have kept them.
      const record = sampleRecord();
      await store.create(record);
      const [claimed] = await store.claimDue(at(0), 1, LEASE_MS);
      if (!claimed) throw new Error('nothing claimed');
      await store.markDead(claimed, { attempts: 3, lastError: 'HTTP 500', at: at(1) });
      expect(await store.deleteForPerson(record.id, at(2))).toMatchObject({ ok: true, outcome: 'scrubbed' });
      expect((await store.get(record.id))?.intake).toMatchObject({ status: 'deleted', contact: null });
      const due = await store.claimDue(at(2), 10, LEASE_MS);
      expect(due.map((m) => m.event)).toEqual(['intake.deleted']);
      expect(due[0]?.body).not.toContain('dana@example.com');
    });

    it('scrubs a pending intake after a failed attempt, and tells the firm', async () => {
      const record = sampleRecord();
      await store.create(record);
      const [claimed] = await store.claimDue(at(0), 1, LEASE_MS);
      if (!claimed) throw new Error('nothing claimed');
      const retry = { attempts: 1, nextAt: at(MINUTE), lastError: 'timed out after 10000 ms', at: at(1) };
      expect(await store.scheduleRetry(claimed, retry)).toBe(true);
      expect(await store.deleteForPerson(record.id, at(2))).toMatchObject({ ok: true, outcome: 'scrubbed' });
      const due = await store.claimDue(at(10 * MINUTE), 10, LEASE_MS);
      expect(due.map((m) => m.event)).toEqual(['intake.deleted']);
    });

    it('scrubs a delivered intake and queues intake.deleted without the personal details', async () => {
      const record = sampleRecord();
      await createDelivered(record);
      const outcome = await store.deleteForPerson(record.id, at(2000));
      expect(outcome).toMatchObject({ ok: true, outcome: 'scrubbed' });

      const stored = await store.get(record.id);
      expect(stored?.intake).toMatchObject({
        status: 'deleted',
        contact: null,
        preferredContact: null,
        description: null,
        deletedAt: at(2000).toISOString(),
        notice: record.notice,
        deadlines: record.deadlines,
      });
      expect(stored?.delivery).toMatchObject({ event: 'intake.deleted', state: 'pending', attempts: 0 });

      const [event] = await store.claimDue(at(2000), 10, LEASE_MS);
      expect(event).toMatchObject({ event: 'intake.deleted', intakeId: record.id });
      if (outcome.ok && outcome.outcome === 'scrubbed') expect(event?.eventId).toBe(outcome.eventId);
      expect(event?.body).not.toContain('Dana');
      expect(event?.body).not.toContain('dana@example.com');
      const body = JSON.parse(event?.body ?? '') as WebhookBody;
      expect(body.intake).toMatchObject({ id: record.id, status: 'deleted', contact: null });
      if (!event) throw new Error('nothing claimed');
      await store.markDelivered(event, 1, at(3000));
      expect((await store.get(record.id))?.delivery).toMatchObject({
        event: 'intake.deleted',
        state: 'delivered',
      });
      expect((await store.get(record.id))?.intake.status).toBe('deleted');

      expect(await store.deleteForPerson(record.id, at(4000))).toEqual({
        ok: true,
        outcome: 'already-deleted',
      });
    });

    it('treats an attempt in flight as delivered: scrubs, cancels its retry, and tells the firm after the lease', async () => {
      const record = sampleRecord();
      await store.create(record);
      const [inFlight] = await store.claimDue(at(0), 1, LEASE_MS);
      if (!inFlight) throw new Error('nothing claimed');

      expect(await store.deleteForPerson(record.id, at(10))).toMatchObject({ ok: true, outcome: 'scrubbed' });
      // The attempt failed after all: it must never be retried with the person's details.
      expect(
        await store.scheduleRetry(inFlight, {
          attempts: 1,
          nextAt: at(20),
          lastError: 'HTTP 500',
          at: at(20),
        }),
      ).toBe(false);
      expect(await store.claimDue(at(LEASE_MS - 1), 10, LEASE_MS)).toEqual([]);
      const due = await store.claimDue(at(LEASE_MS), 10, LEASE_MS);
      expect(due.map((m) => m.event)).toEqual(['intake.deleted']);
    });
  });
}

describe('SqliteIntakeStore', () => {
  storeContract(sqliteSubject);
});

describe.skipIf(!(await hasService('postgres')))('PostgresIntakeStore', () => {
  storeContract(postgresSubject);
});
