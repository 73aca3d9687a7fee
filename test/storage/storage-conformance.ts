import {
  AutoSaveStateMiddleware,
  ConversationState,
  TestAdapter,
  type Storage,
  type TestFlow,
} from 'botbuilder';
import {
  DialogSet,
  DialogTurnStatus,
  TextPrompt,
  WaterfallDialog,
  type DialogState,
} from 'botbuilder-dialogs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CREATE_ONLY_ETAG } from '../../src/storage/saved-turn.ts';

/**
 * What botbuilder's own storage tests ask of every `Storage`, written once and run against
 * botbuilder's MemoryStorage (the control) and each KeyvStorage backend.
 */

export type StorageSubject = {
  /** The storage under test; replaced by `reopen()`. */
  storage: Storage;
  /** Closes the current storage and opens a new one over the same data, as a restart would. */
  reopen(): Promise<void>;
  dispose(): Promise<void>;
};

type Item = { eTag?: string; [field: string]: unknown };

export async function readItem(storage: Storage, key: string): Promise<Item | undefined> {
  const items = await storage.read([key]);
  return items[key] as Item | undefined;
}

export const CRAZY_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['punctuation from botbuilder tests', `!@#$%^&*()~/\\><,.?';"\`~`],
  ['unicode and emoji', 'Ünïcødé-キー-🧾-ملاحظة'],
  ['slashes and colons like a channel key', 'msteams/conversations/a:b;c=d/users/29:1xyz/'],
  ['SQL LIKE and glob wildcards', '%_*?[abc]\\%'],
  ['very long', `long-${'k'.repeat(10_000)}`],
  ['whitespace and control characters', ' \t\n\r\u0000 key '],
  ['empty', ''],
];

const DIALOG_ID = 'intake';
const NAME_PROMPT = 'name-prompt';
const CODE_PROMPT = 'code-prompt';
const MIN_NAME_LENGTH = 2;

/** A small waterfall with a validating TextPrompt, saving conversation state to `storage` after each turn. */
function buildBot(storage: Storage): TestAdapter {
  const conversationState = new ConversationState(storage);
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  dialogs.add(
    new TextPrompt(NAME_PROMPT, async (prompt) => {
      if ((prompt.recognized.value ?? '').trim().length >= MIN_NAME_LENGTH) return true;
      await prompt.context.sendActivity(`Try ${prompt.attemptCount}: at least two letters, please.`);
      return false;
    }),
  );
  dialogs.add(new TextPrompt(CODE_PROMPT));
  dialogs.add(
    new WaterfallDialog<{ name?: string }>(DIALOG_ID, [
      async (step) => step.prompt(NAME_PROMPT, 'What name should I use?'),
      async (step) => {
        const name = String(step.result);
        (step.values as { name?: string }).name = name;
        return step.prompt(CODE_PROMPT, `Thanks, ${name}. Which notice code do you have?`);
      },
      async (step) => {
        const { name } = step.values as { name?: string };
        await step.context.sendActivity(`${name} has notice ${String(step.result)}.`);
        return step.endDialog();
      },
    ]),
  );
  return new TestAdapter(async (context) => {
    const dialogContext = await dialogs.createContext(context);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(DIALOG_ID);
  }).use(new AutoSaveStateMiddleware(conversationState));
}

type Turn = readonly [userSays: string, ...botReplies: string[]];

const TRANSCRIPT_BEFORE_RESTART: readonly Turn[] = [
  ['hello', 'What name should I use?'],
  ['J', 'Try 1: at least two letters, please.'],
];
const TRANSCRIPT_AFTER_RESTART: readonly Turn[] = [
  ['K', 'Try 2: at least two letters, please.'],
  ['Jane', 'Thanks, Jane. Which notice code do you have?'],
  ['CP14', 'Jane has notice CP14.'],
  ['hello again', 'What name should I use?'],
];

async function talk(adapter: TestAdapter, turns: readonly Turn[]): Promise<void> {
  let flow: TestFlow | undefined;
  for (const [userSays, ...botReplies] of turns) {
    flow = (flow ?? adapter).send(userSays);
    for (const reply of botReplies) flow = flow.assertReply(reply);
  }
  await flow?.startTest();
}

export function describeStorageConformance(name: string, open: () => Promise<StorageSubject>): void {
  describe(`${name}: botbuilder Storage conformance`, () => {
    let subject: StorageSubject;
    beforeEach(async () => {
      subject = await open();
    });
    afterEach(async () => {
      await subject.dispose();
    });

    it('reads unknown keys as absent and an empty key list as {}', async () => {
      expect(await subject.storage.read(['unknown', 'also-unknown'])).toEqual({});
      expect(await subject.storage.read([])).toEqual({});
    });

    it('rejects missing key lists and change sets with a ReferenceError', async () => {
      await expect(subject.storage.read(null as unknown as string[])).rejects.toThrow(ReferenceError);
      await expect(subject.storage.write(null as unknown as object)).rejects.toThrow(ReferenceError);
    });

    it('accepts writing no items', async () => {
      await expect(subject.storage.write({})).resolves.toBeUndefined();
      await expect(subject.storage.write([])).resolves.toBeUndefined();
    });

    it('creates objects, gives each an eTag and leaves the written objects untouched', async () => {
      const changes = { createPoco: { id: 1 }, createStoreItem: { id: 2, nested: { list: [1, 2] } } };
      await subject.storage.write(changes);
      const read = await subject.storage.read(Object.keys(changes));
      expect(read).toMatchObject(changes);
      expect(read.createPoco).toHaveProperty('eTag', expect.stringMatching(/.+/));
      expect(read.createStoreItem).toHaveProperty('eTag', expect.stringMatching(/.+/));
      expect(changes.createPoco).not.toHaveProperty('eTag');
    });

    it.each(CRAZY_KEYS)('round-trips a %s key', async (_, key) => {
      await subject.storage.write({ [key]: { id: 1 } });
      const read = await subject.storage.read([key]);
      expect(Object.keys(read)).toEqual([key]);
      expect(read[key]).toMatchObject({ id: 1 });
    });

    it('keeps all the crazy keys apart in one batch', async () => {
      const changes = Object.fromEntries(CRAZY_KEYS.map(([, key], index) => [key, { index }]));
      await subject.storage.write(changes);
      const read = await subject.storage.read(Object.keys(changes));
      expect(read).toMatchObject(changes);
    });

    it('updates with the current eTag, rejects a stale one, and lets "*" and eTag-less writes through', async () => {
      await subject.storage.write({ pocoItem: { count: 1 }, pocoStoreItem: { count: 1 } });
      const loaded = await subject.storage.read(['pocoItem', 'pocoStoreItem']);
      const staleETag = (loaded.pocoStoreItem as Item).eTag;
      expect(staleETag).toEqual(expect.stringMatching(/.+/));

      await subject.storage.write({
        pocoItem: { count: 2 },
        pocoStoreItem: { ...(loaded.pocoStoreItem as Item), count: 2 },
      });
      const updated = await readItem(subject.storage, 'pocoStoreItem');
      expect(updated).toMatchObject({ count: 2 });
      expect(updated?.eTag).not.toBe(staleETag);

      // No eTag: last writer wins.
      await expect(subject.storage.write({ pocoItem: { count: 123 } })).resolves.toBeUndefined();
      // The eTag read before the update is stale now.
      const staleWrite = subject.storage.write({ pocoStoreItem: { count: 123, eTag: staleETag } });
      await expect(staleWrite).rejects.toThrow(/eTag conflict/);
      await expect(staleWrite).rejects.toThrow('pocoStoreItem');
      expect(await readItem(subject.storage, 'pocoItem')).toMatchObject({ count: 123 });
      expect(await readItem(subject.storage, 'pocoStoreItem')).toMatchObject({ count: 2 });

      await subject.storage.write({ pocoStoreItem: { count: 100, eTag: '*' } });
      expect(await readItem(subject.storage, 'pocoStoreItem')).toMatchObject({ count: 100 });
    });

    it('treats an empty eTag like none, as MemoryStorage does', async () => {
      await subject.storage.write({ item: { count: 1 } });
      await subject.storage.write({ item: { count: 2, eTag: '' } });
      expect(await readItem(subject.storage, 'item')).toMatchObject({ count: 2 });
    });

    it('writes an item carrying an eTag when nothing is stored under its key', async () => {
      await subject.storage.write({ fresh: { count: 1, eTag: 'from-elsewhere' } });
      expect(await readItem(subject.storage, 'fresh')).toMatchObject({ count: 1 });
    });

    it('lets exactly one of several concurrent create-only writes win where nothing was stored', async () => {
      // saved-turn's first save of a conversation: its eTag matches no stored item.
      const WRITERS = 8;
      const outcomes = await Promise.allSettled(
        Array.from({ length: WRITERS }, (_, writer) =>
          subject.storage.write({ created: { writer, eTag: CREATE_ONLY_ETAG } }),
        ),
      );
      const winners = outcomes.flatMap((outcome, writer) => (outcome.status === 'fulfilled' ? [writer] : []));
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(String(outcome.reason)).toMatch(/eTag conflict/);
      }
      const stored = await readItem(subject.storage, 'created');
      expect(stored).toMatchObject({ writer: winners[0] });
      expect(stored?.eTag).not.toBe(CREATE_ONLY_ETAG);
      await expect(
        subject.storage.write({ created: { writer: -1, eTag: CREATE_ONLY_ETAG } }),
      ).rejects.toThrow(/eTag conflict/);
    });

    it('stores a new, unique eTag on every write', async () => {
      const eTags: string[] = [];
      for (let count = 0; count < 5; count += 1) {
        await subject.storage.write({ counter: { count, eTag: '*' } });
        eTags.push((await readItem(subject.storage, 'counter'))?.eTag ?? '');
      }
      expect(new Set(eTags).size).toBe(eTags.length);
      expect(eTags).not.toContain('');
    });

    it('returns deep copies that do not share state with the store or each other', async () => {
      await subject.storage.write({ deep: { nested: { list: [1, 2, 3] } } });
      const first = await readItem(subject.storage, 'deep');
      (first?.nested as { list: number[] }).list.push(4);
      const second = await readItem(subject.storage, 'deep');
      expect(second).toMatchObject({ nested: { list: [1, 2, 3] } });
      expect(second).not.toBe(first);
    });

    it('lets exactly one of several concurrent writes with the same eTag win', async () => {
      const WRITERS = 8;
      await subject.storage.write({ race: { winner: -1 } });
      const loaded = await readItem(subject.storage, 'race');
      const outcomes = await Promise.allSettled(
        Array.from({ length: WRITERS }, (_, writer) =>
          subject.storage.write({ race: { ...loaded, winner: writer } }),
        ),
      );
      const winners = outcomes.flatMap((outcome, writer) => (outcome.status === 'fulfilled' ? [writer] : []));
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(String(outcome.reason)).toMatch(/eTag conflict/);
      }
      expect(await readItem(subject.storage, 'race')).toMatchObject({ winner: winners[0] });
    });

    it('deletes an object, and a later write with its old eTag starts afresh', async () => {
      await subject.storage.write({ delete1: { count: 1 } });
      const before = await readItem(subject.storage, 'delete1');
      expect(before).toMatchObject({ count: 1 });
      await subject.storage.delete(['delete1']);
      expect(await subject.storage.read(['delete1'])).toEqual({});
      await subject.storage.write({ delete1: { count: 2, eTag: before?.eTag } });
      expect(await readItem(subject.storage, 'delete1')).toMatchObject({ count: 2 });
    });

    it('deletes unknown keys without complaint', async () => {
      await expect(subject.storage.delete(['unknown_key'])).resolves.toBeUndefined();
      await expect(subject.storage.delete([])).resolves.toBeUndefined();
    });

    it('creates, reads and deletes in batches', async () => {
      await subject.storage.write({ batch1: { count: 10 }, batch2: { count: 20 }, batch3: { count: 30 } });
      const read = await subject.storage.read(['batch1', 'batch2', 'batch3', 'batch4']);
      expect(Object.keys(read).sort()).toEqual(['batch1', 'batch2', 'batch3']);
      expect(read).toMatchObject({ batch1: { count: 10 }, batch2: { count: 20 }, batch3: { count: 30 } });
      await subject.storage.delete(['batch1', 'batch2', 'batch3']);
      expect(await subject.storage.read(['batch1', 'batch2', 'batch3'])).toEqual({});
    });

    it('rejects a batch naming the stale key, and still writes the others', async () => {
      await subject.storage.write({ fine: { count: 1 }, stale: { count: 1 } });
      const { eTag: staleETag } = (await readItem(subject.storage, 'stale')) ?? {};
      await subject.storage.write({ stale: { count: 2 } });
      await expect(
        subject.storage.write({ fine: { count: 5 }, stale: { count: 5, eTag: staleETag } }),
      ).rejects.toThrow(/"stale".*eTag conflict|eTag conflict.*"stale"/);
      expect(await subject.storage.read(['fine', 'stale'])).toMatchObject({
        fine: { count: 5 },
        stale: { count: 2 },
      });
    });

    it('keeps items, eTags and conflicts across a reopen', async () => {
      await subject.storage.write({ kept: { count: 1 } });
      const before = await readItem(subject.storage, 'kept');
      await subject.storage.write({ kept: { ...before, count: 2 } });
      const current = await readItem(subject.storage, 'kept');
      await subject.reopen();
      expect(await readItem(subject.storage, 'kept')).toEqual(current);
      await expect(subject.storage.write({ kept: { ...before, count: 3 } })).rejects.toThrow(/eTag conflict/);
    });

    it('carries a waterfall dialog with a prompt through several turns', async () => {
      await talk(buildBot(subject.storage), [...TRANSCRIPT_BEFORE_RESTART, ...TRANSCRIPT_AFTER_RESTART]);
    });

    it('resumes the waterfall dialog mid-prompt after a reopen', async () => {
      await talk(buildBot(subject.storage), TRANSCRIPT_BEFORE_RESTART);
      await subject.reopen();
      await talk(buildBot(subject.storage), TRANSCRIPT_AFTER_RESTART);
    });
  });
}
