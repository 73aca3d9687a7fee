import type Keyv from 'keyv';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { IsoDate } from '../knowledge/facts-schema.ts';
import { createIntakeStore } from '../intake/create-intake-store.ts';
import { backoffFrom } from '../intake/intake-settings.ts';
import { OutboxDispatcher } from '../intake/outbox-dispatcher.ts';
import { IntakeAlerts } from '../intake/intake-alerts.ts';
import { botFrameworkChannel, TEAMS_CHANNEL_ID } from '../channels/bot-framework/index.ts';
import type { ChannelFactory } from '../channels/channel.ts';
import type { IdentityEndpoints } from '../channels/bot-framework/bot-adapter.ts';
import { SMS_CHANNEL_ID, smsChannel, twilioMediaAuthorization } from '../channels/sms/index.ts';
import { webChatChannel } from '../channels/webchat/index.ts';
import { openingMessages } from './welcome.ts';
import { CaseStore } from '../storage/case-store.ts';
import { createIntakeService } from './intake-service.ts';
import { createResultPresenter } from './result-presenter.ts';
import { buildApp } from '../http/app.ts';
import { createLogIds } from '../http/request-logging.ts';
import { createRedisRateLimitStore } from '../http/redis-rate-limit-store.ts';
import { NoticeBot } from './notice-bot.ts';
import { createPrivacyActions } from './privacy.ts';
import { createQuestionAnswerer } from './question-answerer.ts';
import { createStateKeyv, createStorage, type StorageSettings } from '../storage/create-storage.ts';
import { withOutageScope } from '../storage/store-outage.ts';
import { createParaphraser, type Paraphraser } from '../guardrails/paraphrase/openai-paraphraser.ts';
import { createParaphraseCache } from '../guardrails/paraphrase/paraphrase-cache.ts';
import { inputRails } from '../guardrails/rail-order.ts';
import { NoticeReader, READING_LIMITS } from '../reading/notice-reader.ts';
import { AttachmentReader } from './attachment-reader.ts';
import { registerStaffRoutes } from '../http/staff/staff-routes.ts';
import { StaffCookies } from '../http/staff/staff-session.ts';
import { staffSignInFrom } from '../intake/staff-settings.ts';
import { StaffSignIn } from '../http/staff/staff-sign-in.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The ways people reach the bot; a channel that is not configured leaves itself out. */
export const CHANNELS: readonly ChannelFactory[] = [botFrameworkChannel, webChatChannel, smsChannel];

export type Composed = {
  server: Server;
  /** Starts the background work (intake delivery to the firm's webhook, when configured). */
  start(): void;
  close(): Promise<void>;
};

/**
 * Wires the whole product from a validated config: storage, bot, HTTP app, channels. Does not listen.
 * `identity` points the Bot Framework channel at local stand-ins of the Microsoft identity platform (tests).
 */
export function composeApp(
  config: Config,
  logger: Logger,
  today: () => IsoDate,
  identity?: IdentityEndpoints,
): Composed {
  const storageSettings: StorageSettings = {
    redisUrl: config.REDIS_URL,
    sqlitePath: config.STATE_SQLITE_PATH,
    ttlMs: config.STATE_TTL_DAYS * DAY_MS,
  };
  const state = createStorage(storageSettings);
  // Paraphrases are cached beside the conversation state, in their own namespace.
  const paraphrase = createConfiguredParaphraser(
    config,
    logger,
    () => createStateKeyv({ ...storageSettings, namespace: 'paraphrase' }).keyv,
  );
  logger.info({ backend: state.backend }, 'conversation state store ready');
  const now = () => new Date();
  const intakes = createIntakeStore(config, (err) => {
    logger.error({ err }, 'intake database connection error');
  });
  logger.info({ backend: intakes.backend }, 'intake store ready');
  const caseKeyv = createStateKeyv({ ...storageSettings, namespace: 'cases' }).keyv;
  const cases = new CaseStore(caseKeyv, config.CASE_LINK_TTL_DAYS * DAY_MS);
  const logIds = createLogIds(config.LOG_HASH_KEY);
  const channels = CHANNELS.flatMap(
    (create) =>
      create({
        config,
        logger,
        logIds,
        storage: state.storage,
        maxFileBytes: READING_LIMITS.maxBytes,
        opening: openingMessages,
        ...(identity ? { identity } : {}),
      }) ?? [],
  );
  // The firm's Teams alerts, when a channel posts them: each new intake, and each dead delivery.
  const alertSink = channels.find((channel) => channel.alerts)?.alerts;
  const alerts = alertSink
    ? new IntakeAlerts({
        sink: alertSink,
        store: intakes.store,
        publicBaseUrl: config.PUBLIC_BASE_URL,
        today,
        logger,
      })
    : undefined;
  const dispatcher =
    config.INTAKE_WEBHOOK_URL && config.INTAKE_WEBHOOK_SECRET
      ? new OutboxDispatcher({
          store: intakes.store,
          webhookUrl: config.INTAKE_WEBHOOK_URL,
          secret: config.INTAKE_WEBHOOK_SECRET,
          timeoutMs: config.INTAKE_WEBHOOK_TIMEOUT_MS,
          intervalMs: config.INTAKE_DISPATCH_INTERVAL_MS,
          probeIntervalMs: config.INTAKE_PROBE_INTERVAL_MS,
          backoff: backoffFrom(config),
          logger,
          ...(alerts
            ? {
                onDead: (message) => {
                  alerts.dead(message.intakeId, message.event);
                },
              }
            : {}),
        })
      : undefined;
  // Reading threads start on the first upload, so an instance that never reads a notice pays nothing.
  const noticeReader = new NoticeReader({
    ...READING_LIMITS,
    threads: config.NOTICE_READER_THREADS,
    queueLimit: config.NOTICE_READER_QUEUE,
    timeoutMs: config.NOTICE_READ_TIMEOUT_MS,
  });
  const bot = new NoticeBot({
    documents: new AttachmentReader(noticeReader, {
      allowedHosts: config.NOTICE_ATTACHMENT_HOSTS,
      channels: {
        [TEAMS_CHANNEL_ID]: { allowedHosts: config.TEAMS_FILE_HOSTS },
        [SMS_CHANNEL_ID]: {
          allowedHosts: config.SMS_MEDIA_HOSTS,
          authorization: twilioMediaAuthorization(config),
        },
      },
      allowPrivateAddresses: config.NOTICE_ATTACHMENT_ALLOW_PRIVATE,
      maxBytes: READING_LIMITS.maxBytes,
      timeoutMs: config.NOTICE_READ_TIMEOUT_MS,
    }),
    storage: state.storage,
    logger,
    today,
    inputRails: inputRails({ maxChars: config.MAX_MESSAGE_CHARS }),
    answerer: createQuestionAnswerer({ paraphraser: paraphrase?.paraphraser }),
    presenter: createResultPresenter({ cases, publicBaseUrl: config.PUBLIC_BASE_URL, now }),
    intake: createIntakeService({
      store: intakes.store,
      firmName: config.FIRM_NAME,
      bookingUrl: config.BOOKING_URL,
      now,
      logger,
      alerts,
    }),
    privacy: createPrivacyActions({ intakes: intakes.store, cases, now }),
  });
  // With Redis every instance draws on the same buckets; without it, each keeps its own in memory.
  const rateLimitStore =
    config.REDIS_URL === undefined
      ? undefined
      : createRedisRateLimitStore({ redisUrl: config.REDIS_URL, hashKey: config.LOG_HASH_KEY, logger });
  // The firm's desk at /staff, when the firm's identity provider is configured.
  const staffSignIn = staffSignInFrom(config);
  // Signed-out staff sessions, beside the conversation state: every instance refuses them.
  const signedOutKeyv = staffSignIn
    ? createStateKeyv({ ...storageSettings, namespace: 'staff-signed-out' }).keyv
    : undefined;
  const staffCookies =
    staffSignIn && signedOutKeyv
      ? new StaffCookies(
          staffSignIn.sessionSecret,
          now,
          config.PUBLIC_BASE_URL.startsWith('https:'),
          signedOutKeyv,
        )
      : undefined;
  let shuttingDown = false;
  const server = buildApp({
    logger,
    today,
    cases: { cases, now },
    intakes: {
      store: intakes.store,
      staffApiToken: config.STAFF_API_TOKEN,
      staffSessions: staffCookies,
      now,
      today,
      logger,
    },
    logIds,
    rateLimits: {
      perClientPerMinute: config.RATE_LIMIT_PER_MINUTE,
      perConversationPerMinute: config.CONVERSATION_RATE_LIMIT_PER_MINUTE,
      trustProxyHops: config.TRUST_PROXY_HOPS,
      store: rateLimitStore,
    },
    outageScope: withOutageScope,
    noticeReading: { reader: noticeReader, maxBytes: READING_LIMITS.maxBytes },
    uploadPaths: channels.flatMap((channel) => channel.uploadPaths ?? []),
    health: {
      checks: [
        { name: 'state', ping: state.ping },
        { name: 'intakes', ping: async () => void (await intakes.store.outboxStats()) },
      ],
      isShuttingDown: () => shuttingDown,
    },
  });
  for (const channel of channels) channel.register(server, bot);
  if (staffSignIn && staffCookies) {
    registerStaffRoutes(server, {
      signIn: new StaffSignIn(staffSignIn, config.PUBLIC_BASE_URL),
      cookies: staffCookies,
      store: intakes.store,
      publicBaseUrl: config.PUBLIC_BASE_URL,
      alerts: alertSink,
      now,
      today,
      logger,
    });
  }
  return {
    server,
    start() {
      dispatcher?.start();
    },
    /** Stops accepting, lets in-flight turns finish (they still need the stores), then closes the stores. */
    async close() {
      shuttingDown = true;
      await dispatcher?.stop();
      await alerts?.settled();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        // Open streams would keep the server from closing; their clients resume elsewhere or later.
        for (const channel of channels) channel.stop?.();
      });
      await noticeReader.close();
      await state.close();
      await rateLimitStore?.close();
      await paraphrase?.cacheStore.disconnect();
      await caseKeyv.disconnect();
      await signedOutKeyv?.disconnect();
      await intakes.store.close();
    },
  };
}

type ConfiguredParaphraser = { paraphraser: Paraphraser; cacheStore: Keyv };

/** The optional paraphrase model: OpenAI-compatible or Azure OpenAI; none without a key (the vetted text is shown). */
function createConfiguredParaphraser(
  config: Config,
  logger: Logger,
  openCacheStore: () => Keyv,
): ConfiguredParaphraser | undefined {
  const azure =
    config.AZURE_OPENAI_ENDPOINT && config.AZURE_OPENAI_API_KEY && config.AZURE_OPENAI_DEPLOYMENT
      ? {
          apiKey: config.AZURE_OPENAI_API_KEY,
          model: config.AZURE_OPENAI_DEPLOYMENT,
          azure: {
            endpoint: config.AZURE_OPENAI_ENDPOINT,
            deployment: config.AZURE_OPENAI_DEPLOYMENT,
            apiVersion: config.AZURE_OPENAI_API_VERSION,
          },
        }
      : undefined;
  const openai = config.OPENAI_API_KEY
    ? {
        apiKey: config.OPENAI_API_KEY,
        model: config.OPENAI_MODEL,
        ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
      }
    : undefined;
  const settings = azure ?? openai;
  if (!settings) return undefined;
  logger.info({ model: settings.model, azure: Boolean(azure) }, 'paraphrase model configured');
  const cacheStore = openCacheStore();
  const paraphraser = createParaphraser(
    { ...settings, timeoutMs: config.OPENAI_TIMEOUT_MS },
    { cache: createParaphraseCache(cacheStore, { logger }), logger },
  );
  return { paraphraser, cacheStore };
}
