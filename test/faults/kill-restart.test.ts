import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killServerProcess, startServerProcess, type ServerProcess } from '../scale/server-process.ts';
import {
  expectResumedAtAcknowledged,
  loadUntilKilled,
  probeStandings,
  referenceAnswers,
  TIME_ZONE,
} from './support/kill-under-load.ts';

const dir = mkdtempSync(join(tmpdir(), 'notice-navigator-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kill -9 under load with the SQLite default, then a restart on the same file', () => {
  let server: ServerProcess | undefined;
  afterAll(() => killServerProcess(server));

  it('continues every conversation from its last acknowledged turn', async () => {
    const references = await referenceAnswers();
    const env = {
      STATE_SQLITE_PATH: join(dir, 'state.sqlite'),
      INTAKE_SQLITE_PATH: join(dir, 'intakes.sqlite'),
      TIME_ZONE,
      LOG_LEVEL: 'warn',
    };
    server = await startServerProcess(env);
    const first = server;
    const { progress, acknowledged } = await loadUntilKilled(
      () => first.url,
      () => first.child.kill('SIGKILL'),
    );
    expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });

    server = await startServerProcess(env);
    const second = server;
    const standings = await probeStandings(progress, references, () => second.url);
    expectResumedAtAcknowledged('kill -9 on SQLite', acknowledged, standings);
  }, 120_000);
});
