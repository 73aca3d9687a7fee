import { describe, expect, it } from 'vitest';
import { TestConversation, type Reply } from '../support/conversation.ts';

const TODAY = '2026-03-10';
const LOST_TRACK = /I lost track of where we were/;
const ASK_CODE = /What is the notice code\?/;
const ASK_DATE = /What date is printed on the notice/;

/**
 * Changes the conversation's saved state as another release (or a hand in the database) might have left
 * it, through the bot's own storage: `edit` works on the saved JSON and must change it.
 */
async function alterSavedState(
  conversation: TestConversation,
  edit: (json: string) => string,
): Promise<void> {
  const { channelId, conversation: account } = conversation.adapter.conversation;
  const key = `${channelId}/conversations/${account.id}/`;
  const saved: unknown = (await conversation.storage.read([key]))[key];
  const before = JSON.stringify(saved);
  const after = edit(before);
  expect(after).not.toBe(before);
  await conversation.storage.write({ [key]: { ...JSON.parse(after), eTag: '*' } });
}

const texts = (replies: Reply[]) => replies.map((r) => r.text);

describe('saved dialog state that does not fit its schema', () => {
  it.each([
    ['a notice date kept in another shape', (json: string) => json.replaceAll('"2026-03-02"', '"March 2"')],
    ['a notice code the catalog no longer has', (json: string) => json.replaceAll('"CP14"', '"CP9999"')],
    [
      'a waiting question this release does not ask',
      (json: string) => json.replace('"asked":"agrees"', '"asked":"mood"'),
    ],
  ])('%s: says so and starts again from the first question', async (_name, edit) => {
    const conversation = new TestConversation({ today: TODAY });
    await conversation.say('CP14');
    expect(texts(await conversation.say('3/2/2026'))).toEqual([expect.stringMatching(/Do you agree/)]);
    await alterSavedState(conversation, edit);

    const replies = await conversation.say('yes');
    expect(texts(replies)).toEqual([expect.stringMatching(LOST_TRACK), expect.stringMatching(ASK_CODE)]);
    expect(replies.map((r) => r.guidance.route)).toEqual(['prompt', 'prompt']);
    // A fresh start: nothing of the old answers is kept, and the conversation goes on from there.
    expect(texts(await conversation.say('CP14'))).toEqual([expect.stringMatching(ASK_DATE)]);
  });

  it("a prompt's saved validations that do not fit: the checklist question of the intake", async () => {
    const conversation = new TestConversation({ today: TODAY });
    for (const text of ['CP14', '3/2/2026', 'yes', '$1,200', 'no', 'Book a consultation', 'Sam'])
      await conversation.say(text);
    for (const text of ['sam@example.com', 'any time']) await conversation.say(text);
    expect(texts(await conversation.say('skip')).at(-1)).toMatch(/Which of these/);
    await alterSavedState(conversation, (json) =>
      json.replace(/"validations":\{"count":\d+\}/, '"validations":{"count":"all"}'),
    );

    const replies = await conversation.say('all');
    expect(texts(replies)).toEqual([expect.stringMatching(LOST_TRACK), expect.stringMatching(ASK_CODE)]);
    expect(await conversation.intakes.list({ limit: 10 })).toEqual([]);
  });
});
