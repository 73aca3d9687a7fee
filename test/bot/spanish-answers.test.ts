import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../support/fake-openai-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { passageIn } from '../../src/knowledge/passages/knowledge-base.ts';

/*
 * A free question in a Spanish conversation is answered, through POST /api/messages, from the Spanish
 * twins of the passages retrieved, under "Fuentes": the model is asked to reword them in Spanish, and the
 * Spanish fidelity check decides; a rewrite it rejects leaves the twins as written (issue 17).
 */

type Answer = Omit<BotReply, 'channelData'> & {
  entities?: { type: string; additionalType?: string[]; citation?: { appearance: { name: string } }[] }[];
  channelData?: { guidance?: { route: string; paraphrased: boolean; passageIds: string[] } };
};

const QUESTION = 'How can I tell if a letter is really from the IRS?';
const SPANISH_QUESTION = 'como compruebo que un aviso es realmente del irs';

let model: FakeOpenAIServer;
let app: TestApp;
beforeAll(async () => {
  model = await startFakeOpenAIServer({ behaviour: 'good' });
  app = await startTestApp({
    today: '2026-03-10',
    env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.baseURL, OPENAI_TIMEOUT_MS: '2000' },
  });
});
afterAll(async () => {
  await app.close();
  await model.close();
});

async function ask(question: string, locale: string): Promise<Answer> {
  const replies = (await new ExpectRepliesClient(app.url).send(question, { locale })) as Answer[];
  const answer = replies.find((r) => r.channelData?.guidance?.route === 'answer');
  if (!answer) throw new Error(`no answer among ${JSON.stringify(replies)}`);
  return answer;
}

type SentRequest = { messages?: { role: string; content: string }[] };

function expectTwinsAsWritten(answer: Answer): void {
  const ids = answer.channelData?.guidance?.passageIds ?? [];
  expect(ids).toContain('verify-notice-is-real');
  for (const id of ids) {
    const { passage, twin } = passageIn(id, 'es');
    expect(twin, id).toBe(true);
    expect(answer.text).toContain(passage.text);
    expect(answer.text).toContain(`${passage.title}: ${passage.sources[0]?.url ?? ''}`);
  }
  expect(answer.text).toMatch(/\n\nFuentes:\n\[1\] /);
  // The twin's irs.gov/es page is cited first.
  expect(answer.text).toContain(
    `${passageIn('verify-notice-is-real', 'es').passage.title}: https://irs.gov/es/newsroom/`,
  );
  expect(answer.text).not.toContain('Before you pay or call anyone');
  const citation = answer.entities?.find((e) => e.type === 'https://schema.org/Message');
  expect(citation?.citation?.[0]?.appearance.name).toBe(passageIn(ids[0] ?? '', 'es').passage.title);
  expect(citation?.additionalType).toBeUndefined();
  expect(answer.channelData?.guidance).toMatchObject({ paraphrased: false, disclaimer: true });
}

// The rejected rewrites run first: an accepted one is cached, and a cached text asks the model nothing.
describe('a free question in a Spanish conversation', () => {
  it.each([
    'invented-number',
    'injected-instruction',
    'dropped-negation',
    'invented-threat',
    'reassurance',
    'appended-advice',
  ] as const)("keeps the twins as written when the model's rewrite is unfaithful (%s)", async (behaviour) => {
    model.reset(behaviour);
    expectTwinsAsWritten(await ask(SPANISH_QUESTION, 'es-US'));
    expect(model.requestCount).toBe(1);
  });

  it('is reworded in Spanish when the Spanish fidelity check accepts the rewrite', async () => {
    model.reset('reordered');
    const answer = await ask(SPANISH_QUESTION, 'es-US');
    expect(answer.channelData?.guidance).toMatchObject({ paraphrased: true, disclaimer: true });
    const twin = passageIn('verify-notice-is-real', 'es').passage;
    expect(answer.channelData?.guidance?.passageIds).toEqual(['verify-notice-is-real']);
    // The model's text (the twin's sentences in another order), not the twin as written.
    expect(answer.text).not.toContain(twin.text);
    const firstSentence = twin.text.split(/(?<=\.)\s+/)[0] ?? '';
    expect(answer.text).toContain(firstSentence);
    expect(answer.text).toMatch(/\n\nFuentes:\n\[1\] /);
    const citation = answer.entities?.find((e) => e.type === 'https://schema.org/Message');
    expect(citation?.additionalType).toEqual(['AIGeneratedContent']);
    // The model was asked for Spanish, with the twin's text.
    const sent = model.requests[0]?.body as SentRequest;
    expect(sent.messages?.[0]?.content).toContain('plain U.S. Spanish');
    expect(JSON.parse(sent.messages?.[1]?.content ?? '{}')).toMatchObject({ passages: [twin.text] });
  });

  it('answers an English question in a Spanish conversation from the twins too', async () => {
    model.reset('dropped-negation');
    expectTwinsAsWritten(await ask(QUESTION, 'es-US'));
  });

  it('is the same question an English conversation gets paraphrased, in English', async () => {
    model.reset('good');
    const answer = await ask(QUESTION, 'en-US');
    expect(answer.channelData?.guidance).toMatchObject({ paraphrased: true });
    expect(answer.text).toMatch(/\n\nSources:\n\[1\] /);
    expect(model.requestCount).toBe(1);
    const sent = model.requests[0]?.body as SentRequest;
    expect(sent.messages?.[0]?.content).not.toContain('Spanish');
  });
});
