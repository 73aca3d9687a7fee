import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeRecord } from '../../src/intake/intake-schema.ts';
import type { IntakeStore } from '../../src/intake/intake-store.ts';
import {
  failureDelayMs,
  MAX_FAILURE_DELAY_MS,
  OutboxDispatcher,
  retryDelayMs,
  type BackoffPolicy,
  type OutboxDispatcherOptions,
} from '../../src/intake/outbox-dispatcher.ts';
import { hasService } from '../support/services.ts';
import {
  freePort,
  sampleRecord,
  startReceiver,
  TestClock,
  WEBHOOK_SECRET,
  type Receiver,
} from './intake-fixtures.ts';
import { postgresSubject, sqliteSubject, type StoreSubject } from './intake-store-subjects.ts';

/** Tiny, so that the test clock only has to move a few seconds between attempts. */
const BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 4_000, maxAttempts: 4 };
const TIMEOUT_MS = 250;
/** Past the longest retry delay, so the next run finds the event due. */
const PAST_ANY_RETRY_MS = BACKOFF.capMs + 1;
/** Past the claim lease (timeout plus its margin): a dead dispatcher's claim has expired. */
const PAST_ANY_LEASE_MS = 10 * 60_000;

function dispatcherFor(
  store: IntakeStore,
  receiver: Pick<Receiver, 'url'>,
  clock: TestClock,
  overrides: Partial<OutboxDispatcherOptions> = {},
): OutboxDispatcher {
  return new OutboxDispatcher({
    store,
    webhookUrl: receiver.url,
    secret: WEBHOOK_SECRET,
    now: clock.now,
    random: () => 0.5,
    timeoutMs: TIMEOUT_MS,
    backoff: BACKOFF,
    ...overrides,
  });
}

async function createAll(store: IntakeStore, count: number, clock: TestClock): Promise<IntakeRecord[]> {
  const records: IntakeRecord[] = [];
  for (let i = 0; i < count; i++) {
    const record = sampleRecord(clock.now());
    await store.create(record);
    records.push(record);
  }
  return records;
}

function keysByIntake(receiver: Receiver): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const request of receiver.requests) {
    keys.set(request.intakeId, (keys.get(request.intakeId) ?? new Set()).add(request.key));
  }
  return keys;
}

describe('retryDelayMs', () => {
  it.each([
    // failures, random, delay: doubling from the base, half fixed and half jitter, never above the cap
    [1, 0, 500],
    [1, 0.999_999, 1_000],
    [2, 0.5, 1_500],
    [3, 0, 2_000],
    [4, 1, 4_000],
    [10, 0, 2_000],
    [10, 1, 4_000],
  ])('after %i failure(s) with jitter %f waits %i ms', (failures, random, expected) => {
    expect(retryDelayMs(failures, BACKOFF, random)).toBe(expected);
  });
});

describe('failureDelayMs (the loop while the store itself fails)', () => {
  it.each([
    // failures, interval, delay: doubling from the interval, up to 32 intervals and at most a minute
    [1, 100, 100],
    [2, 100, 200],
    [6, 100, 3_200],
    [7, 100, 3_200],
    [1, 5_000, 5_000],
    [4, 5_000, 40_000],
    [5, 5_000, MAX_FAILURE_DELAY_MS],
    [50, 5_000, MAX_FAILURE_DELAY_MS],
    [3, 120_000, 120_000],
  ])('after %i failed batch(es) at a %i ms interval waits %i ms', (failures, interval, expected) => {
    expect(failureDelayMs(failures, interval)).toBe(expected);
  });
});

describe('OutboxDispatcher over SQLite with a real HTTP receiver', () => {
  let subject: StoreSubject;
  let store: IntakeStore;
  let clock: TestClock;
  let receiver: Receiver;
  beforeEach(async () => {
    subject = sqliteSubject();
    store = subject.open();
    clock = new TestClock();
    receiver = await startReceiver({ now: clock.now });
  });
  afterEach(async () => {
    await receiver.close();
    await subject.dispose();
  });

  it('delivers each intake once, signed, with its event id as Idempotency-Key, and never again', async () => {
    const records = await createAll(store, 3, clock);
    const dispatcher = dispatcherFor(store, receiver, clock);
    const claimed = await store.claimDue(clock.now(), 10);
    // Give the claims back by letting their lease run out: the dispatcher then sees every event.
    clock.advance(PAST_ANY_LEASE_MS);

    expect(await dispatcher.runOnce()).toEqual({ claimed: 3, delivered: 3, retried: 0, dead: 0 });
    expect(receiver.requests.every((r) => r.verified)).toBe(true);
    expect([...receiver.accepted.keys()].sort()).toEqual(claimed.map((c) => c.eventId).sort());
    for (const record of records) {
      const body = [...receiver.accepted.values()].find((b) => b.intake.id === record.id);
      expect(body).toEqual({ event: 'intake.created', intake: record });
      expect((await store.get(record.id))?.intake.status).toBe('delivered');
    }

    clock.advance(PAST_ANY_LEASE_MS);
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });
    expect(receiver.requests).toHaveLength(3);
  });

  it('retries while the receiver is down (connection refused) and delivers once it is up', async () => {
    const port = await freePort();
    const [record] = await createAll(store, 1, clock);
    const dispatcher = dispatcherFor(store, { url: `http://127.0.0.1:${port}/hooks/intake` }, clock);

    expect(await dispatcher.runOnce()).toMatchObject({ retried: 1 });
    const failed = await store.get(record?.id ?? '');
    expect(failed?.delivery).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: 'network error: ECONNREFUSED',
    });

    const upLater = await startReceiver({ port, now: clock.now });
    try {
      expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });
      clock.advance(PAST_ANY_RETRY_MS);
      expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1 });
      expect(upLater.accepted.size).toBe(1);
      expect((await store.get(record?.id ?? ''))?.delivery).toMatchObject({
        state: 'delivered',
        attempts: 2,
      });
    } finally {
      await upLater.close();
    }
  });

  it('gives up on a slow receiver at the timeout and retries with the same key (the receiver dedupes)', async () => {
    const SLOW_MS = TIMEOUT_MS * 3;
    receiver.behaviour = (nth) => (nth === 1 ? { status: 200, delayMs: SLOW_MS } : { status: 200 });
    const [record] = await createAll(store, 1, clock);
    const dispatcher = dispatcherFor(store, receiver, clock);

    expect(await dispatcher.runOnce()).toMatchObject({ retried: 1 });
    expect((await store.get(record?.id ?? ''))?.delivery.lastError).toBe(`timed out after ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));

    clock.advance(PAST_ANY_RETRY_MS);
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1 });
    expect(receiver.requests).toHaveLength(2);
    expect(new Set(receiver.requests.map((r) => r.key)).size).toBe(1);
    expect(receiver.accepted.size).toBe(1);
  });

  it('answers 500 twice then 200: three attempts, exactly one accepted delivery per event, nothing lost', async () => {
    receiver.behaviour = (nth) => ({ status: nth <= 2 ? 500 : 200 });
    const records = await createAll(store, 2, clock);
    const dispatcher = dispatcherFor(store, receiver, clock);

    expect(await dispatcher.runOnce()).toMatchObject({ retried: 2 });
    clock.advance(PAST_ANY_RETRY_MS);
    expect(await dispatcher.runOnce()).toMatchObject({ retried: 2 });
    clock.advance(PAST_ANY_RETRY_MS);
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 2 });

    expect(receiver.requests).toHaveLength(6);
    expect(receiver.accepted.size).toBe(2);
    for (const record of records) {
      expect(keysByIntake(receiver).get(record.id)?.size).toBe(1);
      expect(receiver.requests.filter((r) => r.intakeId === record.id)).toHaveLength(3);
      expect((await store.get(record.id))?.delivery).toMatchObject({
        state: 'delivered',
        attempts: 3,
        lastError: null,
      });
    }
    expect(await store.outboxStats()).toEqual({ pending: 0, delivered: 2, dead: 0 });
  });

  it('dead-letters an event after the maximum attempts', async () => {
    receiver.behaviour = () => ({ status: 503 });
    const [record] = await createAll(store, 1, clock);
    const dispatcher = dispatcherFor(store, receiver, clock);
    for (let attempt = 1; attempt < BACKOFF.maxAttempts; attempt++) {
      expect(await dispatcher.runOnce()).toMatchObject({ retried: 1 });
      clock.advance(PAST_ANY_RETRY_MS);
    }
    expect(await dispatcher.runOnce()).toMatchObject({ dead: 1 });
    const dead = await store.list({ status: 'dead', limit: 10 });
    expect(dead.map((row) => row.intake.id)).toEqual([record?.id]);
    expect(dead[0]?.delivery).toMatchObject({ attempts: BACKOFF.maxAttempts, lastError: 'HTTP 503' });
    clock.advance(PAST_ANY_LEASE_MS);
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });
    expect(receiver.requests).toHaveLength(BACKOFF.maxAttempts);
  });

  it.each([
    ['a redirect (never followed)', 302, 'HTTP 302'],
    ['a refused signature', 401, 'HTTP 401'],
  ])('counts %s as a failure', async (_, status, lastError) => {
    receiver.behaviour = () => ({ status });
    const [record] = await createAll(store, 1, clock);
    expect(await dispatcherFor(store, receiver, clock).runOnce()).toMatchObject({ retried: 1 });
    expect((await store.get(record?.id ?? ''))?.delivery.lastError).toBe(lastError);
  });

  it('is refused by a receiver that checks signatures when the secret is wrong', async () => {
    await createAll(store, 1, clock);
    const dispatcher = dispatcherFor(store, receiver, clock, {
      secret: 'not-the-firms-secret-0123456789abcdef',
    });
    expect(await dispatcher.runOnce()).toMatchObject({ retried: 1 });
    expect(receiver.requests).toEqual([expect.objectContaining({ verified: false, status: 401 })]);
    expect(receiver.accepted.size).toBe(0);
  });

  it('sends nothing for an intake deleted before delivery, and intake.deleted after it', async () => {
    const [early, late] = await createAll(store, 2, clock);
    if (!early || !late) throw new Error('fixtures missing');
    await store.deleteForPerson(early.id, clock.now());
    const dispatcher = dispatcherFor(store, receiver, clock);
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1 });
    expect(receiver.requests.map((r) => r.intakeId)).toEqual([late.id]);

    expect(await store.deleteForPerson(late.id, clock.now())).toMatchObject({ outcome: 'scrubbed' });
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1 });
    const deletion = [...receiver.accepted.values()].find((body) => body.event === 'intake.deleted');
    expect(deletion?.intake).toMatchObject({
      id: late.id,
      status: 'deleted',
      contact: null,
      description: null,
    });
    expect(receiver.requests.every((r) => r.verified)).toBe(true);
  });

  it('runs on an interval once started, and stop() waits for the attempt in flight', async () => {
    const IN_FLIGHT_MS = 150;
    receiver.behaviour = () => ({ status: 200, delayMs: IN_FLIGHT_MS });
    const [record] = await createAll(store, 1, clock);
    const dispatcher = dispatcherFor(store, receiver, clock, { intervalMs: 10, timeoutMs: 2_000 });
    dispatcher.start();
    await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_MS / 3));
    await dispatcher.stop();
    // The attempt had started before stop(); stop resolved only after it was recorded.
    expect((await store.get(record?.id ?? ''))?.intake.status).toBe('delivered');

    await store.create(sampleRecord(clock.now()));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(receiver.requests).toHaveLength(1);
  });
});

function restartAndConcurrency(makeSubject: () => StoreSubject): void {
  let subject: StoreSubject;
  let clock: TestClock;
  let receiver: Receiver;
  beforeEach(async () => {
    subject = makeSubject();
    clock = new TestClock();
    receiver = await startReceiver({ now: clock.now });
  });
  afterEach(async () => {
    await receiver.close();
    await subject.dispose();
  });

  it('delivers, after a restart, intakes stored before a crash', async () => {
    const before = subject.open();
    const records = await createAll(before, 3, clock);
    await before.close();

    const after = subject.open();
    expect(await dispatcherFor(after, receiver, clock).runOnce()).toMatchObject({ delivered: 3 });
    expect(new Set([...receiver.accepted.values()].map((b) => b.intake.id))).toEqual(
      new Set(records.map((r) => r.id)),
    );
  });

  it('delivers, after a restart, an event whose dispatcher died mid-attempt (once its lease ends)', async () => {
    const before = subject.open();
    const [record] = await createAll(before, 1, clock);
    expect(await before.claimDue(clock.now(), 10)).toHaveLength(1);
    await before.close();

    const after = subject.open();
    const dispatcher = dispatcherFor(after, receiver, clock);
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });
    clock.advance(PAST_ANY_LEASE_MS);
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1 });
    expect((await after.get(record?.id ?? ''))?.intake.status).toBe('delivered');
  });

  it('sends a dead delivery again on its own once the receiver answers (a slow probe), and only a probe while it is down', async () => {
    const port = await freePort();
    const store = subject.open();
    const records = await createAll(store, 2, clock);
    const options = { backoff: { ...BACKOFF, maxAttempts: 1 }, intervalMs: 10, probeIntervalMs: 60 };
    const downUrl = { url: `http://127.0.0.1:${port}/hooks/intake` };
    const dispatcher = dispatcherFor(store, downUrl, clock, options);
    expect(await dispatcher.runOnce()).toMatchObject({ dead: 2 });
    expect(await dispatcher.probeDead()).toEqual({ probe: 'down', error: 'network error: ECONNREFUSED' });
    expect(await store.outboxStats()).toEqual({ pending: 0, delivered: 0, dead: 2 });

    const upLater = await startReceiver({ port, now: clock.now });
    try {
      // Nobody presses "redeliver": the running loop's probe finds the receiver back.
      dispatcher.start();
      for (let waited = 0; waited < 10_000 && (await store.outboxStats()).delivered < 2; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await dispatcher.stop();
      for (const record of records) {
        expect((await store.get(record.id))?.delivery.state, record.id).toBe('delivered');
      }
      // Each event accepted once; the probed one came twice with its one key (the receiver's dedupe).
      expect([...upLater.accepted.values()].map((b) => b.intake.id).toSorted()).toEqual(
        records.map((r) => r.id).toSorted(),
      );
      expect(upLater.requests).toHaveLength(3);
      expect(await dispatcher.probeDead()).toEqual({ probe: 'none' });
      expect(upLater.requests).toHaveLength(3);
    } finally {
      await upLater.close();
      await store.close();
    }
  });

  it('never double-sends with two dispatchers running at once', async () => {
    const COUNT = 40;
    receiver.behaviour = () => ({ status: 200, delayMs: 5 });
    const first = subject.open();
    await createAll(first, COUNT, clock);
    const second = subject.open();
    const dispatchers = [first, second].map((store) =>
      dispatcherFor(store, receiver, clock, { batchSize: 4, timeoutMs: 5_000 }),
    );
    // Each dispatcher loops on its own, so one claims while the other's attempts are in flight.
    const MAX_RUNS = 1_000;
    const drain = async (dispatcher: OutboxDispatcher) => {
      for (let run = 0; run < MAX_RUNS && (await first.outboxStats()).pending > 0; run++) {
        const { claimed } = await dispatcher.runOnce();
        if (claimed === 0) await new Promise((resolve) => setTimeout(resolve, 2));
      }
    };
    await Promise.all(dispatchers.map(drain));
    expect(await first.outboxStats()).toEqual({ pending: 0, delivered: COUNT, dead: 0 });
    expect(receiver.requests).toHaveLength(COUNT);
    expect(new Set(receiver.requests.map((r) => r.key)).size).toBe(COUNT);
  });
}

describe('OutboxDispatcher restart and concurrency over SQLite', () => {
  restartAndConcurrency(sqliteSubject);
});

describe.skipIf(!(await hasService('postgres')))(
  'OutboxDispatcher restart and concurrency over PostgreSQL',
  () => {
    restartAndConcurrency(postgresSubject);
  },
);
