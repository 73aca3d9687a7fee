import { describe, expect, it } from 'vitest';
import {
  PARAPHRASE_SYSTEM_PROMPT,
  paraphraseSystemPrompt,
} from '../../src/guardrails/paraphrase/openai-paraphraser.ts';
import { paraphraseCacheKey } from '../../src/guardrails/paraphrase/paraphrase-cache.ts';

/*
 * A Spanish rewrite shares its passages' ids and versions with the English one: the cache tells them apart
 * by language, and the model is told which language to write. (The whole path, through /api/messages and
 * a local Chat Completions server, is in test/bot/spanish-answers.test.ts.)
 */

const PARTS = {
  passages: [{ id: 'verify-notice-is-real', version: 2 }],
  caseFacts: [],
  requiredFacts: [],
  style: 'plain',
  model: 'gpt-test',
} as const;

describe('a Spanish paraphrase request', () => {
  it('has its own cache key, and leaves English keys as they were', () => {
    expect(paraphraseCacheKey({ ...PARTS, language: 'es' })).not.toBe(paraphraseCacheKey(PARTS));
    expect(paraphraseCacheKey({ ...PARTS, language: 'en' })).toBe(paraphraseCacheKey(PARTS));
  });

  it('tells the model to write Spanish; the English prompt is unchanged', () => {
    expect(paraphraseSystemPrompt('es')).toContain(PARAPHRASE_SYSTEM_PROMPT);
    expect(paraphraseSystemPrompt('es')).toMatch(/plain U\.S\. Spanish.*"debe".*"nunca"/);
    expect(paraphraseSystemPrompt('en')).toBe(PARAPHRASE_SYSTEM_PROMPT);
  });
});
