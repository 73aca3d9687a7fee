import { ActivityTypes } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/catalog/catalog.ts';

import { TestConversation, type Reply } from '../support/conversation.ts';

const { piiNote } = messages('en');

const TODAY = '2026-10-20';
const ASK_CODE = /notice code/i;
const ASK_DATE = /What date is printed on the notice/;

/** What the bot keeps for this conversation, as stored: the state its ConversationState writes. */
async function storedState(conversation: TestConversation): Promise<string> {
  const ref = conversation.adapter.conversation;
  // ConversationState's key: channel, conversation id and its (empty) namespace.
  const key = `${ref.channelId}/conversations/${ref.conversation.id}/`;
  return JSON.stringify((await conversation.storage.read([key]))[key] ?? null);
}

const texts = (replies: readonly Reply[]) => replies.map((reply) => reply.text);

describe('NoticeBot', () => {
  it('greets a person who joins with the full disclaimer and the first question', async () => {
    const conversation = new TestConversation({ today: TODAY });
    const replies = await conversation.join();
    expect(replies[0]?.guidance).toMatchObject({ route: 'prompt', disclaimer: true });
    expect(replies[0]?.text).toMatch(/not legal or tax advice/i);
    expect(replies.at(-1)?.text).toMatch(ASK_CODE);
  });

  it('says nothing when only the bot itself is added to the conversation', async () => {
    const conversation = new TestConversation({ today: TODAY });
    const ref = conversation.adapter.conversation;
    await conversation.adapter.processActivity({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [ref.bot],
      recipient: ref.bot,
      from: ref.user,
    });
    expect(conversation.adapter.activeQueue).toEqual([]);
  });

  it('puts the reply trace on every message it sends', async () => {
    const conversation = new TestConversation({ today: TODAY });
    const replies = [
      ...(await conversation.join()),
      ...(await conversation.say('CP2000')),
      ...(await conversation.say('10/8/2026')),
      ...(await conversation.say('no, that income is not mine')),
    ];
    expect(replies.length).toBeGreaterThan(4);
    for (const reply of replies) {
      expect(reply.guidance).toEqual({
        route: expect.any(String),
        passageIds: expect.any(Array),
        disclaimer: expect.any(Boolean),
        paraphrased: expect.any(Boolean),
      });
    }
    // Guidance (the result) carries the disclaimer.
    expect(replies.some((reply) => reply.guidance.route === 'triage' && reply.guidance.disclaimer)).toBe(
      true,
    );
  });

  it('keeps a number the PII rail removed out of the conversation: only the rest of the message is read', async () => {
    const conversation = new TestConversation({ today: TODAY });
    const replies = await conversation.say('CP2000, my SSN is 123-45-6789');
    expect(texts(replies)).toEqual([piiNote, expect.stringMatching(ASK_DATE)]);
    const stored = await storedState(conversation);
    expect(stored).toContain('CP2000');
    expect(stored).not.toContain('6789');
  });

  it('answers a message an input rail stopped and asks the pending question again, keeping nothing of it', async () => {
    const conversation = new TestConversation({ today: TODAY });
    await conversation.say('CP2000');
    const replies = await conversation.say(`10/8/2026 ${'x'.repeat(2100)}`);
    expect(replies.length).toBe(2);
    expect(replies[1]?.text).toMatch(ASK_DATE);
    expect(await storedState(conversation)).not.toContain('2026-10-08');
    // The same date in a message the rails let through is kept.
    await conversation.say('10/8/2026');
    expect(await storedState(conversation)).toContain('2026-10-08');
  });

  it('deletes the conversation on request, and the next message starts afresh', async () => {
    const conversation = new TestConversation({ today: TODAY });
    await conversation.say('CP2000');
    expect(await storedState(conversation)).toContain('CP2000');
    const replies = await conversation.say('delete my data');
    expect(replies).toHaveLength(1);
    expect(await storedState(conversation)).not.toContain('CP2000');
    expect(texts(await conversation.say('hello'))).toEqual(
      expect.arrayContaining([expect.stringMatching(ASK_CODE)]),
    );
  });
});
