import { ConversationState, MessageFactory, TestAdapter, type TurnContext } from 'botbuilder';
import { Keyv } from 'keyv';
import { describe, expect, it } from 'vitest';
import { KeyvStorage } from '../../src/storage/keyv-storage.ts';
import { runSavedTurn, type SavedTurnOutcome } from '../../src/storage/saved-turn.ts';

type Counter = { count?: number; by?: string[] };

/**
 * One turn that increments a counter in conversation state. `interfereOnAttempts` names the attempts
 * during which "another instance" saves a turn of the same conversation, between this turn's read and write.
 */
async function runCounterTurn(interfereOnAttempts: readonly number[], brandNew = false) {
  const storage = new KeyvStorage({ keyv: new Keyv() });
  const state = new ConversationState(storage);
  const counter = state.createProperty<Counter>('counter');
  const adapter = new TestAdapter();
  let outcome: SavedTurnOutcome | undefined;
  let attempt = 0;
  const otherInstanceSaves = async (context: TurnContext) => {
    const key = state.getStorageKey(context) ?? '';
    const stored = (await storage.read([key]))[key] as { counter?: Counter; eTag?: string } | undefined;
    const by = [...(stored?.counter?.by ?? []), 'other'];
    await storage.write({ [key]: { ...stored, counter: { count: (stored?.counter?.count ?? 0) + 1, by } } });
  };
  // A conversation's first turn saves with the create-only eTag; the turn under test is then its second.
  if (!brandNew)
    await adapter.processActivity('first', async (context) => {
      await runSavedTurn(context, {
        state,
        storage,
        attempt: async () => {
          await state.load(context);
          const value = await counter.get(context, {});
          await counter.set(context, { count: (value.count ?? 0) + 1, by: [...(value.by ?? []), 'this'] });
        },
        conflictReply: () => MessageFactory.text('conflict'),
      });
    });
  // The turn under test, run on the state the first turn saved (or on none).
  await adapter.processActivity('second', async (context) => {
    outcome = await runSavedTurn(context, {
      state,
      storage,
      attempt: async () => {
        attempt += 1;
        const value = await counter.get(context, {});
        if (interfereOnAttempts.includes(attempt)) await otherInstanceSaves(context);
        await context.sendActivity(`attempt ${attempt} saw ${value.count ?? 0}`);
        await counter.set(context, { count: (value.count ?? 0) + 1, by: [...(value.by ?? []), 'this'] });
      },
      conflictReply: () => MessageFactory.text('please send that again'),
    });
  });
  const replies = adapter.activeQueue.map((activity) => activity.text);
  const key = 'test/conversations/Convo1/';
  const stored = (await storage.read([key]))[key] as { counter?: Counter } | undefined;
  return { outcome, replies, stored: stored?.counter };
}

describe('runSavedTurn', () => {
  it.each([
    {
      name: 'saves and sends the replies when nobody else wrote',
      interfere: [],
      outcome: 'saved',
      replies: ['attempt 1 saw 1'],
      stored: { count: 2, by: ['this', 'this'] },
    },
    {
      name: 'drops the first replies and runs again on fresh state after one conflict',
      interfere: [1],
      outcome: 'retried',
      replies: ['attempt 2 saw 2'],
      stored: { count: 3, by: ['this', 'other', 'this'] },
    },
    {
      name: 'asks for the message again, keeping the other write, after a second conflict',
      interfere: [1, 2],
      outcome: 'conflict',
      replies: ['please send that again'],
      stored: { count: 3, by: ['this', 'other', 'other'] },
    },
    {
      name: 'saves the first turn of a new conversation when nobody else wrote',
      brandNew: true,
      interfere: [],
      outcome: 'saved',
      replies: ['attempt 1 saw 0'],
      stored: { count: 1, by: ['this'] },
    },
    {
      name: 'runs a first turn again when another instance created the conversation meanwhile',
      brandNew: true,
      interfere: [1],
      outcome: 'retried',
      replies: ['attempt 2 saw 1'],
      stored: { count: 2, by: ['other', 'this'] },
    },
  ])('$name', async ({ interfere, outcome, replies, stored, brandNew }) => {
    const result = await runCounterTurn(interfere, brandNew);
    expect(result.outcome).toBe(outcome);
    expect(result.replies).toEqual(replies);
    expect(result.stored).toEqual(stored);
  });
});
