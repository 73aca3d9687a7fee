import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpectRepliesClient } from '../support/direct-client.ts';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../support/fake-openai-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { getPassage } from '../../src/knowledge/passages/knowledge-base.ts';

type Entity = { type: string; additionalType?: string[]; citation?: { appearance: { url: string } }[] };
type Answer = {
  text?: string;
  entities?: Entity[];
  channelData?: {
    guidance?: { route: string; paraphrased: boolean; disclaimer: boolean; passageIds: string[] };
  };
};

let model: FakeOpenAIServer;
let app: TestApp;
beforeAll(async () => {
  model = await startFakeOpenAIServer({ behaviour: 'good' });
  app = await startTestApp({
    today: '2026-03-10',
    env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.baseURL, OPENAI_TIMEOUT_MS: '500' },
  });
});
afterAll(async () => {
  await app.close();
  await model.close();
});

async function ask(question: string, on: TestApp = app): Promise<Answer> {
  const replies = (await new ExpectRepliesClient(on.url).send(question)) as Answer[];
  const answer = replies.find((r) => r.channelData?.guidance?.route === 'answer');
  if (!answer) throw new Error(`no answer among ${JSON.stringify(replies)}`);
  return answer;
}

describe('answers through the bot with a paraphrase model configured', () => {
  it('shows an accepted paraphrase marked as AI-generated, with citations and the disclaimer', async () => {
    model.reset('good');
    const answer = await ask('What is a collection due process hearing?');
    expect(answer.channelData?.guidance).toMatchObject({ paraphrased: true, disclaimer: true });
    const message = answer.entities?.find((e) => e.type === 'https://schema.org/Message');
    expect(message?.additionalType).toEqual(['AIGeneratedContent']);
    expect(message?.citation?.[0]?.appearance.url).toMatch(/^https?:/);
    expect(model.requestCount).toBe(1);
    const sent = JSON.stringify(model.requests[0]?.body);
    expect(sent).not.toMatch(/collection due process hearing\?/i); // the question itself is never sent
  });

  it('serves a repeated question from the cache without a model call', async () => {
    model.reset('good');
    await ask('How do I set up monthly payments?');
    await ask('How do I set up monthly payments?');
    expect(model.requestCount).toBe(1);
  });

  it.each([
    'invented-number',
    'injected-instruction',
    'flipped-polarity',
    'http500',
    'malformed-json',
    'garbage-body',
    'refusal',
    'slow',
  ] as const)('falls back to the vetted text when the model answers with %s', async (behaviour) => {
    model.reset(behaviour);
    // A fresh app each time, so no accepted paraphrase from another case is in its cache.
    const fresh = await startTestApp({
      today: '2026-03-10',
      env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.baseURL, OPENAI_TIMEOUT_MS: '500' },
    });
    const answer = await ask('Can the IRS take my Social Security benefits?', fresh).finally(() =>
      fresh.close(),
    );
    expect(model.requestCount).toBeGreaterThan(0);
    expect(answer.channelData?.guidance).toMatchObject({ paraphrased: false, disclaimer: true });
    const message = answer.entities?.find((e) => e.type === 'https://schema.org/Message');
    expect(message?.additionalType).toBeUndefined();
    expect(answer.channelData?.guidance?.passageIds).toContain('social-security-levy');
  });
});

/** The three ordinary questions of issue 13, with what each attack must not bring into the answer. */
const QUESTIONS = [
  'What is a collection due process hearing?',
  'Can I get a payment plan?',
  'How can I tell if a letter is really from the IRS?',
] as const;

const ATTACKS = [
  ['reassurance', /don't worry|forgets about these|you can wait/i],
  ['appended-advice', /bankruptcy|wipes out/i],
  ['invented-option', /ignore the notice, nothing happens/i],
  ['invented-threat', /arrested|pay today/i],
  ['invented-number', /45 days/],
  ['flipped-polarity', /^/],
  ['markup', /\*\*|Here is your/],
] as const;

describe('a paraphrase that changes the meaning is never shown (issue 13)', () => {
  it.each(QUESTIONS)('shows a faithful, reordered rewrite of "%s", marked paraphrased', async (question) => {
    model.reset('reordered');
    const fresh = await startTestApp({
      today: '2026-03-10',
      env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.baseURL, OPENAI_TIMEOUT_MS: '2000' },
    });
    const answer = await ask(question, fresh).finally(() => fresh.close());
    expect(answer.channelData?.guidance).toMatchObject({ paraphrased: true, disclaimer: true });
    const vetted = (answer.channelData?.guidance?.passageIds ?? []).map((id) => getPassage(id).text);
    expect(vetted.length).toBeGreaterThan(0);
    // The model's order, not the passages': the text shown is the rewrite.
    expect(answer.text?.startsWith(vetted[0]?.slice(0, 40) ?? '')).toBe(false);
  });

  describe.each(ATTACKS)('a %s rewrite', (behaviour, trace) => {
    it.each(QUESTIONS)('is replaced by the vetted passages for "%s"', async (question) => {
      model.reset(behaviour);
      const fresh = await startTestApp({
        today: '2026-03-10',
        env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.baseURL, OPENAI_TIMEOUT_MS: '2000' },
      });
      const answer = await ask(question, fresh).finally(() => fresh.close());
      expect(model.requestCount).toBeGreaterThan(0);
      expect(answer.channelData?.guidance).toMatchObject({ paraphrased: false, disclaimer: true });
      const ids = answer.channelData?.guidance?.passageIds ?? [];
      const vetted = ids.map((id) => getPassage(id).text).join('\n\n');
      expect(answer.text?.startsWith(vetted)).toBe(true);
      if (behaviour !== 'flipped-polarity') expect(answer.text).not.toMatch(trace);
    });
  });
});
