import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../support/fake-openai-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { passageIn } from '../../src/knowledge/passages/knowledge-base.ts';

/*
 * A free question in a Spanish conversation is answered, through POST /api/messages, with the Spanish
 * twins of the passages retrieved, under "Fuentes", and never paraphrased: the fidelity rail reads
 * English only, so a model configured for paraphrase is not even asked (issue 17).
 */

type Answer = Omit<BotReply, 'channelData'> & {
  entities?: { type: string; additionalType?: string[]; citation?: { appearance: { name: string } }[] }[];
  channelData?: { guidance?: { route: string; paraphrased: boolean; passageIds: string[] } };
};

const QUESTION = 'How can I tell if a letter is really from the IRS?';

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

describe('a free question in a Spanish conversation', () => {
  it('is answered with the Spanish twins, their titles under "Fuentes", as written', async () => {
    model.reset('good');
    const answer = await ask(QUESTION, 'es-US');
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
    expect(model.requestCount).toBe(0);
  });

  it('is the same question an English conversation gets paraphrased, in English', async () => {
    model.reset('good');
    const answer = await ask(QUESTION, 'en-US');
    expect(answer.channelData?.guidance).toMatchObject({ paraphrased: true });
    expect(answer.text).toMatch(/\n\nSources:\n\[1\] /);
    expect(model.requestCount).toBe(1);
  });
});
