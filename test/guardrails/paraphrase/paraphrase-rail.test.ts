import { Keyv } from 'keyv';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFidelityRail } from '../../../src/guardrails/fidelity-rail.ts';
import type { FidelityRailContext } from '../../../src/guardrails/fidelity-rail.ts';
import { createParaphraser, joinPassages } from '../../../src/guardrails/paraphrase/openai-paraphraser.ts';
import type { Paraphraser } from '../../../src/guardrails/paraphrase/openai-paraphraser.ts';
import { createParaphraseCache } from '../../../src/guardrails/paraphrase/paraphrase-cache.ts';
import { createParaphraseRail, wasParaphrased } from '../../../src/guardrails/paraphrase/paraphrase-rail.ts';
import type { ParaphraseRailContext } from '../../../src/guardrails/paraphrase/paraphrase-rail.ts';
import { runRails } from '../../../src/guardrails/verdict.ts';
import { startFakeOpenAIServer } from '../../support/fake-openai-server.ts';
import type { FakeOpenAIServer } from '../../support/fake-openai-server.ts';

const PASSAGES = [
  {
    id: 'scam-signs',
    version: 1,
    text:
      'The IRS usually writes to you first. It will never demand payment by gift card or wire transfer. If a ' +
      'caller does, hang up and contact the IRS yourself at 800-829-1040.',
  },
];
const VETTED = joinPassages(PASSAGES);
type OutputContext = ParaphraseRailContext & FidelityRailContext;

function context(requiredFacts: string[] = []): OutputContext {
  const caseFacts = ['Notice: CP14'];
  return {
    text: VETTED,
    vettedText: VETTED,
    passages: PASSAGES,
    caseFacts,
    requiredFacts,
    sources: [...PASSAGES.map((passage) => passage.text), ...caseFacts],
  };
}

let server: FakeOpenAIServer;
beforeAll(async () => {
  server = await startFakeOpenAIServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset('good'));

function paraphraser(): Paraphraser {
  return createParaphraser(
    { apiKey: 'sk-test', baseURL: server.baseURL, model: 'm', timeoutMs: 2000 },
    { cache: createParaphraseCache(new Keyv()) },
  );
}

describe('paraphrase rail', () => {
  it('without a paraphraser (no API key) lets the vetted text through and calls nothing', async () => {
    const outcome = await runRails<OutputContext>(
      [createParaphraseRail(undefined), createFidelityRail()],
      context(),
    );
    expect(outcome.text).toBe(VETTED);
    expect(outcome.verdicts).toEqual({ paraphrase: { action: 'allow' }, fidelity: { action: 'allow' } });
    expect(wasParaphrased(outcome)).toBe(false);
    expect(server.requestCount).toBe(0);
  });

  it('rewrites with an accepted paraphrase, which the fidelity rail then lets through', async () => {
    const outcome = await runRails<OutputContext>(
      [createParaphraseRail(paraphraser()), createFidelityRail()],
      context(),
    );
    expect(outcome.verdicts.paraphrase).toMatchObject({ action: 'rewrite', code: 'paraphrased' });
    expect(outcome.verdicts.fidelity).toEqual({ action: 'allow' });
    expect(outcome.text).not.toBe(VETTED);
    expect(wasParaphrased(outcome)).toBe(true);
  });

  it('keeps the vetted text when the model fails', async () => {
    server.reset('invented-number');
    const outcome = await runRails<OutputContext>(
      [createParaphraseRail(paraphraser()), createFidelityRail()],
      context(),
    );
    expect(outcome.text).toBe(VETTED);
    expect(outcome.verdicts.paraphrase).toEqual({ action: 'allow' });
    expect(wasParaphrased(outcome)).toBe(false);
  });

  it('makes no call when there are no passages', async () => {
    const rail = createParaphraseRail(paraphraser());
    expect(await rail.run({ ...context(), passages: [] })).toEqual({ action: 'allow' });
    expect(server.requestCount).toBe(0);
  });

  it('is not reported as paraphrased when a later fidelity check reverts the text', async () => {
    const faked = { paraphrase: () => Promise.resolve({ text: 'Call 800-555-0100.', paraphrased: true }) };
    const outcome = await runRails<OutputContext>(
      [createParaphraseRail(faked), createFidelityRail()],
      context(),
    );
    expect(outcome.text).toBe(VETTED);
    expect(outcome.verdicts.fidelity).toMatchObject({ action: 'rewrite', code: 'fidelity_added_fact' });
    expect(wasParaphrased(outcome)).toBe(false);
  });
});
