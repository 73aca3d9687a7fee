import { z } from 'zod';

/*
 * Staff sign-in settings, a zod shape over the environment that src/config.ts merges into EnvSchema:
 * the firm's OpenID Connect provider (Microsoft Entra ID: https://login.microsoftonline.com/<tenant>/v2.0)
 * and the key that signs staff session cookies. All four go together; without them /staff is off.
 */

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const MIN_SECRET_CHARS = 32;

export const StaffEnvShape = {
  STAFF_OIDC_ISSUER: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  STAFF_OIDC_CLIENT_ID: optionalText,
  STAFF_OIDC_CLIENT_SECRET: optionalText,
  /** Signs the staff session cookie; changing it signs every staff member out. */
  STAFF_SESSION_SECRET: optionalText.pipe(z.string().min(MIN_SECRET_CHARS).optional()),
};

const STAFF_KEYS = Object.keys(StaffEnvShape) as (keyof typeof StaffEnvShape)[];
type StaffEnv = { [K in keyof typeof StaffEnvShape]?: string | undefined };

/** Loopback addresses, where an identity provider may speak plain HTTP (a developer's or a test's). */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackUrl(url: string): boolean {
  return LOOPBACK.has(new URL(url).hostname);
}

export function refineStaffEnv(env: StaffEnv & { PUBLIC_BASE_URL: string }, ctx: z.RefinementCtx): void {
  if (
    env.STAFF_OIDC_ISSUER &&
    env.PUBLIC_BASE_URL.startsWith('http:') &&
    !isLoopbackUrl(env.PUBLIC_BASE_URL)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['PUBLIC_BASE_URL'],
      message: 'must be https for staff sign-in: session cookies are Secure (plain http only on localhost)',
    });
  }
  const given = STAFF_KEYS.filter((key) => env[key] !== undefined);
  if (given.length > 0) {
    for (const key of STAFF_KEYS.filter((k) => env[k] === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `is required with ${given.join(', ')}: staff sign-in needs all four STAFF_OIDC_ISSUER, STAFF_OIDC_CLIENT_ID, STAFF_OIDC_CLIENT_SECRET and STAFF_SESSION_SECRET`,
      });
    }
  }
  if (env.STAFF_OIDC_ISSUER?.startsWith('http:') && !isLoopbackUrl(env.STAFF_OIDC_ISSUER)) {
    ctx.addIssue({
      code: 'custom',
      path: ['STAFF_OIDC_ISSUER'],
      message: 'must be https (plain http only on localhost)',
    });
  }
}

export type StaffSignInSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  sessionSecret: string;
};

/** The sign-in settings when all four are set; undefined turns /staff off. */
export function staffSignInFrom(env: StaffEnv): StaffSignInSettings | undefined {
  const { STAFF_OIDC_ISSUER, STAFF_OIDC_CLIENT_ID, STAFF_OIDC_CLIENT_SECRET, STAFF_SESSION_SECRET } = env;
  if (!STAFF_OIDC_ISSUER || !STAFF_OIDC_CLIENT_ID || !STAFF_OIDC_CLIENT_SECRET || !STAFF_SESSION_SECRET)
    return undefined;
  return {
    issuer: STAFF_OIDC_ISSUER,
    clientId: STAFF_OIDC_CLIENT_ID,
    clientSecret: STAFF_OIDC_CLIENT_SECRET,
    sessionSecret: STAFF_SESSION_SECRET,
  };
}
