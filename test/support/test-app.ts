import type { IdentityEndpoints } from '../../src/channels/bot-framework/bot-adapter.ts';
import { composeApp } from '../../src/bot/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';

export type TestApp = { url: string; close(): Promise<void> };

/** The whole product on an ephemeral loopback port, with a fixed "today" and in-memory state by default. */
export async function startTestApp(options: {
  today: string;
  env?: Record<string, string>;
  /** Also start the background work (intake delivery). */
  start?: boolean;
  /** Local stand-ins of the Microsoft identity platform (the bot's token, the channel's signing keys). */
  identity?: IdentityEndpoints;
}): Promise<TestApp> {
  const loaded = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    STATE_SQLITE_PATH: ':memory:',
    INTAKE_SQLITE_PATH: ':memory:',
    ...options.env,
  });
  if (!loaded.ok) throw new Error(`test config: ${loaded.errors.join('; ')}`);
  const app = composeApp(
    loaded.config,
    createLogger(loaded.config.LOG_LEVEL),
    () => options.today,
    options.identity,
  );
  if (options.start) app.start();
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = app.server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** A logger destination that keeps every JSON line written to it, parsed, in `lines`. */
export function logLinesInto(lines: Record<string, unknown>[]): { write(chunk: string): void } {
  return {
    write(chunk: string) {
      for (const text of chunk.split('\n').filter((t) => t.trim() !== ''))
        lines.push(JSON.parse(text) as Record<string, unknown>);
    },
  };
}
