import type { Storage, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Response, Server } from 'restify';
import type { Locale } from '../catalog/locale.ts';
import type { Config } from '../config.ts';
import type { AlertSink } from '../intake/intake-alerts.ts';

/** What a channel hands every incoming turn to: the bot. */
export type TurnHandler = { run(context: TurnContext): Promise<void> };

/** What the composition root gives each channel when it builds it. */
export type ChannelDeps = {
  config: Config;
  logger: Logger;
  /** The ids a log line may carry: the request id, and the keyed hash standing for a conversation id. */
  logIds: ChannelLogIds;
  /** The bot's storage: a channel keeps its own records (queues, hashed ids) beside the conversation state. */
  storage: Storage;
  /** The largest file (a photo or PDF of the notice) a channel that takes uploads accepts. */
  maxFileBytes: number;
  /** What the bot says when a conversation opens (Markdown), for a page that shows it before connecting. */
  opening: (locale: Locale) => readonly string[];
};

/**
 * One way people reach the bot, behind its own routes. The composition root lists the channels
 * (`CHANNELS` in src/bot/compose.ts); adding one is a folder under src/channels/ and a line there.
 */
export type Channel = {
  readonly name: string;
  /** Adds the channel's routes to the server, handing each turn to the bot; called once, before listening. */
  register(server: Server, bot: TurnHandler): void;
  /** Routes that read their own body (file uploads): the JSON body parser leaves them alone. */
  readonly uploadPaths?: readonly string[];
  /** Where the firm's desk alerts go, for the channel that posts them (Teams). */
  readonly alerts?: AlertSink;
};

/** Builds a channel from the configuration, or none when the channel is not configured. */
export type ChannelFactory = (deps: ChannelDeps) => Channel | undefined;

/** How a channel names a request and a conversation in its log lines (never by the raw conversation id). */
export type ChannelLogIds = {
  requestId(res: Response): string | undefined;
  hashConversation(conversationId: string): string;
};

const TURN_LOGGER = Symbol('turn logger');

/** Gives the turn a logger whose lines carry the request id and the hashed conversation id. */
export function useTurnLogger(context: TurnContext, logger: Logger): void {
  context.turnState.set(TURN_LOGGER, logger);
}

/** The turn's own logger, or `fallback` for a turn that has none (one not started by a request). */
export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return context.turnState.get<Logger | undefined>(TURN_LOGGER) ?? fallback;
}

/**
 * The one line a failed turn writes: the error (its type, message and stack: the logger's serializer
 * keeps nothing else, so never the dialog state botbuilder attaches to it) and the channel, on the turn's
 * logger (request id, hashed conversation id). The person's answers stay out of the log whatever failed.
 */
export function logTurnFailure(context: TurnContext, error: Error, fallback: Logger): void {
  turnLogger(context, fallback).error(
    { err: error, channel: context.activity.channelId, activityType: context.activity.type },
    'turn failed',
  );
}

/**
 * A file the channel took in but did not keep (over the size limit), as the attachment the bot's turn
 * gets instead of the file: the bot tells the person why in the conversation, in its language.
 */
export const REFUSED_FILE_TYPE = 'application/vnd.notice-navigator.refused-file';
export type RefusedFileCode = 'too_large';

export function refusedFileAttachment(code: RefusedFileCode): {
  contentType: string;
  content: { code: string };
} {
  return { contentType: REFUSED_FILE_TYPE, content: { code } };
}

/** Why the channel refused the file a message came with, if it did. */
export function refusedFile(
  attachments: readonly { contentType: string; content?: unknown }[] | undefined,
): RefusedFileCode | undefined {
  const refused = attachments?.find((attachment) => attachment.contentType === REFUSED_FILE_TYPE);
  return (refused?.content as { code?: unknown } | undefined)?.code === 'too_large' ? 'too_large' : undefined;
}
