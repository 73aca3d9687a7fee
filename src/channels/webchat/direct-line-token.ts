import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** How long a local Direct Line token lives; Web Chat refreshes it every 15 minutes. */
export const TOKEN_TTL_SECONDS = 30 * 60;
/** How long a stream token opens a WebSocket: only the connection is checked, so a minute is ample. */
export const STREAM_TOKEN_TTL_SECONDS = 60;
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
  /**
   * Set on a stream token: it travels in the stream URL (a WebSocket has no Authorization header), where a
   * proxy may log it, so it only opens that conversation's stream, for a minute, and is never a bearer token.
   */
  use: z.literal('stream').optional(),
});
export type TokenClaims = z.infer<typeof TokenClaimsSchema>;

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; code: 'missing' | 'malformed' | 'bad_signature' | 'expired' | 'wrong_use' };

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
    const exp = Math.floor(this.#now() / 1000) + TOKEN_TTL_SECONDS;
    const claims = { conversationId, userId, exp, ...(locale === undefined ? {} : { locale }) };
    return { token: this.#token(claims), expiresIn: TOKEN_TTL_SECONDS };
  }

  /** A token for the stream URL of the conversation a verified bearer token opens. */
  issueStream(claims: Pick<TokenClaims, 'conversationId' | 'userId'>): string {
    const exp = Math.floor(this.#now() / 1000) + STREAM_TOKEN_TTL_SECONDS;
    return this.#token({ conversationId: claims.conversationId, userId: claims.userId, exp, use: 'stream' });
  }

  /** Seconds until a verified token expires. */
  expiresIn(claims: TokenClaims): number {
    return Math.max(0, claims.exp - Math.floor(this.#now() / 1000));
  }

  /** Checks a bearer token, or with `use: 'stream'` a stream token; neither passes for the other. */
  verify(token: string | undefined, use: 'bearer' | 'stream' = 'bearer'): TokenCheck {
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
    if ((claims.data.use === 'stream') !== (use === 'stream')) return { ok: false, code: 'wrong_use' };
    return { ok: true, claims: claims.data };
  }

  #token(claims: TokenClaims): string {
    const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return `${payload}.${this.#sign(payload)}`;
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
