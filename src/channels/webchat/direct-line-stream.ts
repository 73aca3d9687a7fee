import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ChannelLogIds } from '../channel.ts';
import type { DirectLineChannel } from './direct-line-channel.ts';
import type { DirectLineTokens, TokenClaims } from './direct-line-token.ts';

/** `/v3/directline/conversations/{conversationId}/stream`, as Azure's Direct Line names it. */
const STREAM_PATH = /^\/v3\/directline\/conversations\/([\w-]{1,64})\/stream$/;
/** How often an open stream also reads the queue: what another instance queued reaches it within this. */
const STREAM_REREAD_MS = 1000;
/** Open streams per conversation (a few tabs, a reconnect overlapping the old socket); more are refused. */
const MAX_STREAMS_PER_CONVERSATION = 4;
/** The most a client message may carry: Direct Line JS only ever sends empty keep-alives. */
const MAX_CLIENT_PAYLOAD_BYTES = 4096;
/** Close codes (RFC 6455 section 7.4.1). */
const CLOSE = { normal: 1000, goingAway: 1001 } as const;

type StreamClaims = Pick<TokenClaims, 'conversationId' | 'userId'>;

export type DirectLineStreamsDeps = {
  channel: DirectLineChannel;
  tokens: DirectLineTokens;
  logger: Logger;
  logIds: Pick<ChannelLogIds, 'hashConversation'>;
  /** Whether the public address is HTTPS: the stream URL is then wss://. */
  secure: boolean;
};

/**
 * Direct Line 3.0's WebSocket streams on the local Direct Line: the client opens the `streamUrl` a start
 * or a resume gave it, and receives each activity set (`{ activities, watermark }`) as it is queued,
 * starting after the watermark the URL carries. Posting stays HTTP. A stream closed by the server (a
 * restart, an instance going away) is reopened by the client through a resume, from its own watermark.
 */
export class DirectLineStreams {
  readonly #deps: DirectLineStreamsDeps;
  readonly #open = new Map<string, Set<WebSocket>>();
  /** The handshake, framing, pings and size limit (ws); nothing a client sends on a stream is a turn. */
  readonly #sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_PAYLOAD_BYTES });

  constructor(deps: DirectLineStreamsDeps) {
    this.#deps = deps;
  }

  /**
   * The stream URL for the conversation of a verified token, on the host the client reached: its own
   * stream token, and the watermark the stream starts after.
   */
  streamUrl(host: string | undefined, claims: StreamClaims, watermark: string): string {
    const query = new URLSearchParams({ t: this.#deps.tokens.issueStream(claims) });
    if (watermark) query.set('watermark', watermark);
    const scheme = this.#deps.secure ? 'wss' : 'ws';
    return `${scheme}://${host ?? 'localhost'}/v3/directline/conversations/${claims.conversationId}/stream?${query.toString()}`;
  }

  /** An HTTP upgrade request: a stream when its path, handshake and stream token are right. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://stream');
    const conversationId = STREAM_PATH.exec(url.pathname)?.[1];
    if (!conversationId) {
      refuseUpgrade(socket, 404, 'Not Found');
      return;
    }
    const verified = this.#deps.tokens.verify(url.searchParams.get('t') ?? undefined, 'stream');
    const watermark = url.searchParams.get('watermark') ?? '';
    const refusal = !verified.ok
      ? verified.code
      : verified.claims.conversationId !== conversationId
        ? 'wrong_conversation'
        : !/^\d{0,12}$/.test(watermark)
          ? 'bad_watermark'
          : (this.#open.get(conversationId)?.size ?? 0) >= MAX_STREAMS_PER_CONVERSATION
            ? 'too_many_streams'
            : undefined;
    if (refusal) {
      this.#deps.logger.info({ route: 'stream', code: refusal }, 'direct line stream refused');
      if (refusal === 'missing') refuseUpgrade(socket, 401, 'Unauthorized');
      else if (refusal === 'bad_watermark') refuseUpgrade(socket, 400, 'Bad Request');
      else refuseUpgrade(socket, 403, 'Forbidden');
      return;
    }
    this.#sockets.handleUpgrade(req, socket, head, (peer) =>
      this.#stream(conversationId, peer, watermark ? Number(watermark) : 0),
    );
  }

  /** Closes every open stream ("going away"): their clients resume, here after a restart or elsewhere. */
  closeAll(): void {
    for (const peers of this.#open.values()) for (const peer of peers) peer.close(CLOSE.goingAway);
  }

  #stream(conversationId: string, peer: WebSocket, watermark: number): void {
    const { channel, logger, logIds } = this.#deps;
    const peers = this.#open.get(conversationId) ?? new Set();
    peers.add(peer);
    this.#open.set(conversationId, peers);
    const log = logger.child({ conversation: logIds.hashConversation(conversationId) });
    log.info('direct line stream opened');

    let sent = watermark;
    let reading = false;
    let again = false;
    // One read at a time; a change meanwhile is read once it is done, so nothing is sent twice or missed.
    const send = async (): Promise<void> => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        do {
          again = false;
          const page = await channel.activities(conversationId, sent);
          if (!page) {
            peer.close(CLOSE.normal);
            return;
          }
          if (page.activities.length > 0) peer.send(JSON.stringify(page));
          sent = Number(page.watermark);
        } while (again);
      } catch (error) {
        log.warn({ err: error }, 'direct line stream could not read its queue');
        peer.close(CLOSE.goingAway);
      } finally {
        reading = false;
      }
    };
    const unwatch = channel.watch(conversationId, () => void send());
    const reread = setInterval(() => void send(), STREAM_REREAD_MS);
    // A client's protocol error (a frame too big, an unmasked frame) closes its stream, never the process.
    peer.on('error', (error) => log.info({ err: error }, 'direct line stream ended by a client error'));
    peer.on('close', () => {
      unwatch();
      clearInterval(reread);
      peers.delete(peer);
      if (peers.size === 0) this.#open.delete(conversationId);
      log.info('direct line stream closed');
    });
    void send();
  }
}

/** Answers an upgrade request with an HTTP status instead of a WebSocket, and ends the connection. */
function refuseUpgrade(socket: Duplex, status: 400 | 401 | 403 | 404, reason: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\nCache-Control: no-store\r\n\r\n`,
  );
}
