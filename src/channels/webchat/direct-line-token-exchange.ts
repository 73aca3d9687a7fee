import { z } from 'zod';
import { newUserId } from './direct-line-channel.ts';

/** Azure answers token requests in well under a second; past this the page shows its retry message. */
const TOKEN_EXCHANGE_TIMEOUT_MS = 5000;

/** Direct Line's answer to `POST /v3/directline/tokens/generate`. */
const GeneratedTokenSchema = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});
export type GeneratedToken = z.infer<typeof GeneratedTokenSchema>;

export type TokenExchangeOutcome =
  | { ok: true; token: GeneratedToken; userId: string }
  | { ok: false; code: 'upstream_status'; status: number }
  | { ok: false; code: 'upstream_unreachable' | 'upstream_invalid' };

export type TokenExchangeSettings = {
  /** The Direct Line secret of the bot's Web Chat or Direct Line channel; it never leaves the server. */
  secret: string;
  /** e.g. `https://directline.botframework.com` (or a regional endpoint). */
  endpoint: string;
  timeoutMs?: number;
};

/**
 * Exchanges the Direct Line secret for a token bound to one new conversation and a fresh user id, so the
 * browser can talk to Azure's Direct Line without ever seeing the secret.
 */
export async function exchangeDirectLineSecret(
  settings: TokenExchangeSettings,
): Promise<TokenExchangeOutcome> {
  const userId = newUserId();
  let response: Response;
  try {
    response = await fetch(`${settings.endpoint}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${settings.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(settings.timeoutMs ?? TOKEN_EXCHANGE_TIMEOUT_MS),
      redirect: 'error',
    });
  } catch {
    return { ok: false, code: 'upstream_unreachable' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, code: 'upstream_status', status: response.status };
  }
  const parsed = GeneratedTokenSchema.safeParse(await response.json().catch(() => undefined));
  return parsed.success ? { ok: true, token: parsed.data, userId } : { ok: false, code: 'upstream_invalid' };
}
