import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** How long a local Direct Line token lives; Web Chat refreshes it every 15 minutes. */
export const TOKEN_TTL_SECONDS = 30 * 60;
const KEY_BYTES = 32;

const TokenClaimsSchema = z.strictObject({
  /** The one conversation the token opens. */
  conversationId: z.string().min(1),
  /** The person's id in that conversation: every activity posted with the token is from them. */
  userId: z.string().min(1),
  /** Expiry, in seconds since the epoch. */
  exp: z.number().int().positive(),
  /** The page's language (a BCP 47 tag): the bot greets the person in it. Absent in older tokens. */
  locale: z.string().max(35).optional(),
});
export type TokenClaims = z.infer<typeof TokenClaimsSchema>;

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; code: 'missing' | 'malformed' | 'bad_signature' | 'expired' };

/**
 * Tokens of the local Direct Line: `base64url(claims).base64url(HMAC-SHA256(claims))`. A token binds one
 * conversation and one user; it says nothing secret, it only cannot be forged or altered without the key.
 */
export class DirectLineTokens {
  readonly #key: Buffer;
  readonly #now: () => number;

  /** Without a key, a random one for this process: its tokens stop working when the process restarts. */
  constructor(options: { key?: string | undefined; now?: () => number } = {}) {
    this.#key = options.key ? Buffer.from(options.key, 'utf8') : randomBytes(KEY_BYTES);
    this.#now = options.now ?? Date.now;
  }

  issue(conversationId: string, userId: string, locale?: string): { token: string; expiresIn: number } {
    const claims: TokenClaims = {
      conversationId,
      userId,
      exp: Math.floor(this.#now() / 1000) + TOKEN_TTL_SECONDS,
      ...(locale === undefined ? {} : { locale }),
    };
    const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return { token: `${payload}.${this.#sign(payload)}`, expiresIn: TOKEN_TTL_SECONDS };
  }

  /** Seconds until a verified token expires. */
  expiresIn(claims: TokenClaims): number {
    return Math.max(0, claims.exp - Math.floor(this.#now() / 1000));
  }

  verify(token: string | undefined): TokenCheck {
    if (!token) return { ok: false, code: 'missing' };
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return { ok: false, code: 'malformed' };
    const expected = Buffer.from(this.#sign(payload), 'base64url');
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, code: 'bad_signature' };
    }
    const claims = TokenClaimsSchema.safeParse(parseJson(Buffer.from(payload, 'base64url').toString('utf8')));
    if (!claims.success) return { ok: false, code: 'malformed' };
    if (claims.data.exp * 1000 <= this.#now()) return { ok: false, code: 'expired' };
    return { ok: true, claims: claims.data };
  }

  #sign(payload: string): string {
    return createHmac('sha256', this.#key).update(payload).digest('base64url');
  }
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
