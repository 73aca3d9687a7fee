import { setTimeout as sleep } from 'node:timers/promises';
import { Keyv } from 'keyv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ETagConflictError, KeyvStorage } from '../../src/storage/keyv-storage.ts';
import { hasService } from '../support/services.ts';
import { describeStorageConformance, readItem } from './storage-conformance.ts';
import {
  openKeyvSubject,
  openMemoryStorageSubject,
  type KeyvBackendName,
  type KeyvSubject,
} from './storage-subjects.ts';

const redisAvailable = await hasService('redis');

describeStorageConformance('botbuilder MemoryStorage (control)', openMemoryStorageSubject);
describeStorageConformance('KeyvStorage on keyv memory', () => openKeyvSubject('memory'));
describeStorageConformance('KeyvStorage on node:sqlite', () => openKeyvSubject('sqlite'));
describe.skipIf(!redisAvailable)('on Redis', () => {
  describeStorageConformance('KeyvStorage on Redis', () => openKeyvSubject('redis'));
});

const SHORT_TTL_MS = 150;
const PAST_SHORT_TTL_MS = 450;

/** Text a store might hold that is not an item we wrote; each must read as absent. */
const GARBAGE: ReadonlyArray<readonly [string, string]> = [
  ['text that is not JSON', '{not json'],
  ['JSON null', 'null'],
  ['a bare JSON string', '"hello"'],
  ['an envelope around a string', JSON.stringify({ value: 'just text', expires: null })],
  ['an envelope around an array', JSON.stringify({ value: [1, 2], expires: null })],
  ['an object without an eTag', JSON.stringify({ value: { count: 1 }, expires: null })],
  ['an eTag that is not a string', JSON.stringify({ value: { count: 1, eTag: 7 }, expires: null })],
];

function describeKeyvStorageBehaviour(backend: KeyvBackendName): void {
  describe(`KeyvStorage on ${backend}`, () => {
    let subject: KeyvSubject;
    beforeEach(async () => {
      subject = await openKeyvSubject(backend);
    });
    afterEach(async () => {
      await subject.dispose();
    });

    it('rejects a stale write with an ETagConflictError naming the key', async () => {
      await subject.storage.write({ item: { count: 1 } });
      const loaded = await readItem(subject.storage, 'item');
      await subject.storage.write({ item: { ...loaded, count: 2 } });
      const stale = subject.storage.write({ item: { ...loaded, count: 3 } });
      await expect(stale).rejects.toBeInstanceOf(ETagConflictError);
      await expect(stale).rejects.toMatchObject({ key: 'item' });
    });

    it('serialises writes to one key: many rounds of read-modify-write lose no update', async () => {
      const WORKERS = 5;
      const ROUNDS = 4;
      await subject.storage.write({ counter: { count: 0 } });
      const increment = async (): Promise<void> => {
        for (;;) {
          const current = await readItem(subject.storage, 'counter');
          try {
            await subject.storage.write({ counter: { ...current, count: Number(current?.count) + 1 } });
            return;
          } catch (error) {
            if (!(error instanceof ETagConflictError)) throw error;
          }
        }
      };
      await Promise.all(
        Array.from({ length: WORKERS }, async () => {
          for (let round = 0; round < ROUNDS; round += 1) await increment();
        }),
      );
      expect(await readItem(subject.storage, 'counter')).toMatchObject({ count: WORKERS * ROUNDS });
    });

    it('forgets an item once its TTL has passed', async () => {
      const storage = new KeyvStorage({ keyv: subject.keyv, ttlMs: SHORT_TTL_MS });
      await storage.write({ shortLived: { count: 1 } });
      expect(await readItem(storage, 'shortLived')).toMatchObject({ count: 1 });
      await sleep(PAST_SHORT_TTL_MS);
      expect(await storage.read(['shortLived'])).toEqual({});
    });

    it.each(GARBAGE)('reads %s as absent, and lets a write replace it', async (_, text) => {
      await subject.putRaw('garbage', text);
      await subject.putRaw('garbage-too', text);
      expect(await subject.storage.read(['garbage', 'garbage-too'])).toEqual({});
      await subject.storage.write({ garbage: { count: 1, eTag: 'whatever-was-read' } });
      expect(await readItem(subject.storage, 'garbage')).toMatchObject({ count: 1 });
    });

    it('treats Object.prototype names as ordinary keys', async () => {
      expect(await subject.storage.read(['constructor', 'toString', '__proto__'])).toEqual({});
      await subject.storage.write({ ['__proto__']: { count: 1 }, constructor: { count: 2 } });
      const read = await subject.storage.read(['__proto__', 'constructor']);
      expect(Object.keys(read).sort()).toEqual(['__proto__', 'constructor']);
      expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
      expect(read.constructor).toMatchObject({ count: 2 });
    });
  });
}

describeKeyvStorageBehaviour('memory');
describeKeyvStorageBehaviour('sqlite');
describe.skipIf(!redisAvailable)('on Redis', () => {
  describeKeyvStorageBehaviour('redis');
});

describe('KeyvStorage input checks', () => {
  const storage = new KeyvStorage({ keyv: new Keyv() });

  it('refuses a non-object item as a caller bug', async () => {
    await expect(storage.write({ item: 'just text' })).rejects.toThrow(TypeError);
    await expect(storage.write({ item: [1, 2] })).rejects.toThrow(TypeError);
  });

  it.each([0, -1, 1.5])('refuses a TTL of %s ms', (ttlMs) => {
    expect(() => new KeyvStorage({ keyv: new Keyv(), ttlMs })).toThrow();
  });

  it('refuses a keyv that keeps objects as they are, whose reads would share them', () => {
    const raw = new Keyv();
    raw.serialize = undefined;
    expect(() => new KeyvStorage({ keyv: raw })).toThrow(/serializes/);
  });

  it('rejects a missing key list when deleting', async () => {
    await expect(storage.delete(null as unknown as string[])).rejects.toThrow(ReferenceError);
  });
});
