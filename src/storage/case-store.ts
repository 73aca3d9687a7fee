import { randomBytes } from 'node:crypto';
import type Keyv from 'keyv';
import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../catalog/locale.ts';
import type { TriageResult } from '../knowledge/triage.ts';

/** 144 random bits: a case link cannot be guessed. */
const TOKEN_BYTES = 18;
export const CaseTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{24}$/);

/** The parts of a stored result the summary page and calendar read, checked on every read. */
const StoredCaseSchema = z.object({
  createdAt: z.iso.datetime(),
  /** The conversation's language, which the page and the calendar speak (cases stored before it: the default). */
  locale: z.enum(LOCALES).catch(DEFAULT_LOCALE),
  triage: z
    .object({
      notice: z
        .object({ code: z.string(), title: z.string(), urgency: z.string(), meaning: z.string() })
        .loose(),
      noticeDate: z.string(),
      asOf: z.string(),
      deadlines: z.array(
        z
          .object({
            id: z.string(),
            date: z.string(),
            label: z.string(),
            basis: z.string(),
            sourceUrl: z.string(),
            estimate: z.boolean(),
          })
          .loose(),
      ),
      options: z.array(z.object({ id: z.string(), title: z.string() }).loose()),
      checklist: z.array(z.object({ id: z.string(), item: z.string() }).loose()),
      warnings: z.array(z.object({ message: z.string() }).loose()),
    })
    .loose(),
});

export type StoredCase = { triage: TriageResult; locale: Locale };

/**
 * Results behind the unguessable links of a case: the calendar file and the printable summary. They
 * expire with the store's TTL and are deleted with the conversation on request.
 */
export class CaseStore {
  private readonly keyv: Keyv;
  private readonly ttlMs: number;

  constructor(keyv: Keyv, ttlMs: number) {
    this.keyv = keyv;
    this.ttlMs = ttlMs;
  }

  async create(triage: TriageResult, locale: Locale, now: Date): Promise<string> {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    await this.keyv.set(token, { createdAt: now.toISOString(), locale, triage }, this.ttlMs);
    return token;
  }

  async get(token: string): Promise<StoredCase | undefined> {
    if (!CaseTokenSchema.safeParse(token).success) return undefined;
    const stored = StoredCaseSchema.safeParse(await this.keyv.get(token));
    return stored.success
      ? { triage: stored.data.triage as unknown as TriageResult, locale: stored.data.locale }
      : undefined;
  }

  async delete(tokens: readonly string[]): Promise<void> {
    await Promise.all(tokens.map((token) => this.keyv.delete(token)));
  }
}
