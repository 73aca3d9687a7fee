import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/*
 * A local server that speaks what a bot sends out to: the Microsoft identity platform's token endpoint
 * (with its OpenID metadata) and the Bot Connector API (`POST /v3/conversations/{id}/activities[/{replyTo}]`,
 * and `GET /v3/attachments/{id}/views/original`, where Teams keeps a photo pasted in a message and which
 * answers only the bot's token). Each answer can be planned: a status with its Retry-After, or a token
 * refusal. It also signs what a channel sends the bot, as the Bot Framework does: a JWT whose key is
 * published in OpenID metadata (endorsed for the channel), naming the bot's app id and the service URL.
 */

export const LOGIN_HOST = 'https://login.microsoftonline.com';

export type PostedActivity = {
  conversationId: string;
  authorization: string | undefined;
  activity: Record<string, unknown>;
  at: number;
};

export type TokenRequest = { tenant: string; form: URLSearchParams };

/** The token the local token endpoint gives every bot. */
export const BOT_TOKEN = 'bot-token-1';

export type AttachmentRequest = { id: string; authorization: string | undefined };

export type BotConnector = {
  /** The service URL a channel gives the bot (what conversation references carry). */
  serviceUrl: string;
  /** Activities the connector accepted (2xx). */
  posted: PostedActivity[];
  /** Every POST to the activities endpoint, accepted or not. */
  attempts: PostedActivity[];
  tokenRequests: TokenRequest[];
  /** Statuses for the next activity posts, in order (then 201). */
  plan: { status: number; retryAfter?: string }[];
  /** Refuse the client credentials with 401 invalid_client, as Entra ID does for a wrong secret. */
  refuseToken: boolean;
  /** MSAL's network for the bot's token: the login host is answered by this server. */
  tokenNetwork: INetworkModule;
  /** Where the keys that sign the channel's tokens are published (botbuilder's ToBotFromChannelOpenIdMetadataUrl). */
  channelOpenIdMetadataUrl: string;
  /** `Authorization` for an activity Teams sends, from this service URL, to the bot with app id `appId`. */
  channelAuthorization(appId: string): string;
  /** Files on the connector's attachments API (a photo pasted in Teams), by attachment id. */
  attachments: Map<string, { type: string; bytes: Uint8Array }>;
  /** Every GET of an attachment, with the Authorization it came with. */
  attachmentRequests: AttachmentRequest[];
  close(): Promise<void>;
};

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const CHANNEL_TOKEN_ISSUER = 'https://api.botframework.com';

export async function startBotConnector(): Promise<BotConnector> {
  const connector = {
    posted: [] as PostedActivity[],
    attempts: [] as PostedActivity[],
    tokenRequests: [] as TokenRequest[],
    plan: [] as { status: number; retryAfter?: string }[],
    refuseToken: false,
    attachments: new Map<string, { type: string; bytes: Uint8Array }>(),
    attachmentRequests: [] as AttachmentRequest[],
  };
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyId = randomUUID();
  let origin = '';
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://connector');
      const body = await bodyOf(req);
      if (url.pathname === '/channel/.well-known/openidconfiguration') {
        json(res, 200, { issuer: CHANNEL_TOKEN_ISSUER, jwks_uri: `${origin}/channel/keys` });
        return;
      }
      if (url.pathname === '/channel/keys') {
        const { n, e } = signingKey.publicKey.export({ format: 'jwk' });
        json(res, 200, {
          keys: [{ kty: 'RSA', use: 'sig', kid: keyId, n, e, endorsements: ['msteams'] }],
        });
        return;
      }
      const attachment = /^\/v3\/attachments\/([^/]+)\/views\/original$/.exec(url.pathname);
      if (attachment && req.method === 'GET') {
        const id = decodeURIComponent(attachment[1] ?? '');
        connector.attachmentRequests.push({ id, authorization: req.headers.authorization });
        const file = connector.attachments.get(id);
        if (req.headers.authorization !== `Bearer ${BOT_TOKEN}`) {
          json(res, 401, { error: { code: 'Unauthorized', message: 'no bot token' } });
          return;
        }
        if (!file) {
          json(res, 404, { error: { code: 'NotFound', message: 'no such attachment' } });
          return;
        }
        res.writeHead(200, { 'content-type': file.type });
        res.end(file.bytes);
        return;
      }
      const openId = /^\/login\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
      if (openId) {
        const authority = `${LOGIN_HOST}/${openId[1]}`;
        json(res, 200, {
          issuer: `${authority}/v2.0`,
          authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
          token_endpoint: `${authority}/oauth2/v2.0/token`,
          end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
          jwks_uri: `${authority}/discovery/v2.0/keys`,
        });
        return;
      }
      const token = /^\/login\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
      if (token && req.method === 'POST') {
        connector.tokenRequests.push({ tenant: token[1] ?? '', form: new URLSearchParams(body) });
        if (connector.refuseToken) {
          json(res, 401, {
            error: 'invalid_client',
            error_description: 'AADSTS7000215: Invalid client secret provided.',
            error_codes: [7000215],
          });
          return;
        }
        json(res, 200, {
          token_type: 'Bearer',
          expires_in: 3600,
          ext_expires_in: 3600,
          access_token: BOT_TOKEN,
        });
        return;
      }
      const activities = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(url.pathname);
      if (activities && req.method === 'POST') {
        const record: PostedActivity = {
          conversationId: decodeURIComponent(activities[1] ?? ''),
          authorization: req.headers.authorization,
          activity: JSON.parse(body) as Record<string, unknown>,
          at: Date.now(),
        };
        connector.attempts.push(record);
        const planned = connector.plan.shift();
        if (planned) {
          json(
            res,
            planned.status,
            { error: { code: 'Planned', message: `planned ${planned.status}` } },
            planned.retryAfter ? { 'retry-after': planned.retryAfter } : {},
          );
          return;
        }
        connector.posted.push(record);
        json(res, 201, { id: `activity-${connector.posted.length}` });
        return;
      }
      json(res, 404, { error: { code: 'NotFound', message: 'no such route' } });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
  const serviceUrl = `${origin}/`;
  const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  function channelAuthorization(appId: string): string {
    const now = Math.floor(Date.now() / 1000);
    const signed = [
      base64url({ alg: 'RS256', typ: 'JWT', kid: keyId }),
      base64url({
        iss: CHANNEL_TOKEN_ISSUER,
        aud: appId,
        serviceurl: serviceUrl,
        nbf: now - 60,
        exp: now + 3600,
      }),
    ].join('.');
    const signature = sign('sha256', Buffer.from(signed), signingKey.privateKey).toString('base64url');
    return `Bearer ${signed}.${signature}`;
  }
  const local = (url: string) => url.replace(LOGIN_HOST, `${origin}/login`);
  async function send<T>(url: string, init: RequestInit): Promise<NetworkResponse<T>> {
    const response = await fetch(local(url), init);
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: (await response.json()) as T,
    };
  }
  const tokenNetwork: INetworkModule = {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions) =>
      send<T>(url, { headers: options?.headers ?? {} }),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) =>
      send<T>(url, { method: 'POST', headers: options?.headers ?? {}, body: options?.body ?? '' }),
  };
  return Object.assign(connector, {
    serviceUrl,
    tokenNetwork,
    channelOpenIdMetadataUrl: `${origin}/channel/.well-known/openidconfiguration`,
    channelAuthorization,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
