import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Keyv } from 'keyv';
import { z } from 'zod';
import { KeyedQueue } from './keyed-queue.ts';

/** An item written with this eTag (or none) overwrites whatever is stored. */
const ANY_ETAG = '*';

/** What we believe when reading back: an object carrying the eTag we gave it. Anything else is treated as absent. */
const StoredItemSchema = z.looseObject({ eTag: z.string().min(1) });
type StoredItem = z.infer<typeof StoredItemSchema>;

/** What a caller may write: an object, optionally with the eTag it read. */
const WritableItemSchema = z.looseObject({ eTag: z.string().optional() });
type WritableItem = z.infer<typeof WritableItemSchema>;

const TtlSchema = z.number().int().positive().optional();

export type KeyvStorageOptions = {
  keyv: Keyv;
  /** Time to live of every written item; omitted, the keyv instance's own default applies. */
  ttlMs?: number;
  /** A store-side compare-and-set (Redis); without it the compare runs here, under a per-process lock. */
  atomicWrite?: AtomicWrite | undefined;
  /**
   * Longest one store call may take before it fails with a StoreTimeoutError. A networked store's own
   * timeouts may not cover a server that accepts a command and never answers (a frozen Redis).
   */
  timeoutMs?: number | undefined;
};

/** Writes `item` only if the stored item's eTag is `expectedETag` (or nothing is stored); undefined overwrites. */
export type AtomicWrite = (write: {
  key: string;
  expectedETag: string | undefined;
  item: Record<string, unknown>;
  ttlMs: number | undefined;
}) => Promise<'written' | 'conflict'>;

/** A store call that did not answer in time; what it asked may still happen later. */
class StoreTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`Storage: the store did not answer within ${timeoutMs} ms.`);
    this.name = 'StoreTimeoutError';
  }
}

/** Rejected write: the item changed since it was read. botbuilder treats this message as an eTag conflict. */
export class ETagConflictError extends Error {
  readonly key: string;

  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
    this.key = key;
  }
}

/**
 * botbuilder `Storage` over any keyv store, with MemoryStorage's eTag rules: no eTag, `''` or `'*'`
 * overwrites; an eTag that differs from the stored one is rejected; every write stores a new eTag.
 */
export class KeyvStorage implements Storage {
  readonly #keyv: Keyv;
  readonly #ttlMs: number | undefined;
  readonly #locks = new KeyedQueue();
  readonly #atomicWrite: AtomicWrite | undefined;
  readonly #timeoutMs: number | undefined;

  constructor(options: KeyvStorageOptions) {
    // Reads hand out what the store's text deserializes to, a fresh copy each time, so it must be text.
    if (!options.keyv.serialize) throw new TypeError('KeyvStorage needs a keyv instance that serializes.');
    this.#keyv = options.keyv;
    this.#atomicWrite = options.atomicWrite;
    this.#ttlMs = TtlSchema.parse(options.ttlMs);
    this.#timeoutMs = TtlSchema.parse(options.timeoutMs);
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const unique = [...new Set(keys)];
    const found = await Promise.all(unique.map(async (key) => [key, await this.#readOne(key)] as const));
    // fromEntries defines own properties, so keys such as `__proto__` come back as data.
    return Object.fromEntries(found.filter(([, item]) => item !== undefined));
  }

  async write(changes: StoreItems): Promise<void> {
    if (changes === null || typeof changes !== 'object') {
      throw new ReferenceError('Changes are required when writing.');
    }
    const outcomes = await Promise.allSettled(
      Object.entries(changes).map(([key, item]) =>
        this.#locks.run(key, () => this.#writeOne(key, toWritableItem(key, item))),
      ),
    );
    // Like MemoryStorage, the other items of a batch are still written when one conflicts.
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    await Promise.all(
      [...new Set(keys)].map((key) => this.#locks.run(key, () => this.#bounded(this.#keyv.delete(key)))),
    );
  }

  async #readOne(key: string): Promise<StoredItem | undefined> {
    let raw: unknown;
    try {
      raw = await this.#bounded(this.#keyv.get(key));
    } catch (error) {
      // Text that is not JSON at all; any other failure (e.g. Redis unreachable) must surface.
      if (error instanceof SyntaxError) return undefined;
      throw error;
    }
    const parsed = StoredItemSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  }

  /** Runs under this key's lock, so compare and write cannot interleave with another turn of this process. */
  async #writeOne(key: string, item: WritableItem): Promise<void> {
    const expected = item.eTag === '' || item.eTag === ANY_ETAG ? undefined : item.eTag;
    const stored = toStoredItem(item, randomUUID());
    if (this.#atomicWrite) {
      // Several instances share this store: only the store itself can compare and write as one step.
      const outcome = await this.#bounded(
        this.#atomicWrite({ key, expectedETag: expected, item: stored, ttlMs: this.#ttlMs }),
      );
      if (outcome === 'conflict') throw new ETagConflictError(key);
      return;
    }
    if (expected !== undefined) {
      const current = await this.#readOne(key);
      if (current !== undefined && current.eTag !== expected) throw new ETagConflictError(key);
    }
    const accepted = await this.#bounded(this.#keyv.set(key, stored, this.#ttlMs));
    if (!accepted) throw new Error(`Storage: the store did not accept the write of "${key}".`);
  }

  /** The store's answer, or a StoreTimeoutError once `timeoutMs` has passed without one. */
  async #bounded<T>(call: Promise<T>): Promise<T> {
    const timeoutMs = this.#timeoutMs;
    if (timeoutMs === undefined) return call;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new StoreTimeoutError(timeoutMs));
      }, timeoutMs);
    });
    try {
      return await Promise.race([call, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function toWritableItem(key: string, item: unknown): WritableItem {
  const parsed = WritableItemSchema.safeParse(item);
  if (!parsed.success) throw new TypeError(`Storage: the item for "${key}" must be an object.`);
  return parsed.data;
}

/** A JSON round trip, as MemoryStorage does: stores exactly what a remote store would, and never the caller's object. */
function toStoredItem(item: WritableItem, eTag: string): StoredItem {
  return StoredItemSchema.parse(JSON.parse(JSON.stringify({ ...item, eTag })));
}
