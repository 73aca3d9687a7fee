import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  type TurnContext,
} from 'botbuilder';
import restify from 'restify';
import { z } from 'zod';
import { MAX_BODY_BYTES } from '../../src/http/app.ts';
import { createStorage } from '../../src/storage/create-storage.ts';
import { echoText } from '../conversation-script.ts';
import { closeServer, serveUnderBench } from './serve-under-bench.ts';

/*
 * Baseline 2: the smallest useful botbuilder bot. CloudAdapter in the Emulator's unauthenticated mode,
 * ConversationState over the product's own storage (memory, SQLite or Redis, as the product picks it
 * from the environment) holding one counter, and a reply per message: the floor the product builds on.
 */

const EnvSchema = z.object({
  REDIS_URL: z.string().optional(),
  STATE_SQLITE_PATH: z.string().optional(),
  STATE_TTL_DAYS: z.coerce.number().positive(),
});
const env = EnvSchema.parse(process.env);
const MEMORY = ':memory:';
const DAY_MS = 24 * 60 * 60 * 1000;

const state = createStorage({
  redisUrl: env.REDIS_URL,
  // The product maps ':memory:' to an in-memory SQLite database; so does the baseline.
  sqlitePath: env.STATE_SQLITE_PATH ?? MEMORY,
  ttlMs: env.STATE_TTL_DAYS * DAY_MS,
});

class EchoBot extends ActivityHandler {
  readonly #conversationState: ConversationState;

  constructor(conversationState: ConversationState) {
    super();
    this.#conversationState = conversationState;
    const counter = conversationState.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      const turns = await counter.get(context, 0);
      await counter.set(context, turns + 1);
      await context.sendActivity(echoText(turns, context.activity.text ?? ''));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.#conversationState.saveChanges(context, false);
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new EchoBot(new ConversationState(state.storage));

const server = restify.createServer({ name: 'bench-echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

await serveUnderBench(server, async () => {
  await closeServer(server);
  await state.close();
});
