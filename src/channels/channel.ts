import type { Storage, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Response, Server } from 'restify';
import type { Locale } from '../catalog/locale.ts';
import type { Config } from '../config.ts';
import type { AlertSink } from '../intake/intake-alerts.ts';
import type { IdentityEndpoints } from './bot-framework/bot-adapter.ts';

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
  /** Where the Bot Framework channel reaches the Microsoft identity platform; only tests change it. */
  identity?: IdentityEndpoints;
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
  /** Ends what outlives a request (the local Direct Line's open streams) as the server stops. */
  stop?(): void;
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
 * The channel's own credential for the files its service hosts (Teams: the bot's token, for a pasted
 * photo). It is sent only to `origin`, the service the message came from, never to another host.
 */
export type FileCredential = { origin: string; authorization(): Promise<string | undefined> };

const FILE_CREDENTIAL = Symbol('file credential');

/** Gives the turn the credential its channel's file host wants. */
export function useFileCredential(context: TurnContext, credential: FileCredential): void {
  context.turnState.set(FILE_CREDENTIAL, credential);
}

/** The credential for the files of this turn's channel, if it has one. */
export function fileCredential(context: TurnContext): FileCredential | undefined {
  return context.turnState.get<FileCredential | undefined>(FILE_CREDENTIAL);
}

/**
 * A file the channel took in but did not keep (over the size limit, or of a type never read: a Word file
 * sent in Teams), as the attachment the bot's turn gets instead of the file: the bot tells the person why
 * in the conversation, in its language.
 */
export const REFUSED_FILE_TYPE = 'application/vnd.notice-navigator.refused-file';
const REFUSED_FILE_CODES = ['too_large', 'unsupported_type'] as const;
export type RefusedFileCode = (typeof REFUSED_FILE_CODES)[number];

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
  const code = (refused?.content as { code?: unknown } | undefined)?.code;
  return REFUSED_FILE_CODES.find((known) => known === code);
}
