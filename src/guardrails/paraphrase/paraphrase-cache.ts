import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Keyv } from 'keyv';
import type { ParaphraseStyle, PassageRef } from './paraphrase-schema.ts';
import type { Locale } from '../../catalog/locale.ts';
import { PASSAGE_LANGUAGE } from '../../knowledge/passages/passage-schema.ts';

/**
 * Accepted paraphrases, so a repeated request makes no model call. The key covers everything the text
 * depends on: passage ids and versions (a new version is a new text), the case facts, the facts that must
 * survive, the style and the model.
 */
export type ParaphraseCache = {
  get(key: string): Promise<string | undefined>;
  set(key: string, text: string): Promise<void>;
};

export type ParaphraseCacheKeyParts = {
  passages: readonly Pick<PassageRef, 'id' | 'version'>[];
  caseFacts: readonly string[];
  requiredFacts: readonly string[];
  style: ParaphraseStyle;
  model: string;
  /** A Spanish rewrite of the twins is another text than an English one of the same passage ids. */
  language?: Locale | undefined;
};

const KEY_PREFIX = 'paraphrase:v1:';
const DEFAULT_PARAPHRASE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const CachedParaphraseSchema = z.object({ text: z.string().min(1) });

export function paraphraseCacheKey(parts: ParaphraseCacheKeyParts): string {
  const material = JSON.stringify({
    passages: parts.passages.map(({ id, version }) => [id, version]),
    caseFacts: parts.caseFacts,
    requiredFacts: parts.requiredFacts,
    style: parts.style,
    model: parts.model,
    // Only a language other than English joins the key, so English keys stay as they were.
    ...(parts.language === undefined || parts.language === PASSAGE_LANGUAGE
      ? {}
      : { language: parts.language }),
  });
  return KEY_PREFIX + createHash('sha256').update(material).digest('hex');
}

export type ParaphraseCacheOptions = {
  ttlMs?: number;
  logger?: { warn(obj: object, msg: string): void };
};

/** A cache over any Keyv store (memory, SQLite, Redis); a store failure is a miss, never an error. */
export function createParaphraseCache(store: Keyv, options: ParaphraseCacheOptions = {}): ParaphraseCache {
  const ttlMs = options.ttlMs ?? DEFAULT_PARAPHRASE_TTL_MS;
  return {
    async get(key) {
      try {
        const parsed = CachedParaphraseSchema.safeParse(await store.get(key));
        return parsed.success ? parsed.data.text : undefined;
      } catch (error) {
        options.logger?.warn({ err: errorName(error) }, 'paraphrase cache read failed');
        return undefined;
      }
    },
    async set(key, text) {
      try {
        await store.set(key, { text }, ttlMs);
      } catch (error) {
        options.logger?.warn({ err: errorName(error) }, 'paraphrase cache write failed');
      }
    },
  };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}
