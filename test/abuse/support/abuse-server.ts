import { composeApp } from '../../../src/bot/compose.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';

/*
 * The whole product in a child process (started with --expose-gc by the fuzz test), configured from its
 * environment. Over IPC it reports its port and, on request, its heap after a forced collection, so the
 * test measures the server's memory and not its own.
 */

const TODAY = '2026-03-10';

type ChildMessage = { type: 'listening'; port: number } | { type: 'heap'; heapUsed: number; rss: number };

const loaded = loadConfig(process.env);
if (!loaded.ok) throw new Error(`abuse server config: ${loaded.errors.join('; ')}`);
const app = composeApp(loaded.config, createLogger(loaded.config.LOG_LEVEL), () => TODAY);

function send(message: ChildMessage): void {
  process.send?.(message);
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('start the abuse server with --expose-gc');
  gc();
  gc();
}

app.server.listen(0, '127.0.0.1', () => {
  send({ type: 'listening', port: app.server.address().port });
});

process.on('message', (raw: unknown) => {
  const type = (raw as { type?: unknown }).type;
  if (type === 'heap') {
    collect();
    const usage = process.memoryUsage();
    send({ type: 'heap', heapUsed: usage.heapUsed, rss: usage.rss });
  } else if (type === 'stop') {
    void app.close().then(() => process.exit(0));
  }
});
process.on('disconnect', () => {
  void app.close().then(() => process.exit(0));
});
