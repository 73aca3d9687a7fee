import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/*
 * The server side of RFC 6455 that a Direct Line stream needs: the opening handshake, text frames to the
 * client, and the client's control frames (close, ping) and its keep-alive texts, which are read and
 * dropped. Nothing the client sends on a stream is a turn: activities are posted over HTTP.
 */

/** RFC 6455 section 1.3: appended to the client's key before hashing. */
const HANDSHAKE_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
/** The most a client frame may carry: Direct Line JS only ever sends empty keep-alives. */
const MAX_CLIENT_PAYLOAD_BYTES = 4096;

const OPCODE = { text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;
/** Close codes (RFC 6455 section 7.4.1). */
export const CLOSE = { normal: 1000, goingAway: 1001, protocolError: 1002, tooBig: 1009 } as const;

export type WebSocketPeer = {
  /** Sends one text message; nothing once the socket is closing. */
  send(text: string): void;
  /** Starts the closing handshake; the socket ends when the client answers, or at once if it is gone. */
  close(code: number): void;
  /** Called once, when the connection has ended (either side). */
  onClosed(listener: () => void): void;
};

/** Why an upgrade request is not a WebSocket handshake this server takes; undefined when it is one. */
export function handshakeProblem(req: IncomingMessage): string | undefined {
  if (req.method !== 'GET') return 'method';
  if (!/\bwebsocket\b/i.test(req.headers.upgrade ?? '')) return 'upgrade';
  if (req.headers['sec-websocket-version'] !== '13') return 'version';
  const key = req.headers['sec-websocket-key'];
  if (typeof key !== 'string' || Buffer.from(key, 'base64').length !== 16) return 'key';
  return undefined;
}

/** Answers an upgrade request with an HTTP status instead of a WebSocket, and ends the connection. */
export function refuseUpgrade(socket: Duplex, status: 400 | 401 | 403 | 404, reason: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\nCache-Control: no-store\r\n\r\n`,
  );
}

/**
 * Completes the opening handshake of a request `handshakeProblem` accepted; `head` is what the client sent
 * after its request, before the answer (the start of its first frames).
 */
export function acceptWebSocket(req: IncomingMessage, socket: Duplex, head: Buffer): WebSocketPeer {
  const accept = createHash('sha1')
    .update(`${String(req.headers['sec-websocket-key'])}${HANDSHAKE_GUID}`)
    .digest('base64');
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
  let closing = false;
  let ended = false;
  const listeners: (() => void)[] = [];
  let buffered = Buffer.from(head);

  const write = (opcode: number, payload: Buffer): void => {
    if (ended || socket.writableEnded) return;
    socket.write(Buffer.concat([frameHeader(opcode, payload.length), payload]));
  };
  const close = (code: number): void => {
    if (closing) return;
    closing = true;
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code);
    write(OPCODE.close, payload);
    // The client answers with its own close frame; one that never does is not waited for long.
    setTimeout(() => socket.destroy(), 2000).unref();
  };
  const end = (): void => {
    if (ended) return;
    ended = true;
    for (const listener of listeners.splice(0)) listener();
  };

  const read = (): void => {
    for (;;) {
      const frame = readFrame(buffered);
      if (frame === 'incomplete') return;
      if (frame === 'unmasked' || frame === 'too_big') {
        close(frame === 'too_big' ? CLOSE.tooBig : CLOSE.protocolError);
        buffered = Buffer.alloc(0);
        return;
      }
      buffered = buffered.subarray(frame.length);
      if (frame.opcode === OPCODE.close) {
        if (!closing) close(CLOSE.normal);
        socket.end();
      } else if (frame.opcode === OPCODE.ping) {
        write(OPCODE.pong, frame.payload);
      }
    }
  };
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    read();
  });
  read();
  socket.on('close', end);
  socket.on('error', () => socket.destroy());
  return {
    send: (text) => {
      if (!closing) write(OPCODE.text, Buffer.from(text, 'utf8'));
    },
    close,
    onClosed: (listener) => {
      if (ended) listener();
      else listeners.push(listener);
    },
  };
}

/** The header of a final, unmasked server frame (servers never mask, RFC 6455 section 5.1). */
function frameHeader(opcode: number, length: number): Buffer {
  if (length < 126) return Buffer.from([0x80 | opcode, length]);
  if (length < 0x10000) {
    const header = Buffer.from([0x80 | opcode, 126, 0, 0]);
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.alloc(10);
  header[0] = 0x80 | opcode;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

type Frame = { opcode: number; payload: Buffer; length: number };

/** The first whole frame of what the client sent; a client frame must be masked (RFC 6455 section 5.3). */
function readFrame(data: Buffer): Frame | 'incomplete' | 'unmasked' | 'too_big' {
  if (data.length < 2) return 'incomplete';
  const opcode = data[0]! & 0x0f;
  if ((data[1]! & 0x80) === 0) return 'unmasked';
  let length = data[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (data.length < 4) return 'incomplete';
    length = data.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    return 'too_big';
  }
  if (length > MAX_CLIENT_PAYLOAD_BYTES) return 'too_big';
  if (data.length < offset + 4 + length) return 'incomplete';
  const mask = data.subarray(offset, offset + 4);
  const payload = Buffer.from(data.subarray(offset + 4, offset + 4 + length));
  for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i % 4]!;
  return { opcode, payload, length: offset + 4 + length };
}
