import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';
import { z } from 'zod';

/*
 * Staff sessions live in a signed cookie (HMAC-SHA256 over the payload), HttpOnly, Secure (on https) and
 * SameSite=Lax: Lax, not Strict, because the sign-in ends with a redirect from the identity provider's
 * site, which Strict would send without the cookie. Every change also needs the session's CSRF token
 * (a form field, or the X-CSRF-Token header for the API), which another site's page cannot read.
 * Signing out ends the session on the server too: its id is kept as signed out until it would have
 * expired, in the state store every instance shares, so a copy of the cookie is refused from then on.
 */

export const SESSION_COOKIE = 'nn_staff';
export const LOGIN_COOKIE = 'nn_staff_login';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_TTL_MS = 8 * 60 * 60_000;
const LOGIN_TTL_MS = 10 * 60_000;

/** Who is signed in: the provider's subject and a name to show and record on changes; `sid` names the session. */
export type StaffSession = { sid: string; sub: string; name: string; csrf: string; exp: number };

/** Signed-out session ids, each kept for `ttlMs` (a keyv namespace in the state store). */
export type SignedOutSessions = {
  get(sid: string): Promise<unknown>;
  set(sid: string, value: true, ttlMs: number): Promise<unknown>;
};

/** What the sign-in keeps between the redirect to the provider and its answer. */
export type PendingLogin = { verifier: string; state: string; nonce: string; exp: number };

const SessionSchema = z
  .object({
    sid: z.string().min(16),
    sub: z.string().min(1),
    name: z.string().min(1),
    csrf: z.string().min(16),
    exp: z.number(),
  })
  .strict();
const PendingSchema = z
  .object({
    verifier: z.string().min(43),
    state: z.string().min(1),
    nonce: z.string().min(1),
    exp: z.number(),
  })
  .strict();

export class StaffCookies {
  readonly #key: Buffer;
  readonly #now: () => Date;
  readonly #secure: boolean;
  readonly #signedOut: SignedOutSessions;

  /** `secure`: the desk is served over https (always, but for a developer's http://localhost). */
  constructor(secret: string, now: () => Date, secure: boolean, signedOut: SignedOutSessions) {
    this.#key = Buffer.from(secret, 'utf8');
    this.#now = now;
    this.#secure = secure;
    this.#signedOut = signedOut;
  }

  startSession(res: Response, who: { sub: string; name: string }): StaffSession {
    const session = {
      sid: randomBytes(18).toString('base64url'),
      ...who,
      csrf: randomBytes(24).toString('base64url'),
      exp: this.#now().getTime() + SESSION_TTL_MS,
    };
    this.#set(res, SESSION_COOKIE, this.#sign(session), '/', SESSION_TTL_MS);
    return session;
  }

  /** The session the cookie carries, unless it has expired or was signed out. */
  async session(req: Request): Promise<StaffSession | undefined> {
    const session = this.#read(req, SESSION_COOKIE, SessionSchema);
    if (!session || (await this.#signedOut.get(session.sid)) !== undefined) return undefined;
    return session;
  }

  /** Signs the session out here and everywhere its cookie may have been copied, and clears the cookie. */
  async endSession(session: StaffSession, res: Response): Promise<void> {
    const left = session.exp - this.#now().getTime();
    if (left > 0) await this.#signedOut.set(session.sid, true, left);
    this.#set(res, SESSION_COOKIE, '', '/', 0);
  }

  startLogin(res: Response, login: Omit<PendingLogin, 'exp'>): void {
    const pending = { ...login, exp: this.#now().getTime() + LOGIN_TTL_MS };
    this.#set(res, LOGIN_COOKIE, this.#sign(pending), '/staff/callback', LOGIN_TTL_MS);
  }

  /** The pending login, once: the cookie is cleared whatever the answer. */
  takeLogin(req: Request, res: Response): PendingLogin | undefined {
    const pending = this.#read(req, LOGIN_COOKIE, PendingSchema);
    this.#set(res, LOGIN_COOKIE, '', '/staff/callback', 0);
    return pending;
  }

  #sign(payload: object): string {
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.#mac(body)}`;
  }

  #mac(body: string): string {
    return createHmac('sha256', this.#key).update(body).digest('base64url');
  }

  #read<T extends { exp: number }>(req: Request, name: string, schema: z.ZodType<T>): T | undefined {
    const value = cookiesOf(req).get(name);
    const [body, mac] = value?.split('.') ?? [];
    if (!body || !mac || !sameText(mac, this.#mac(body))) return undefined;
    try {
      const parsed = schema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
      return parsed.success && parsed.data.exp > this.#now().getTime() ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  #set(res: Response, name: string, value: string, path: string, maxAgeMs: number): void {
    const secure = this.#secure ? '; Secure' : '';
    const cookie = `${name}=${value}; Path=${path}; Max-Age=${Math.floor(maxAgeMs / 1000)}; HttpOnly${secure}; SameSite=Lax`;
    const previous = res.getHeader('set-cookie');
    const list = Array.isArray(previous) ? previous : previous === undefined ? [] : [String(previous)];
    res.setHeader('set-cookie', [...list, cookie]);
  }
}

/** Whether a presented CSRF token is the session's, compared in constant time. */
export function validCsrf(session: StaffSession, presented: unknown): boolean {
  return typeof presented === 'string' && sameText(presented, session.csrf);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function cookiesOf(req: Request): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of req.header('cookie', '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return cookies;
}
