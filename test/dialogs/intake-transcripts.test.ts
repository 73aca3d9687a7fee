import { describe, expect, it } from 'vitest';
import { TestConversation, type Reply } from '../support/conversation.ts';

const TODAY = '2026-03-10';
const lastText = (replies: Reply[]) => replies.at(-1)?.text ?? '';

/** A conversation that has just shown a CP14 result and offers the consultation. */
async function atOffer(bookingUrl?: string): Promise<{ conversation: TestConversation; result: Reply[] }> {
  const conversation = new TestConversation({ today: TODAY, ...(bookingUrl ? { bookingUrl } : {}) });
  for (const text of ['CP14', '3/2/2026', 'yes', '$1,200']) await conversation.say(text);
  const result = await conversation.say('no');
  return { conversation, result };
}

describe('the consultation intake', () => {
  it('offers a consultation after the result, with download links for the case', async () => {
    const { result } = await atOffer();
    expect(result.map((r) => r.guidance.route)).toEqual(['triage', 'prompt']);
    expect(result[0]?.text).toMatch(/https:\/\/bot\.example\.test\/cases\/[\w-]{24}\/deadlines\.ics/);
    expect(result[1]?.text).toMatch(/Example Tax Partners/);
    expect(result[1]?.suggestedActions?.actions.map((a) => a.title)).toEqual([
      'Book a consultation',
      'No thanks',
    ]);
  });

  it('collects the case with consent and stores one intake record the firm can read', async () => {
    const { conversation } = await atOffer(
      'https://book.example.test/consult?name={name}&email={email}&a1={noticeCode}&a2={reference}&phone={mobile}',
    );
    expect(lastText(await conversation.say('Book a consultation'))).toMatch(/What name/);
    expect(lastText(await conversation.say('Maria Lopez'))).toMatch(/email address or mobile number/);
    expect(lastText(await conversation.say('maria@example.com or (202) 555-0147'))).toMatch(
      /How would you like/,
    );
    expect(lastText(await conversation.say('Text message'))).toMatch(/good time/);
    expect(lastText(await conversation.say('weekday mornings'))).toMatch(
      /what would you like the professional to know/,
    );
    expect(lastText(await conversation.say('I think I paid part of this in February'))).toMatch(
      /Which of these/,
    );
    expect(lastText(await conversation.say('1, 3'))).toMatch(/May I send your case summary/);
    const sent = await conversation.say('yes');
    expect(sent[0]?.guidance.route).toBe('intake');
    expect(sent[0]?.text).toMatch(/Your reference is \*\*[\w-]{8}\*\*/);
    const [stored] = await conversation.intakes.list({ limit: 10 });
    const reference = stored?.intake.id.slice(0, 8) ?? 'none';
    expect(sent[0]?.text).toContain(`Your reference is **${reference}**`);
    expect(sent[0]?.text).toContain(
      `https://book.example.test/consult?name=Maria%20Lopez&email=maria%40example.com&a1=CP14&a2=${encodeURIComponent(reference)}&phone=%2B12025550147`,
    );

    expect(stored?.intake).toMatchObject({
      contact: { name: 'Maria Lopez', email: 'maria@example.com', mobile: '+12025550147' },
      preferredContact: { method: 'text', times: 'weekday mornings' },
      description: 'I think I paid part of this in February',
      consent: { given: true, disclaimerVersion: expect.any(String) },
      notice: { code: 'CP14', date: '2026-03-02', amountDue: 1200 },
      agreement: 'yes',
      urgency: 'medium',
      channel: 'test',
    });
    expect(stored?.intake.deadlines.map((d) => [d.id, d.date])).toEqual([
      ['pay-interest-free', '2026-03-23'],
    ]);
    const have = stored?.intake.checklist.map((c) => c.have);
    expect(have?.slice(0, 3)).toEqual([true, false, true]);
  });

  it.each([
    ['declines the offer', ['No thanks'], /No problem/],
    [
      'declines consent at the end',
      ['Book a consultation', 'Sam', 'sam@example.com', 'any time', 'skip', 'none', 'no'],
      /haven't sent anything/,
    ],
  ])('%s: nothing is stored', async (_name, answers, expected) => {
    const { conversation } = await atOffer();
    let replies: Reply[] = [];
    for (const text of answers) replies = await conversation.say(text);
    expect(lastText(replies)).toMatch(expected);
    expect(await conversation.intakes.list({ limit: 10 })).toEqual([]);
  });

  it('carries the scam signals the person reported into the intake record', async () => {
    const { conversation } = await atOffer();
    const warned = await conversation.say('a man called and said I must pay him in gift cards today');
    expect(warned.map((r) => r.guidance.route)).toEqual(['scam-warning', 'prompt']);
    for (const text of ['Book a consultation', 'Sam', 'sam@example.com', 'any time', 'skip', 'none', 'yes']) {
      await conversation.say(text);
    }
    const [stored] = await conversation.intakes.list({ limit: 10 });
    expect(stored?.intake.scamFlags).toContain('gift_card');
  });

  it('answers a question typed at the offer without offering again, and still takes the answer to it', async () => {
    const { conversation, result } = await atOffer();
    const offer = result[1]?.text ?? '';
    const answered = await conversation.say('what happens if I ignore it?');
    expect(answered.map((r) => r.guidance.route)).not.toContain('prompt');
    expect(answered.map((r) => r.text).join('\n')).not.toContain(offer);
    expect(answered.map((r) => r.text).join('\n')).toMatch(/levy/);
    expect(lastText(await conversation.say('Book a consultation'))).toMatch(/What name/);
  });

  it('re-asks a bad email with a specific hint', async () => {
    const { conversation } = await atOffer();
    await conversation.say('Book a consultation');
    await conversation.say('Sam');
    expect(lastText(await conversation.say('sam@example'))).toMatch(/Please type an email address \(like/);
    expect(lastText(await conversation.say('sam@example..com'))).toMatch(/doesn't look complete/);
  });

  it('starts the intake without the offer when the person asks for a person after declining', async () => {
    const { conversation } = await atOffer();
    await conversation.say('No thanks');
    expect(lastText(await conversation.say('talk to a person'))).toMatch(/What name/);
  });

  it('asks for the notice first when the person asks for a person before any result', async () => {
    const conversation = new TestConversation({ today: TODAY });
    const replies = await conversation.say('talk to a person');
    expect(replies.map((r) => r.text).join('\n')).toMatch(/once we've looked at your notice/);
    expect(lastText(replies)).toMatch(/notice code/);
  });

  it('deletes the conversation, its case links and its intake on request', async () => {
    const { conversation, result } = await atOffer();
    const token = /cases\/([\w-]{24})\//.exec(result[0]?.text ?? '')?.[1] ?? '';
    expect(await conversation.cases.get(token)).toBeDefined();
    for (const text of ['Book a consultation', 'Sam', 'sam@example.com', 'any time', 'skip', 'all', 'yes']) {
      await conversation.say(text);
    }
    const [stored] = await conversation.intakes.list({ limit: 10 });
    expect(stored).toBeDefined();

    const deleted = await conversation.say('delete my data');
    expect(lastText(deleted)).toMatch(/deleted this conversation and the request/);
    expect(await conversation.intakes.get(stored?.intake.id ?? '')).toBeUndefined();
    expect(await conversation.cases.get(token)).toBeUndefined();
    const key = `test/conversations/${conversation.adapter.conversation.conversation.id}/`;
    expect(await conversation.storage.read([key])).toEqual({});
    expect(lastText(await conversation.say('hello'))).toMatch(/notice code/);
  });
});
