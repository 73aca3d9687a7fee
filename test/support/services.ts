import { existsSync } from 'node:fs';
import { connect } from 'node:net';

/**
 * Local services some tests need. On a newcomer's machine a missing one skips those tests with the
 * reason printed; in CI (CI=true) a missing one fails the run instead, so nothing is silently untested.
 */
export type ServiceName = 'redis' | 'postgres' | 'chromium';

export const serviceUrls = {
  redis: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  postgres: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
} as const;

function tcpReachable(url: string, timeoutMs = 1000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port), timeout: timeoutMs });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

const probes: Record<ServiceName, () => Promise<boolean>> = {
  redis: () => tcpReachable(serviceUrls.redis),
  postgres: () => tcpReachable(serviceUrls.postgres),
  chromium: () => Promise.resolve(existsSync(serviceUrls.chromium)),
};

/** Resolves true when the service is there; false (with the reason printed) when tests should skip. */
export async function hasService(name: ServiceName): Promise<boolean> {
  if (await probes[name]()) return true;
  const reason = `${name} is not available at ${serviceUrls[name]}`;
  if (process.env.CI === 'true') throw new Error(`${reason}; CI requires it`);
  console.warn(`skipping ${name} tests: ${reason}`);
  return false;
}
