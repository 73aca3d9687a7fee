import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { IsoDate } from '../knowledge/facts-schema.ts';
import { createAdapter } from './bot-adapter.ts';
import { buildApp } from './http/app.ts';
import { NoticeBot } from './notice-bot.ts';
import { createQuestionAnswerer } from './question-answerer.ts';
import { createStorage } from './storage/create-storage.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type Composed = { server: Server; close(): Promise<void> };

/** Wires the whole product from a validated config: storage, adapter, bot, HTTP app. Does not listen. */
export function composeApp(config: Config, logger: Logger, today: () => IsoDate): Composed {
  const state = createStorage({
    redisUrl: config.REDIS_URL,
    sqlitePath: config.STATE_SQLITE_PATH,
    ttlMs: config.STATE_TTL_DAYS * DAY_MS,
  });
  logger.info({ backend: state.backend }, 'conversation state store ready');
  const adapter = createAdapter(config, logger);
  const bot = new NoticeBot({
    storage: state.storage,
    logger,
    today,
    maxMessageChars: config.MAX_MESSAGE_CHARS,
    answerer: createQuestionAnswerer({ logger }),
  });
  const server = buildApp({ logger, today, adapter, bot });
  return {
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await state.close();
    },
  };
}
