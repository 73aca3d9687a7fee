import { fork, type ChildProcess } from 'node:child_process';
import { createServer, request, Agent, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';

const SERVER_SCRIPT = fileURLToPath(new URL('./abuse-server.ts', import.meta.url));
const START_TIMEOUT_MS = 20_000;

export type HeapSample = { heapUsed: number; rss: number };

export type AbuseProcess = {
  url: string;
  /** The child's heap after two forced collections. */
  heap(): Promise<HeapSample>;
  alive(): boolean;
  stop(): Promise<void>;
};

/** The product in its own process, started with --expose-gc, so its memory is measured apart from the test's. */
export async function startAbuseProcess(env: Record<string, string>): Promise<AbuseProcess> {
  const child: ChildProcess = fork(SERVER_SCRIPT, [], {
    execArgv: ['--expose-gc'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('abuse server did not start'));
    }, START_TIMEOUT_MS);
    child.once('exit', (code) => {
      reject(new Error(`abuse server exited with ${String(code)}`));
    });
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'listening' && typeof message.port === 'number') {
        clearTimeout(timer);
        resolve(message.port);
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    heap: () =>
      new Promise((resolve) => {
        const onMessage = (message: { type?: string; heapUsed?: number; rss?: number }) => {
          if (message.type !== 'heap') return;
          child.off('message', onMessage);
          resolve({ heapUsed: message.heapUsed ?? 0, rss: message.rss ?? 0 });
        };
        child.on('message', onMessage);
        child.send({ type: 'heap' });
      }),
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.send({ type: 'stop' });
      }),
  };
}

/** A stand-in Bot Framework channel service: accepts every reply the bot sends to its serviceUrl. */
export async function startChannelSink(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"sink"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

export type RawRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer | undefined;
  /** The client's address: any 127.x.y.z on Linux loopback, so one test can be several clients. */
  localAddress?: string | undefined;
};

export type RawResponse = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** Sends any method, path and bytes (fetch refuses some of them), and reads the whole answer. */
export function sendRaw(baseUrl: string, raw: RawRequest): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: raw.method,
        path: raw.path,
        headers: { ...raw.headers, ...(raw.body ? { 'content-length': String(raw.body.length) } : {}) },
        agent,
        ...(raw.localAddress ? { localAddress: raw.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(raw.body);
  });
}
