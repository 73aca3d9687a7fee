import { z } from 'zod';
import { IntakeEnvShape, refineIntakeEnv } from './intake/intake-settings.ts';
import { refineStaffEnv, StaffEnvShape } from './intake/staff-settings.ts';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const timeZone = z.string().refine((value) => {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: value });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as America/New_York');

/** Every setting the process reads, from the environment, checked once at start. */
export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /**
     * Key of the hash that stands for conversation ids in request logs. Give every instance the same one
     * so one conversation's lines can be followed across instances; without it each process draws its own.
     */
    LOG_HASH_KEY: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    /** "Today" for deadlines is the date in this zone; the IRS counts days on Eastern time. */
    TIME_ZONE: timeZone.default('America/New_York'),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: optionalText,
    /**
     * The firm's Microsoft Entra tenant: Teams alerts (new intakes, dead deliveries) go to the channel or
     * group chat of this tenant that the app was last added to. Without it there are no alerts.
     */
    TEAMS_ALERT_TENANT_ID: optionalText.pipe(z.guid('must be a GUID').optional()),
    REDIS_URL: optionalText.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
    STATE_SQLITE_PATH: z.string().default('./data/state.sqlite'),
    STATE_TTL_DAYS: z.coerce.number().positive().max(3650).default(30),
    MAX_MESSAGE_CHARS: z.coerce.number().int().min(100).max(20_000).default(2000),
    /** Requests a minute one client address may make (health checks excepted); 0 turns it off. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(3000),
    /** Activities a minute one conversation may send to /api/messages; a person types far slower. */
    CONVERSATION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(60),
    /**
     * Trusted proxies in front of the server that append to X-Forwarded-For (a load balancer: 1); the
     * per-client limit counts on the address the outermost one saw. 0 counts on the socket's address.
     */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** The public address of this server: download links in replies point here. */
    PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3978'),
    /** How long a case's calendar file and printable summary stay reachable. */
    CASE_LINK_TTL_DAYS: z.coerce.number().positive().max(365).default(30),
    FIRM_NAME: z.string().trim().min(1).max(100).default('our partner tax firm'),
    /** The firm's booking page; {name}, {email}, {mobile}, {reference}, {noticeCode} and {urgency} are filled in. */
    BOOKING_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    ...IntakeEnvShape,
    ...StaffEnvShape,
    OPENAI_API_KEY: optionalText,
    OPENAI_BASE_URL: optionalText.pipe(z.url().optional()),
    OPENAI_MODEL: z.string().default('gpt-4o-mini'),
    OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(14_000).default(6000),
    AZURE_OPENAI_ENDPOINT: optionalText.pipe(z.url().optional()),
    AZURE_OPENAI_API_KEY: optionalText,
    AZURE_OPENAI_DEPLOYMENT: optionalText,
    AZURE_OPENAI_API_VERSION: z.string().default('2024-10-21'),
    /** Set to use Azure's Direct Line for the web page; without it the bot serves a local Direct Line itself. */
    DIRECT_LINE_SECRET: optionalText,
    DIRECT_LINE_ENDPOINT: z
      .url({ protocol: /^https?$/ })
      .default('https://directline.botframework.com')
      .transform((url) => url.replace(/\/+$/, '')),
    /** The accent of the web page, the embed launcher and the chat bubbles. */
    BRAND_COLOR: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #1f3a68')
      .default('#1f3a68'),
    /** Signs the local Direct Line tokens; without it a random key per process (tokens die with a restart). */
    WEBCHAT_TOKEN_KEY: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    /** Origins allowed to embed the chat page in an iframe (the embed snippet), separated by spaces or commas. */
    WEBCHAT_EMBED_ORIGINS: z
      .string()
      .default('')
      .transform((value) => value.split(/[\s,]+/).filter((origin) => origin !== ''))
      .pipe(
        z.array(
          z
            .url({ protocol: /^https?$/ })
            .refine(
              (url) => new URL(url).origin === url,
              'must be an origin such as https://www.example-firm.com',
            ),
        ),
      ),
    /** Threads that read uploaded notices (OCR and PDF); each holds an OCR engine of about 100 MB. */
    NOTICE_READER_THREADS: z.coerce.number().int().min(1).max(16).default(1),
    /** Uploads that may wait for a reading thread; past it they are answered 503 with Retry-After. */
    NOTICE_READER_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
    /** A read running longer is abandoned (422) and its thread replaced; a chat turn must answer within 15 s. */
    NOTICE_READ_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(10_000),
    /**
     * Hosts a chat attachment may be fetched from (`*.example.com` covers subdomains), by spaces or commas,
     * on a channel without a list of its own (Azure's Direct Line; Teams and SMS have theirs).
     */
    NOTICE_ATTACHMENT_HOSTS: z
      .string()
      .default('*.botframework.com')
      .transform((value) => value.split(/[\s,]+/).filter((host) => host !== '')),
    /** Lets attachments come from loopback and private addresses: for tests against local servers only. */
    NOTICE_ATTACHMENT_ALLOW_PRIVATE: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    /**
     * Hosts a file sent in Teams may be fetched from: the Teams service (a pasted photo, with the bot's token,
     * which goes only to the service the message came from) and OneDrive/SharePoint (a file's pre-authorised
     * download URL, without it). Government clouds: add their service and SharePoint hosts.
     */
    TEAMS_FILE_HOSTS: z
      .string()
      .default('smba.trafficmanager.net *.sharepoint.com')
      .transform((value) => value.split(/[\s,]+/).filter((host) => host !== '')),
    /** Hosts an MMS photo may be fetched from (Twilio's media URLs and any host they redirect to). */
    SMS_MEDIA_HOSTS: z
      .string()
      .default('api.twilio.com')
      .transform((value) => value.split(/[\s,]+/).filter((host) => host !== '')),
    /** HTTP basic auth for Twilio's media URLs: an API key SID and secret (or the Account SID and auth token). */
    TWILIO_MEDIA_USERNAME: optionalText,
    TWILIO_MEDIA_PASSWORD: optionalText,
    /** Set to enable the SMS channel (POST /api/sms); Twilio signs every webhook with it. */
    TWILIO_AUTH_TOKEN: optionalText,
    /** The exact URL Twilio posts incoming messages to: the signature covers it. */
    SMS_PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    /** Key of the hash that replaces phone numbers everywhere; changing it forgets every SMS conversation. */
    SMS_HASH_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  })
  .superRefine((env, ctx) => {
    refineIntakeEnv(env, ctx);
    refineStaffEnv(env, ctx);
    // Production without an app id runs web and SMS only (/api/messages is off): what needs the Azure Bot
    // cannot work there, so it is refused rather than left silently dead.
    if (env.NODE_ENV === 'production' && !env.MicrosoftAppId) {
      for (const name of ['DIRECT_LINE_SECRET', 'TEAMS_ALERT_TENANT_ID'] as const) {
        if (env[name]) {
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: 'needs MicrosoftAppId in production: it reaches the bot through /api/messages',
          });
        }
      }
    }
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'is required with MicrosoftAppId',
      });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: 'is required for a SingleTenant bot',
      });
    }
    if (Boolean(env.TWILIO_MEDIA_USERNAME) !== Boolean(env.TWILIO_MEDIA_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.TWILIO_MEDIA_USERNAME ? 'TWILIO_MEDIA_PASSWORD' : 'TWILIO_MEDIA_USERNAME'],
        message: 'TWILIO_MEDIA_USERNAME and TWILIO_MEDIA_PASSWORD go together',
      });
    }
    for (const name of ['SMS_PUBLIC_URL', 'SMS_HASH_SECRET'] as const) {
      if (env.TWILIO_AUTH_TOKEN && !env[name]) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'is required with TWILIO_AUTH_TOKEN' });
      }
    }
    if (env.OPENAI_BASE_URL && !env.OPENAI_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPENAI_BASE_URL'],
        message:
          'needs OPENAI_API_KEY (any value for a server that asks for none): without it no model is called',
      });
    }
    if (env.AZURE_OPENAI_ENDPOINT && (!env.AZURE_OPENAI_API_KEY || !env.AZURE_OPENAI_DEPLOYMENT)) {
      ctx.addIssue({
        code: 'custom',
        path: ['AZURE_OPENAI_ENDPOINT'],
        message: 'needs AZURE_OPENAI_API_KEY and AZURE_OPENAI_DEPLOYMENT too',
      });
    }
  });
export type Config = z.infer<typeof EnvSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Parses the environment; each error names the variable so a bad deployment says what to fix. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
  };
}

/** Today's civil date in the configured zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
