import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy a test controls, put between the app and a shared service (PostgreSQL on 5432) so the test
 * can make the service "unavailable" in the ways a network does, without touching the service itself:
 *
 * - `refuse()`: every open connection is cut and new ones are refused (the server is down: fails fast);
 * - `blackhole()`: every open connection is cut and new ones are accepted but never answered (a firewall
 *   dropping packets, a server stuck: fails only on a timeout);
 * - `freeze()`: open connections stay open but nothing more passes either way, and new ones are
 *   black-holed (a partition in the middle of a query);
 * - `cut()`: drops every connection now, whatever the mode;
 * - `restore()`: cuts whatever the outage left behind and forwards new connections again.
 */
export class TcpProxy {
  readonly #target: { host: string; port: number };
  #server: Server | undefined;
  #port = 0;
  #mode: 'open' | 'refuse' | 'blackhole' | 'freeze' = 'open';
  readonly #sockets = new Set<Socket>();
  /** Client sides of connections currently forwarded (not held, not frozen). */
  readonly #forwarded = new Map<Socket, Socket>();
  #accepted = 0;

  private constructor(target: { host: string; port: number }) {
    this.#target = target;
  }

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target);
    await proxy.#listen(0);
    return proxy;
  }

  get port(): number {
    return this.#port;
  }

  /** Connections accepted since the start, forwarded or held. */
  get accepted(): number {
    return this.#accepted;
  }

  /** Connections forwarded right now: the app's pooled connections, idle or busy. */
  get forwarding(): number {
    return this.#forwarded.size;
  }

  async refuse(): Promise<void> {
    this.#mode = 'refuse';
    const server = this.#server;
    this.#server = undefined;
    this.cut();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  blackhole(): void {
    this.#mode = 'blackhole';
    this.cut();
  }

  freeze(): void {
    this.#mode = 'freeze';
    for (const [client, upstream] of this.#forwarded) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      // Read and drop: the peer's writes still succeed, as they would into a partition.
      client.on('data', () => undefined);
      upstream.on('data', () => undefined);
    }
    this.#forwarded.clear();
  }

  cut(): void {
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    this.#forwarded.clear();
  }

  async restore(): Promise<void> {
    this.cut();
    this.#mode = 'open';
    if (!this.#server) await this.#listen(this.#port);
  }

  async close(): Promise<void> {
    await this.refuse();
  }

  async #listen(port: number): Promise<void> {
    const server = createServer((client) => {
      this.#accept(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address();
    this.#port = typeof address === 'object' && address ? address.port : port;
    this.#server = server;
  }

  #accept(client: Socket): void {
    this.#accepted += 1;
    this.#track(client);
    if (this.#mode !== 'open') return; // held: accepted, never answered
    const upstream = connect(this.#target);
    this.#track(upstream);
    this.#forwarded.set(client, upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      this.#forwarded.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.once('close', close);
    upstream.once('close', close);
  }

  #track(socket: Socket): void {
    this.#sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => this.#sockets.delete(socket));
  }
}
