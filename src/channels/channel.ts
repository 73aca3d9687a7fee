import type { Storage, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Config } from '../config.ts';

/** What a channel hands every incoming turn to: the bot. */
export type TurnHandler = { run(context: TurnContext): Promise<void> };

/** What the composition root gives each channel when it builds it. */
export type ChannelDeps = {
  config: Config;
  logger: Logger;
  /** The bot's storage: a channel keeps its own records (queues, hashed ids) beside the conversation state. */
  storage: Storage;
};

/**
 * One way people reach the bot, behind its own routes. The composition root lists the channels
 * (`CHANNELS` in src/bot/compose.ts); adding one is a folder under src/channels/ and a line there.
 */
export type Channel = {
  readonly name: string;
  /** Adds the channel's routes to the server, handing each turn to the bot; called once, before listening. */
  register(server: Server, bot: TurnHandler): void;
};

/** Builds a channel from the configuration, or none when the channel is not configured. */
export type ChannelFactory = (deps: ChannelDeps) => Channel | undefined;
